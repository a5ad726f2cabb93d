import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-GVVT3VNW.js";
import "./chunk-DLW4IZH3.js";
import "./chunk-P6VOGLJ4.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
