import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-PF3ATN3B.js";
import "./chunk-DEL2GDXY.js";
import "./chunk-YHP65N6C.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
