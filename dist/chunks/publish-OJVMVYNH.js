import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-7MLW5SDW.js";
import "./chunk-CKFYFQLU.js";
import "./chunk-SZKTTZMO.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
