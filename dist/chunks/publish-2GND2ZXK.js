import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-OGZVSQGF.js";
import "./chunk-QBARVZBA.js";
import "./chunk-PYGHSVTU.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
