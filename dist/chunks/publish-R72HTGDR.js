import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-A7XSQLA5.js";
import "./chunk-ZTCXG4FD.js";
import "./chunk-FWDGATTQ.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
