import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-KKSZS5VB.js";
import "./chunk-KD5CLSJN.js";
import "./chunk-KA2SIICF.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
