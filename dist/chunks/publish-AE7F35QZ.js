import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-V5CCCBN3.js";
import "./chunk-CFINOW6F.js";
import "./chunk-4Q7Y3H4U.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
