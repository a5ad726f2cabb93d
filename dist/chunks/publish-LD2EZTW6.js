import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-QRQYYZ5I.js";
import "./chunk-FGEKBT2U.js";
import "./chunk-56QMYFFZ.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
