import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-EQUIOICG.js";
import "./chunk-PZHPT22W.js";
import "./chunk-ZVGJMQYO.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
