import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-SZJL2OFD.js";
import "./chunk-5IO5GOLG.js";
import "./chunk-CHLHUAT3.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
