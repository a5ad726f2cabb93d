import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-3YYFHYET.js";
import "./chunk-NJTD2S7W.js";
import "./chunk-JUKTQX7Q.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
