import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-WOJYGXTZ.js";
import "./chunk-SUZ7WGVF.js";
import "./chunk-5E73TJF6.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
