import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-44BNX4CR.js";
import "./chunk-D2TKNSSH.js";
import "./chunk-3WXYCIEP.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
