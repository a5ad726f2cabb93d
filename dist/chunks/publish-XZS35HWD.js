import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-MKOCCM2Y.js";
import "./chunk-ASOOHA7V.js";
import "./chunk-TQCH2VMG.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
