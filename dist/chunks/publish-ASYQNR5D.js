import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-SGNQ267F.js";
import "./chunk-WJHVQHJ4.js";
import "./chunk-ZCCC453T.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
