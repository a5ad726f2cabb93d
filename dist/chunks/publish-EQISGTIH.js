import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-T5327A7R.js";
import "./chunk-LGSLDLVY.js";
import "./chunk-XWTYNKMH.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
