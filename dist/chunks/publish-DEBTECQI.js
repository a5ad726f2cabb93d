import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  publish,
  repoPathMapper,
  whyNoApi
} from "./chunk-CE22XZ74.js";
import "./chunk-V4JJEAMU.js";
import "./chunk-D7RVG34I.js";
export {
  publish,
  repoPathMapper,
  whyNoApi
};
