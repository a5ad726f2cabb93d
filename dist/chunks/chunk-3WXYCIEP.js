import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/github/context.ts
import { readFileSync } from "node:fs";
function readContext(env) {
  const payload = readPayload(env["GITHUB_EVENT_PATH"]);
  const [owner = "", repo = ""] = (env["GITHUB_REPOSITORY"] ?? "").split("/");
  const serverUrl = (env["GITHUB_SERVER_URL"] || "https://github.com").replace(/\/+$/, "");
  const runId = env["GITHUB_RUN_ID"] || null;
  const pullRequest = pullRequestOf(get(payload, "pull_request"));
  const wr = get(payload, "workflow_run");
  const workflowRun = str(get(wr, "head_sha")) === void 0 ? null : {
    headSha: str(get(wr, "head_sha")) ?? "",
    pullRequests: arr(get(wr, "pull_requests")).map(pullRequestOf).filter((p) => p !== null),
    isFork: differs(str(get(get(wr, "head_repository"), "full_name")), str(get(get(wr, "repository"), "full_name"))),
    headLabel: labelOf(str(get(get(get(wr, "head_repository"), "owner"), "login")), str(get(wr, "head_branch")))
  };
  const sha = env["GITHUB_SHA"] || null;
  return {
    owner,
    repo,
    eventName: env["GITHUB_EVENT_NAME"] ?? "",
    serverUrl,
    apiUrl: (env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/+$/, ""),
    runId,
    runUrl: runId !== null && owner !== "" ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : null,
    sha,
    workspace: env["GITHUB_WORKSPACE"] || null,
    pullRequest,
    workflowRun,
    headSha: pullRequest?.headSha ?? workflowRun?.headSha ?? sha
  };
}
function labelOf(owner, branch) {
  return owner === void 0 || branch === void 0 ? null : `${owner}:${branch}`;
}
function pullRequestOf(pr) {
  const number = get(pr, "number");
  const headSha = str(get(get(pr, "head"), "sha"));
  if (typeof number !== "number" || headSha === void 0) return null;
  const head = str(get(get(get(pr, "head"), "repo"), "full_name"));
  const base = str(get(get(get(pr, "base"), "repo"), "full_name"));
  const baseSha = str(get(get(pr, "base"), "sha"));
  return { number, headSha, isFork: differs(head, base), ...baseSha === void 0 ? {} : { baseSha } };
}
function differs(head, base) {
  if (base === void 0) return false;
  return head === void 0 || head.toLowerCase() !== base.toLowerCase();
}
function readPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return {};
  }
}
function get(value, key) {
  return typeof value === "object" && value !== null ? value[key] : void 0;
}
function str(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function arr(value) {
  return Array.isArray(value) ? value : [];
}

// src/report/secrets.ts
var SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL|AUTH/i;
var NOT_SECRET_NAMES = /* @__PURE__ */ new Set(["INPUT_COMMENT-KEY", "INPUT_COMMENT_KEY"]);
var MIN_SECRET_LENGTH = 6;
var REDACTED = "***";
var TOKEN_SHAPES = [
  /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  /\bgh[pousr]_[A-Za-z0-9]{36,}/g,
  /\bgithub_pat_[A-Za-z0-9_]{22,}/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bxox[baprs]-[A-Za-z0-9-]{10,}/g,
  /\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g
];
var AUTH_SCHEME = /\b(Bearer|Basic)(\s+)[A-Za-z0-9\-._~+/]{6,}=*/gi;
function collectSecrets(env, extra = []) {
  const found = /* @__PURE__ */ new Set();
  const add = (value) => {
    if (value === void 0) return;
    const trimmed = value.trim();
    if (trimmed.length >= MIN_SECRET_LENGTH) found.add(trimmed);
    if (trimmed.includes("\n")) {
      for (const line of trimmed.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LENGTH) found.add(line.trim());
    }
  };
  for (const [name, value] of Object.entries(env)) {
    if (SECRET_NAME.test(name) && !NOT_SECRET_NAMES.has(name.toUpperCase())) add(value);
  }
  for (const value of extra) add(value);
  return [...found].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}
var CUT = /(?=\n?… [[(](?:truncated: )?\d+ more characters[\])])|$/g;
var TOKEN_PREFIXES = [
  /\bgh[pousr]_[A-Za-z0-9]{4,}$/,
  /\bgithub_pat_[A-Za-z0-9_]{4,}$/,
  /\b(?:AKIA|ASIA)[0-9A-Z]{4,}$/,
  /\bxox[baprs]-[A-Za-z0-9-]{4,}$/,
  /\beyJ[A-Za-z0-9_-]{5,}(?:\.[A-Za-z0-9_-]*){0,2}$/
];
function redactSecrets(text, secrets = []) {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  for (const shape of TOKEN_SHAPES) out = out.replace(shape, REDACTED);
  out = out.replace(AUTH_SCHEME, (_m, scheme, space) => `${scheme}${space}${REDACTED}`);
  return redactCutTails(out, secrets);
}
function redactCutTails(text, secrets) {
  const cuts = [...text.matchAll(CUT)].map((m) => m.index).filter((at, i, all) => all.indexOf(at) === i);
  let out = text;
  for (const at of cuts.reverse()) {
    const head = out.slice(0, at);
    const kept = cutTailLength(head, secrets);
    if (kept > 0) out = `${head.slice(0, head.length - kept)}${REDACTED}${out.slice(at)}`;
  }
  return out;
}
function cutTailLength(head, secrets) {
  let longest = 0;
  for (const shape of TOKEN_PREFIXES) longest = Math.max(longest, shape.exec(head)?.[0].length ?? 0);
  for (const secret of secrets) {
    for (let k = Math.min(secret.length - 1, head.length); k >= MIN_SECRET_LENGTH && k > longest; k--) {
      if (head.endsWith(secret.slice(0, k))) {
        longest = k;
        break;
      }
    }
  }
  return longest;
}

// src/report/sanitize.ts
var DEFAULT_INLINE_MAX = 300;
var DEFAULT_BLOCK_MAX = 4e3;
var ESC_CHAR = "(?:\\u001b|\\uFFFD|\\u241B)";
var ESC_TEXT = String.raw`(?:\\x1[bB]|\\u001[bB]|\\033|\\e|\^\[)`;
var ANSI = new RegExp(
  [
    `${ESC_CHAR}\\[[0-?]*[ -/]*[@-~]`,
    `${ESC_CHAR}\\][^\\u0007\\u001b\\uFFFD]*(?:\\u0007|${ESC_CHAR}\\\\)?`,
    `${ESC_TEXT}\\[[0-9;]*m`,
    "\\u001b[@-Z\\\\-_]",
    "\\u009b[0-?]*[ -/]*[@-~]"
  ].join("|"),
  "g"
);
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
var ZWJ = "\u200D";
function stripControl(text) {
  return text.replace(/\r\n?/g, "\n").replace(ANSI, "").replace(CONTROL, "");
}
function truncate(text, max) {
  const points = Array.from(text);
  if (points.length <= max) return text;
  let keep = Math.max(0, max - note(points.length).length);
  while (keep > 0 && keep + note(points.length - keep).length > max) keep -= 1;
  return points.slice(0, keep).join("") + note(points.length - keep);
}
function note(dropped) {
  return `\u2026 (${dropped} more characters)`;
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function escapeMarkdown(text) {
  return text.replace(/[\\`*_[\]~]/g, "\\$&").replace(/^(\s*)([#>+=-]|\d+[.)])/, "$1\\$2");
}
function neutraliseMentions(text) {
  return text.replace(/(^|[^\w`])@([A-Za-z0-9][A-Za-z0-9-]*(?:\/[A-Za-z0-9][A-Za-z0-9_.-]*)?)/g, `$1@${ZWJ}$2`).replace(/(?<!&)#(\d+)/g, `#${ZWJ}$1`).replace(/\bGH-(\d+)/gi, (m) => `${m.slice(0, 2)}${ZWJ}${m.slice(2)}`);
}
function neutraliseWorkflowCommands(text) {
  return text.split("\n").map((line) => line.trimStart().startsWith("::") ? `\xB7 ${line}` : line).join("\n").replace(/##\[/g, `#${ZWJ}#[`);
}
function guardOutgoing(text, secrets, opts = {}) {
  return redactSecrets(opts.keepEscapes === true ? text : stripControl(text), secrets);
}
function sanitizeInline(text, opts = {}) {
  const clean = redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, " ").trim();
  return neutraliseMentions(escapeMarkdown(escapeHtml(truncate(clean, opts.max ?? DEFAULT_INLINE_MAX))));
}
function sanitizeBlock(text, opts = {}) {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+$/, ""), opts.max ?? DEFAULT_BLOCK_MAX);
  const fence = "`".repeat(Math.max(3, longestRun(clean, "`") + 1));
  return `${fence}${opts.language ?? "text"}
${clean}
${fence}`;
}
function sanitizeLog(text, opts = {}) {
  const clean = redactSecrets(stripControl(text), opts.secrets).replace(/\t/g, " ").trimEnd();
  return neutraliseWorkflowCommands(truncate(clean, opts.max ?? DEFAULT_BLOCK_MAX));
}
function codeSpan(text, opts = {}) {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, " ").trim(), opts.max ?? DEFAULT_INLINE_MAX);
  if (clean === "") return "` `";
  const fence = "`".repeat(longestRun(clean, "`") + 1);
  const pad = /^[` ]|[` ]$/.test(clean) ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function htmlCode(text, opts = {}) {
  const clean = truncate(redactSecrets(stripControl(text), opts.secrets).replace(/\s+/g, " ").trim(), opts.max ?? DEFAULT_INLINE_MAX);
  return `<code>${escapeHtml(clean)}</code>`;
}
function tableCell(markdown) {
  const oneLine = markdown.replace(/\s*[\r\n]+\s*/g, " ").trim();
  const escaped = oneLine.replace(/(\\*)\|/g, (_m, slashes) => slashes.length % 2 === 0 ? `${slashes}\\|` : `${slashes}|`);
  return escaped === "" ? " " : escaped;
}
function longestRun(text, char) {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row2) => {
      const cells = row2.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/github/runner.ts
function createRunner(secrets = collectSecrets(process.env)) {
  const guard = (text) => guardOutgoing(text, secrets);
  const line = (text) => neutraliseWorkflowCommands(guard(text));
  return {
    input: (name) => getInput(name),
    setOutput: (name, value) => setOutput(name, guard(value)),
    appendSummary: async (markdown) => {
      await summary.addRaw(guard(markdown), true).write();
    },
    annotate: (a) => {
      const props = {
        ...a.title === void 0 ? {} : { title: guard(a.title) },
        ...a.file === void 0 ? {} : { file: a.file },
        ...a.line === void 0 ? {} : { startLine: a.line }
      };
      const message = guard(a.message);
      if (a.level === "error") error(message, props);
      else if (a.level === "warning") warning(message, props);
      else notice(message, props);
    },
    notice: (message) => notice(guard(message)),
    setFailed: (message) => setFailed(guard(message)),
    log: {
      info: (message) => info(line(message)),
      warn: (message) => warning(guard(message)),
      debug: (message) => debug(guard(message))
    }
  };
}

// src/analyse/gate.ts
var NAMED_IN_REASON = 5;
var TIER_RANK = { insufficient: 0, likely: 1, confirmed: 2 };
var reaches = (t, tier) => TIER_RANK[t.confidence] >= TIER_RANK[tier];
var isObserved = (t) => t.confidence === "confirmed" || t.confidence === "likely";
function decideGate(tests, failOn, context = {}) {
  const expired = context.expired ?? [];
  const tier = context.failOnConfidence ?? "confirmed";
  const parallelOnly = tests.filter((t) => t.verdict === "parallel-only");
  const evidenced = parallelOnly.filter((t) => reaches(t, tier));
  const undecided = parallelOnly.filter((t) => !reaches(t, tier) && t.quarantined === void 0);
  const flakyAll = failOn === "flaky" || failOn === "never" ? tests.filter((t) => t.verdict === "flaky" && isObserved(t)) : [];
  const quarantined = [...evidenced, ...flakyAll].filter((t) => t.quarantined !== void 0);
  const unquarantined = evidenced.filter((t) => t.quarantined === void 0);
  const known = failOn === "new-parallel-only" ? unquarantined.filter((t) => context.known?.has(t.id) === true) : [];
  const proven = unquarantined.filter((t) => !known.includes(t));
  const flaky = flakyAll.filter((t) => t.quarantined === void 0);
  const failed = failOn !== "never" && proven.length + flaky.length + expired.length > 0;
  const parts = [];
  const fresh = failOn === "new-parallel-only" ? "new " : "";
  if (proven.length > 0) parts.push(`${plural(proven.length, `${fresh}test fails`, `${fresh}tests fail`)} only in parallel: ${names(proven)}`);
  if (flaky.length > 0) parts.push(`${plural(flaky.length, "test is", "tests are")} flaky: ${names(flaky)}`);
  if (expired.length > 0) parts.push(`${plural(expired.length, "quarantine entry has", "quarantine entries have")} expired: ${list(expired)}`);
  if (undecided.length > 0) {
    parts.push(`${plural(undecided.length, "parallel-only test is", "parallel-only tests are")} below ${tier} and ${undecided.length === 1 ? "does" : "do"} not fail the gate: ${tiers(undecided)}`);
  }
  if (parts.length === 0) parts.push(noneText(failOn));
  if (known.length > 0) parts.push(`already known on the base branch (not blocking): ${names(known)}`);
  if (quarantined.length > 0) parts.push(`quarantined (not blocking): ${names(quarantined)}`);
  if (failOn === "new-parallel-only" && context.knownNote !== void 0) parts.push(context.knownNote);
  const note2 = failOn === "never" && proven.length + flaky.length + expired.length > 0 ? " (fail-on: never, so the gate passes)" : "";
  return {
    failed,
    failOn,
    reason: `${parts.join("; ")}${note2}.`,
    ...quarantined.length > 0 ? { quarantined: ids(quarantined) } : {},
    ...known.length > 0 ? { known: ids(known) } : {},
    ...expired.length > 0 ? { expired: [...expired] } : {},
    failOnConfidence: tier,
    ...undecided.length > 0 ? { undecided: ids(undecided) } : {}
  };
}
function tiers(tests) {
  return list(tests.map((t) => `${t.display} (${t.confidence}${t.runsToDecide === void 0 ? "" : `, about ${t.runsToDecide} more runs would decide`})`));
}
function noneText(failOn) {
  if (failOn === "new-parallel-only") return "No new test fails only in parallel";
  return failOn === "parallel-only" ? "No test fails only in parallel" : "No test fails only in parallel or is flaky";
}
function ids(tests) {
  return tests.map((t) => t.id).sort();
}
function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}
function names(tests) {
  return list(tests.map((t) => t.display));
}
function list(items) {
  const shown = items.slice(0, NAMED_IN_REASON);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}

// src/report/format.ts
var FINDING_VERDICTS = ["parallel-only", "flaky", "broken", "lost"];
var VERDICT_RANK = { "parallel-only": 0, flaky: 1, broken: 2, lost: 3, skipped: 4, stable: 5 };
var CONFIDENCE_RANK = { confirmed: 0, likely: 1, insufficient: 2 };
var VERDICT_MEANING = {
  "parallel-only": "fails only when run in parallel",
  flaky: "fails intermittently, also serially",
  broken: "fails in every run",
  lost: "went missing when its run or worker died",
  skipped: "was skipped",
  stable: "passed everywhere"
};
function workerKeys(report) {
  const keys = new Set(report.config.workers.map(String));
  for (const t of report.tests) for (const k of Object.keys(t.byWorkers)) keys.add(k);
  return [...keys].sort((a, b) => Number(a) - Number(b));
}
function failureRate(s) {
  const ran = s.passed + s.failed;
  return ran === 0 ? null : s.failed / ran;
}
function percent(x) {
  return `${Math.round(x * 100)}%`;
}
function formatRate(s) {
  if (s === void 0) return "\u2013";
  const rate = failureRate(s);
  const lost = s.lost > 0 ? `, ${s.lost} lost` : "";
  if (rate === null) return s.lost > 0 ? `${s.lost} lost` : "\u2013";
  return `${s.failed}/${s.passed + s.failed} (${percent(rate)}${lost})`;
}
function formatInterval(s) {
  if (s === void 0 || s.passed + s.failed === 0) return "\u2013";
  return `${Math.round(s.rateLow * 100)}\u2013${Math.round(s.rateHigh * 100)}%`;
}
function formatP(p) {
  if (p === null) return "\u2013";
  if (p < 1e-3) return "< 0.001";
  return p.toFixed(3);
}
function peakRate(t) {
  let best = 0;
  for (const s of Object.values(t.byWorkers)) best = Math.max(best, failureRate(s) ?? 0);
  return best;
}
function findings(report) {
  return report.tests.filter((t) => FINDING_VERDICTS.includes(t.verdict)).sort(compareFindings);
}
function compareFindings(a, b) {
  return VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || peakRate(b) - peakRate(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function failsGate(report, t) {
  if (!report.gate.failed || t.quarantined !== void 0) return false;
  const parallelOnly = t.verdict === "parallel-only" && reaches(t, report.gate.failOnConfidence ?? "likely");
  if (report.gate.failOn === "parallel-only") return parallelOnly;
  if (report.gate.failOn === "new-parallel-only") return parallelOnly && !(report.gate.known ?? []).includes(t.id);
  if (report.gate.failOn === "flaky") return parallelOnly || t.verdict === "flaky";
  return false;
}
function plural2(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)} ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

// src/report/headline.ts
function verdictTitle(report) {
  const s = report.summary;
  const parts = [];
  if (s.parallelOnly > 0) parts.push(plural2(s.parallelOnly, "parallel-only test"));
  if (s.flaky > 0) parts.push(plural2(s.flaky, "flaky test"));
  if (s.broken > 0) parts.push(plural2(s.broken, "broken test"));
  if (s.lost > 0) parts.push(plural2(s.lost, "lost test"));
  const found = parts.length > 0 ? parts.join(", ") : "no parallel-only or flaky tests";
  return `flakegate: ${found} \u2014 gate ${report.gate.failed ? "failed" : "passed"}`;
}
function headline(report, secrets, level = 2) {
  const icon = report.gate.failed ? "\u274C" : report.summary.parallelOnly + report.summary.flaky > 0 ? "\u26A0\uFE0F" : "\u2705";
  const reason = report.gate.reason ? `
> ${sanitizeInline(report.gate.reason, { secrets })}
` : "";
  return `${"#".repeat(level)} ${icon} ${sanitizeInline(verdictTitle(report), { secrets })}
${reason}
${countsLine(report)}`;
}
function countsLine(report) {
  const s = report.summary;
  const counts = [
    `**${s.parallelOnly}** parallel-only`,
    `**${s.flaky}** flaky`,
    `**${s.broken}** broken`,
    `**${s.lost}** lost`,
    `**${s.stable}** stable`,
    `**${s.skipped}** skipped`
  ].join(" \xB7 ");
  const c = report.config;
  return `${counts} \u2014 ${plural2(report.runs.length, "run")} (workers ${c.workers.join(", ")} \xD7 ${c.iterations} iterations, fail-on \`${c.failOn}\`)`;
}

// src/report/cost-line.ts
function costLine(report) {
  const cost = report.cost;
  if (cost === void 0) return "";
  const runs = report.runs.length;
  const estimates = cost.estimates.map((e, i) => `${minutes(e.totalMs)} ${i === 0 ? "after the first run" : `after ${e.afterRun}`}`);
  const estimated = estimates.length > 0 ? `; estimated ${estimates.join(", ")}` : "";
  const cut = budgetCuts(report);
  return `Runner time: **${minutes(cost.actualMs)}** (${runs} run${runs === 1 ? "" : "s"} took ${minutes(cost.runsMs)}${estimated}).${cut === "" ? "" : ` Cut to fit: ${cut}.`}`;
}
function budgetCuts(report) {
  const texts = report.planner.filter((n) => n.kind === "budget").map((n) => n.text);
  const parts = [];
  const discovery = texts.find((t) => t.startsWith("discovery budget"))?.match(/skipped \d+ of \d+ planned full-suite runs/)?.[0];
  if (discovery !== void 0) parts.push(`discovery ${discovery}`);
  if (texts.some((t) => t.startsWith("budget:"))) parts.push("confirmation runs the budget did not fit (planner notes)");
  const searches = texts.filter((t) => t.includes("partner search stopped")).length;
  if (searches > 0) parts.push(`the partner search of ${searches} test${searches === 1 ? "" : "s"}`);
  const replays = texts.filter((t) => t.includes("order replay stopped")).length;
  if (replays > 0) parts.push(`the order replay of ${replays} test${replays === 1 ? "" : "s"}`);
  return parts.join("; ");
}
function minutes(ms) {
  return ms >= 6e4 ? `${(ms / 6e4).toFixed(1)} min` : `${(ms / 1e3).toFixed(ms < 1e4 ? 1 : 0)} s`;
}

// src/report/budget.ts
var UNGROUPED = "sections";
var defaultNote = (group, n) => `
_${n} ${group} omitted \u2014 see report.json / the job summary._
`;
var utf8Bytes = (text) => Buffer.byteLength(text, "utf8");
function renderBudgeted(sections, max, opts = {}) {
  const measure = opts.measure ?? ((t) => t.length);
  const noteFor = opts.note ?? defaultNote;
  const whole = sections.map((s) => s.text).join("\n");
  if (measure(whole) <= max) return whole;
  const groupOf = (s) => s.group ?? UNGROUPED;
  const sizes = /* @__PURE__ */ new Map();
  for (const s of sections) if (!s.required && s.counted !== false) sizes.set(groupOf(s), (sizes.get(groupOf(s)) ?? 0) + 1);
  let reserve = 0;
  for (const [group, n] of sizes) reserve += measure(noteFor(group, n)) + 1;
  let used = sections.filter((s) => s.required).reduce((sum, s) => sum + measure(s.text) + 1, 0);
  const kept = new Array(sections.length).fill(false);
  const closed = /* @__PURE__ */ new Set();
  for (const [i, s] of sections.entries()) {
    if (s.required) {
      kept[i] = true;
      continue;
    }
    const group = groupOf(s);
    const size = measure(s.text) + 1;
    if (closed.has(group) || used + size + reserve > max) {
      if (group !== UNGROUPED) closed.add(group);
      continue;
    }
    kept[i] = true;
    used += size;
  }
  const dropped = /* @__PURE__ */ new Map();
  const lastIndex = /* @__PURE__ */ new Map();
  for (const [i, s] of sections.entries()) {
    if (s.required) continue;
    lastIndex.set(groupOf(s), i);
    if (!kept[i] && s.counted !== false) dropped.set(groupOf(s), (dropped.get(groupOf(s)) ?? 0) + 1);
  }
  const parts = [];
  for (const [i, s] of sections.entries()) {
    if (kept[i]) parts.push(s.text);
    const group = groupOf(s);
    const n = dropped.get(group) ?? 0;
    if (!s.required && lastIndex.get(group) === i && n > 0) parts.push(noteFor(group, n));
  }
  return fitHard(parts.join("\n"), max, measure);
}
function fitHard(text, max, measure) {
  if (measure(text) <= max) return text;
  let lo = 0;
  let hi = Array.from(text).length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(truncate(text, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return truncate(text, lo);
}

// src/report/chart.ts
var MAX_LINES = 5;
function failureChart(report, tests, secrets) {
  const keys = workerKeys(report);
  const plotted = tests.filter((t) => t.verdict === "parallel-only" || t.verdict === "flaky").slice(0, MAX_LINES);
  if (keys.length < 2 || plotted.length === 0) return "";
  const lines = plotted.map((t) => `    line [${keys.map((k) => rateOf(t, k)).join(", ")}]`);
  const legend = plotted.map((t, i) => `${i + 1}. ${codeSpan(t.display, { secrets, max: 120 })}`);
  return [
    "\n### Failure rate by worker count\n",
    "```mermaid",
    "xychart-beta",
    '    title "Failure rate (%) by worker count"',
    `    x-axis "workers" [${keys.map((k) => `"${k}"`).join(", ")}]`,
    '    y-axis "failure rate (%)" 0 --> 100',
    ...lines,
    "```",
    "",
    "Lines, in order:",
    "",
    ...legend
  ].join("\n");
}
function rateOf(t, key) {
  const s = t.byWorkers[key];
  const rate = s === void 0 ? null : failureRate(s);
  return rate === null ? 0 : Math.round(rate * 100);
}

// src/report/limits.ts
var COMMENT_BODY_MAX_CHARS = 65536;
var JOB_SUMMARY_MAX_BYTES = 1048576;
var CHECK_RUN_SUMMARY_MAX_CHARS = 65535;
var CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
var CHECK_RUN_ANNOTATIONS_TOTAL = 500;
var CHECK_RUN_ANNOTATION_MESSAGE_MAX_CHARS = 64 * 1024;
var STEP_ANNOTATIONS_PER_LEVEL = 10;
var COMMENTS_PER_PAGE = 100;
var CHECK_RUN_TITLE_MAX_CHARS = 255;

// src/report/run-table.ts
function runTableSections(report, secrets) {
  if (report.runs.length === 0) return [];
  const head = {
    text: "\n### Runs\n\n| Run | Workers | Phase | Exit | Signal | Timed out | Duration | Parse | Tests |\n| --- | ---: | --- | ---: | --- | --- | ---: | --- | ---: |",
    group: "runs",
    counted: false
  };
  const rows = report.runs.map((r) => {
    const cells = [
      codeSpan(r.id, { secrets, max: 60 }),
      String(r.workers),
      r.phase,
      r.exitCode === null ? "\u2013" : String(r.exitCode),
      r.signal === null ? "\u2013" : sanitizeInline(r.signal, { secrets, max: 20 }),
      r.timedOut ? "**yes**" : "no",
      formatDuration(r.durationMs),
      r.error === void 0 ? r.parse : `${r.parse}: ${sanitizeInline(r.error, { secrets, max: 120 })}`,
      String(r.tests)
    ];
    return { text: `| ${cells.map(tableCell).join(" | ")} |`, group: "runs" };
  });
  return [head, ...rows];
}
function notesSections(report, secrets) {
  const out = [];
  if (report.planner.length > 0) {
    out.push({ text: "\n### Planner notes\n", group: "notes", counted: false });
    for (const n of report.planner) out.push({ text: `- _${n.kind}_: ${sanitizeInline(n.text, { secrets })}`, group: "notes" });
  }
  if (report.warnings.length > 0) {
    out.push({ text: "\n### Warnings\n", group: "warnings", counted: false });
    for (const w of report.warnings) out.push({ text: `- ${sanitizeInline(w, { secrets })}`, group: "warnings" });
  }
  return out;
}

// src/explain/fixes/dotnet.ts
var dotnetFixes = {
  "shared-file-path": {
    summary: "Create a unique directory per test (`Directory.CreateTempSubdirectory()` on .NET 7+) and delete it in `Dispose`.",
    example: 'var dir = Directory.CreateTempSubdirectory("cache-");'
  },
  "port-conflict": {
    summary: "Listen on port 0 (`new TcpListener(IPAddress.Loopback, 0)`) and read `LocalEndpoint`."
  },
  "shared-global-state": {
    summary: "Avoid static mutable state; put tests sharing it in one xUnit `[Collection]` (or NUnit `[NonParallelizable]`).",
    example: '[Collection("registry")]\npublic class RegistryTests { }'
  },
  "shared-env-or-cwd": {
    summary: "Environment and current directory are process-wide: pass values explicitly, or put the tests in one `[Collection]`."
  }
};

// src/explain/fixes/generic.ts
var genericFixes = {
  "shared-file-path": { summary: "Give each test its own temporary directory instead of a fixed path, and remove it afterwards." },
  "shared-database": { summary: "Give each worker or test its own database (suffix the name with the worker id) or wrap each test in a rolled-back transaction." },
  "port-conflict": { summary: "Bind port 0 and let the OS choose a free port; pass the real port to clients." },
  "shared-global-state": { summary: "Do not mutate global or static state from tests; create it per test, or guard it with a lock." },
  "order-dependence": { summary: "Make each test create the state it needs; reproduce by running the tests in a shuffled order." },
  "timing-under-load": { summary: "Wait for conditions rather than fixed sleeps, size timeouts for loaded CI machines, and avoid more workers than cores." },
  "worker-crash": { summary: "Find the test that kills its worker (run the file alone, read the crash output); fix the crash rather than retrying." },
  "shared-env-or-cwd": { summary: "Do not change environment variables or the working directory of the process; pass values explicitly or use the framework's scoped helpers." },
  "resource-exhaustion": { summary: "Close files, sockets and connections after each test; lower the worker count on small machines." },
  unknown: { summary: "Run the test with its co-failing tests to find what they share. Running them serially is a last resort, not a fix." }
};

// src/explain/fixes/go.ts
var goFixes = {
  "shared-file-path": {
    summary: "Use `t.TempDir()`: unique per test and removed automatically.",
    example: 'dir := t.TempDir()\npath := filepath.Join(dir, "cache.json")'
  },
  "shared-database": {
    summary: "Give each test (or package) its own database: a file under `t.TempDir()` or a name derived from `t.Name()`.",
    example: 'db, err := sql.Open("sqlite3", filepath.Join(t.TempDir(), "test.db"))'
  },
  "port-conflict": {
    summary: "Listen on port 0 (or use `httptest.NewServer`) and use the address it returns.",
    example: 'ln, err := net.Listen("tcp", "127.0.0.1:0")\naddr := ln.Addr().String()'
  },
  "shared-global-state": {
    summary: "Do not call `t.Parallel()` in tests that touch package-level variables; better, pass state explicitly or guard it with a `sync.Mutex`. Run with `-race`.",
    example: "var mu sync.Mutex\n\nmu.Lock()\ncounter++\nmu.Unlock()"
  },
  "order-dependence": {
    summary: "Make each test set up its own state; reproduce with `go test -shuffle=on`."
  },
  "timing-under-load": {
    summary: "Derive deadlines from `t.Deadline()` or generous contexts, and poll for conditions instead of `time.Sleep`.",
    example: "ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)\ndefer cancel()"
  },
  "worker-crash": {
    summary: "Read the panic or fatal error in the test output; run the package alone with `-p 1 -race`."
  },
  "shared-env-or-cwd": {
    summary: "Use `t.Setenv` (and `t.Chdir` on Go 1.24+): they restore the value and refuse to run in parallel tests.",
    example: 't.Setenv("APP_MODE", "test")'
  },
  "resource-exhaustion": {
    summary: "Close bodies, listeners and DBs with `t.Cleanup`; lower `-parallel` / `-p` on small machines.",
    example: "t.Cleanup(func() { srv.Close() })"
  },
  unknown: {
    summary: "Run with `-race -count=20 -run` for the test and its co-failing tests; drop `t.Parallel()` from tests that share state only as a last resort."
  }
};

// src/explain/fixes/java.ts
var javaFixes = {
  "shared-file-path": {
    summary: "Inject a per-test directory with JUnit `@TempDir`.",
    example: '@Test\nvoid writesCache(@TempDir Path dir) throws IOException {\n    Files.writeString(dir.resolve("cache.json"), "{}");\n}'
  },
  "shared-database": {
    summary: "Use a database per fork (suffix the name with `${surefire.forkNumber}`) or an in-memory database per test class.",
    example: "<systemPropertyVariables>\n  <db.name>test_${surefire.forkNumber}</db.name>\n</systemPropertyVariables>"
  },
  "port-conflict": {
    summary: "Bind port 0 (`new ServerSocket(0)`, Spring `RANDOM_PORT`) and read the port back.",
    example: "try (ServerSocket s = new ServerSocket(0)) {\n    int port = s.getLocalPort();\n}"
  },
  "shared-global-state": {
    summary: "Avoid mutable statics; otherwise declare the shared resource with `@ResourceLock` so JUnit never runs its users concurrently.",
    example: '@Test\n@ResourceLock("registry")\nvoid registersHandler() { /* ... */ }'
  },
  "shared-env-or-cwd": {
    summary: "Pass settings explicitly instead of `System.setProperty`; where unavoidable, `@ResourceLock(Resources.SYSTEM_PROPERTIES)`.",
    example: "@ResourceLock(Resources.SYSTEM_PROPERTIES)"
  },
  "worker-crash": {
    summary: "Check the fork dump files (`*.dumpstream`); tune Surefire `forkCount`/`reuseForks` and heap for the forks.",
    example: "<forkCount>1C</forkCount>\n<reuseForks>true</reuseForks>\n<argLine>-Xmx1g</argLine>"
  },
  "resource-exhaustion": {
    summary: "Lower Surefire `forkCount` or JUnit parallelism, raise fork heap, close resources in `@AfterEach`."
  },
  unknown: {
    summary: "Run the class with its co-failing classes; as a last resort serialise them with `@ResourceLock` or `@Execution(SAME_THREAD)`."
  }
};

// src/explain/fixes/javascript.ts
var javascriptFixes = {
  "shared-file-path": {
    summary: "Create a unique directory per test with `fs.mkdtempSync` and remove it afterwards.",
    example: [
      "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));",
      "afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));"
    ].join("\n")
  },
  "shared-database": {
    summary: "Give each test file its own database: a file under a `fs.mkdtempSync` directory, or a name suffixed with a unique id; never one fixed file or name for every worker.",
    example: "const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'db-')), 'test.sqlite');"
  },
  "port-conflict": {
    summary: "Listen on port 0 and read the assigned port back.",
    example: [
      "await new Promise((r) => server.listen(0, '127.0.0.1', r));",
      "const { port } = server.address();"
    ].join("\n")
  },
  "shared-global-state": {
    summary: "Do not mutate top-level `let`/objects from tests; create state in `beforeEach`.",
    example: ["let cache;", "beforeEach(() => {", "  cache = new Map();", "});"].join("\n")
  },
  "order-dependence": {
    summary: "Set up what the test needs in its own `beforeEach`; reproduce by running its file alone and after the files its worker ran before it."
  },
  "timing-under-load": {
    summary: "Await the condition instead of fixed sleeps, and size timeouts for a loaded CI machine; if it fails only above the core count, run fewer workers."
  },
  "worker-crash": {
    summary: "Close servers, timers and handles after the tests that open them; read the crash output of the worker that died.",
    example: "after(() => new Promise((r) => server.close(r)));"
  },
  "shared-env-or-cwd": {
    summary: "`process.env` and `process.chdir()` are process-wide: save and restore `process.env` around the test, and pass directories explicitly instead of changing the working directory.",
    example: ["const saved = { ...process.env };", "afterEach(() => { process.env = { ...saved }; });"].join("\n")
  },
  "resource-exhaustion": {
    summary: "Close connections and servers after each test; run fewer workers on small machines."
  },
  unknown: {
    summary: "Run the file with its co-failing files to find what they share; serialise only those as a last resort."
  }
};

// src/explain/fixes/js-runners.ts
var jestFixes = {
  "shared-database": {
    summary: "Suffix database names or files with the Jest worker id (`JEST_WORKER_ID`), or use an in-memory database per test file.",
    example: "const dbName = `test_${process.env.JEST_WORKER_ID ?? '1'}`;"
  },
  "shared-global-state": {
    summary: "Do not mutate top-level `let`/objects from tests; create state in `beforeEach`, or reload modules with `jest.resetModules()`.",
    example: ["let cache;", "beforeEach(() => {", "  cache = new Map();", "});"].join("\n")
  },
  "order-dependence": {
    summary: "Set up what the test needs in its own `beforeEach`; reproduce with `jest --runInBand --randomize --seed=<seed>`."
  },
  "timing-under-load": {
    summary: "Await the condition instead of fixed sleeps (fake timers: `jest.useFakeTimers()`), raise `testTimeout` for CI, or lower `--maxWorkers` when it fails only above the core count.",
    example: "jest.useFakeTimers();\nscheduleRetry();\nawait jest.advanceTimersByTimeAsync(5000);"
  },
  "worker-crash": {
    summary: "Close servers, timers and handles in `afterAll` (`--detectOpenHandles` lists them); cap worker memory with `--workerIdleMemoryLimit` if workers are killed.",
    example: "afterAll(() => new Promise((r) => server.close(r)));"
  },
  "shared-env-or-cwd": {
    summary: 'Restore `process.env` after each test (or `jest.replaceProperty(process, "env", {...})`, restored by `restoreAllMocks`); pass directories explicitly instead of `process.chdir()`.',
    example: ["const saved = { ...process.env };", "afterEach(() => { process.env = { ...saved }; });"].join("\n")
  },
  "resource-exhaustion": {
    summary: "Close connections and servers in `afterEach`/`afterAll`; lower `--maxWorkers` on small machines."
  },
  unknown: {
    summary: "Run the file with its co-failing files (`jest --maxWorkers=2 a.test.js b.test.js`) to find what they share. Last resort: a separate Jest project for them, run with `--runInBand`."
  }
};
var vitestFixes = {
  "shared-database": {
    summary: "Suffix database names or files with the Vitest pool id (`VITEST_POOL_ID`), or use an in-memory database per test file.",
    example: "const dbName = `test_${process.env.VITEST_POOL_ID ?? '1'}`;"
  },
  "shared-global-state": {
    summary: "Do not mutate top-level `let`/objects from tests; create state in `beforeEach`, or reload modules with `vi.resetModules()`.",
    example: ["let cache;", "beforeEach(() => {", "  cache = new Map();", "});"].join("\n")
  },
  "order-dependence": {
    summary: "Set up what the test needs in its own `beforeEach`; reproduce with `vitest --sequence.shuffle --sequence.seed=<seed>`."
  },
  "timing-under-load": {
    summary: "Await the condition (`vi.waitFor`, fake timers) instead of fixed sleeps; raise `testTimeout` for CI, or lower `--maxWorkers` when it fails only above the core count.",
    example: "await vi.waitFor(() => expect(queue.size).toBe(0), { timeout: 5000 });"
  },
  "worker-crash": {
    summary: 'Close servers, timers and handles in `afterAll`; a native module that crashes threads is safer in `pool: "forks"`.',
    example: "afterAll(() => new Promise((r) => server.close(r)));"
  },
  "shared-env-or-cwd": {
    summary: "Stub environment variables with `vi.stubEnv` (undone by `vi.unstubAllEnvs()`); pass directories explicitly instead of `process.chdir()`.",
    example: "vi.stubEnv('APP_MODE', 'test');\nafterEach(() => vi.unstubAllEnvs());"
  },
  "resource-exhaustion": {
    summary: "Close connections and servers in `afterEach`/`afterAll`; lower `--maxWorkers` on small machines."
  },
  unknown: {
    summary: "Run the file with its co-failing files to find what they share. Last resort: `describe.sequential` for the tests that share it, or a separate project for those files.",
    example: "describe.sequential('uses the shared server', () => { /* ... */ });"
  }
};
var mochaFixes = {
  "shared-database": {
    summary: "Suffix database names or files with the Mocha worker id (`MOCHA_WORKER_ID`, set in `--parallel` workers), or use a database per test file.",
    example: "const dbName = `test_${process.env.MOCHA_WORKER_ID ?? '0'}`;"
  },
  "order-dependence": {
    summary: "Set up what the test needs in its own `beforeEach`; reproduce by running its file alone and after the files its worker ran before it (`mocha a.test.js b.test.js`)."
  },
  "timing-under-load": {
    summary: "Await the condition instead of fixed sleeps; raise the timeout for CI (`this.timeout(10000)` or `--timeout`), or lower `--jobs` when it fails only above the core count."
  },
  "worker-crash": {
    summary: "Close servers, timers and handles in `after` hooks; run the file alone without `--parallel` to read the crash.",
    example: "after(() => new Promise((r) => server.close(r)));"
  },
  "resource-exhaustion": {
    summary: "Close connections and servers in `afterEach`/`after`; lower `--jobs` on small machines."
  },
  unknown: {
    summary: "Run the file with its co-failing files (`mocha --parallel --jobs=2 a.test.js b.test.js`) to find what they share. Last resort: run those files in a separate Mocha run without `--parallel`."
  }
};
var nodeTestFixes = {
  "shared-database": {
    summary: "Give each test file its own database (node:test runs every file in its own process: a file under `fs.mkdtempSync`, or a name with `process.pid`).",
    example: "const dbName = `test_${process.pid}`;"
  },
  "timing-under-load": {
    summary: "Await the condition instead of fixed sleeps (`mock.timers` for timers); give slow tests a `{ timeout }`, or lower `--test-concurrency` when it fails only above the core count."
  },
  "worker-crash": {
    summary: "Close servers, timers and handles in `after` hooks; run the file alone (`node --test file`) to read its crash.",
    example: "after(() => new Promise((r) => server.close(r)));"
  },
  "resource-exhaustion": {
    summary: "Close connections and servers in `afterEach`/`after`; lower `--test-concurrency` on small machines."
  },
  unknown: {
    summary: "Run the file with its co-failing files (`node --test --test-concurrency=2 a.test.js b.test.js`) to find what they share. Last resort: run those files in a separate `--test-concurrency=1` run."
  }
};

// src/explain/fixes/python.ts
var pythonFixes = {
  "shared-file-path": {
    summary: "Give each test its own directory with the `tmp_path` fixture (`tmp_path_factory` for session-wide files) instead of a fixed path.",
    example: [
      "def test_cache(tmp_path):",
      '    cache = tmp_path / "cache.json"',
      '    cache.write_text("{}")'
    ].join("\n")
  },
  "shared-database": {
    summary: "Use one database per worker (name it after the xdist `worker_id` fixture) or per test under `tmp_path`; never share one sqlite3 connection across threads (use a lock or one connection per thread).",
    example: [
      "@pytest.fixture",
      "def db(tmp_path_factory, worker_id):",
      '    path = tmp_path_factory.getbasetemp() / f"test_{worker_id}.db"',
      "    conn = sqlite3.connect(path)",
      "    yield conn",
      "    conn.close()"
    ].join("\n")
  },
  "port-conflict": {
    summary: "Bind port 0 and let the OS pick a free port, then pass the real port to the client.",
    example: [
      "sock = socket.socket()",
      'sock.bind(("127.0.0.1", 0))',
      "port = sock.getsockname()[1]"
    ].join("\n")
  },
  "shared-global-state": {
    summary: "Reset module-level state in a fixture (or build it per test); guard state shared between threads with a lock.",
    example: [
      "@pytest.fixture(autouse=True)",
      "def fresh_registry(monkeypatch):",
      '    monkeypatch.setattr(mymod, "REGISTRY", {})'
    ].join("\n")
  },
  "order-dependence": {
    summary: "Make the test set up everything it needs itself; reproduce with `pytest -p no:randomly` vs `-p randomly` or by running it alone and after its neighbours.",
    example: ["@pytest.fixture", "def user(db):", '    return db.create_user("alice")  # not left behind by another test'].join("\n")
  },
  "timing-under-load": {
    summary: "Wait for the condition instead of sleeping a fixed time, and size timeouts for a loaded CI machine; if it only fails above the core count, lower `-n` (e.g. `-n auto`).",
    example: ["def wait_until(pred, timeout=10.0):", "    end = time.monotonic() + timeout", "    while not pred():", "        assert time.monotonic() < end", "        time.sleep(0.05)"].join("\n")
  },
  "worker-crash": {
    summary: "Find the crashing test with `pytest -p no:xdist` and `-X faulthandler`; keep native libraries out of forked state. Last resort: isolate it in a serial group.",
    example: ['@pytest.mark.xdist_group("native")', "def test_uses_native_lib(): ...", "# run with: pytest -n 4 --dist loadgroup"].join("\n")
  },
  "shared-env-or-cwd": {
    summary: "Change the environment and working directory through `monkeypatch`, which restores them after the test.",
    example: ["def test_config(monkeypatch, tmp_path):", '    monkeypatch.setenv("APP_MODE", "test")', "    monkeypatch.chdir(tmp_path)"].join("\n")
  },
  "resource-exhaustion": {
    summary: "Close files, connections and servers in fixtures (`yield` then close); cap workers (`-n 4` instead of `-n auto`) if the machine is small.",
    example: ["@pytest.fixture", "def client():", "    c = make_client()", "    yield c", "    c.close()"].join("\n")
  },
  unknown: {
    summary: "Run the test alone and with its co-failing tests (`pytest -n 2 -p no:randomly test_a test_b`) to find what they share; as a last resort group them with `@pytest.mark.xdist_group` and `--dist loadgroup`.",
    example: ['@pytest.mark.xdist_group("shared-thing")', "def test_a(): ...", "# pytest -n 4 --dist loadgroup"].join("\n")
  }
};

// src/explain/fixes/ruby.ts
var rubyFixes = {
  "shared-file-path": {
    summary: "Use `Dir.mktmpdir` per example.",
    example: 'Dir.mktmpdir do |dir|\n  File.write(File.join(dir, "cache.json"), "{}")\nend'
  },
  "shared-database": {
    summary: "Give each process its own database: parallel_tests sets `TEST_ENV_NUMBER`.",
    example: "database: myapp_test<%= ENV['TEST_ENV_NUMBER'] %>"
  },
  "port-conflict": {
    summary: 'Bind port 0 (`TCPServer.new("127.0.0.1", 0)`) and read `addr[1]`.'
  },
  "shared-env-or-cwd": {
    summary: "Stub `ENV` per example (e.g. `stub_const`/climate_control) instead of assigning it."
  }
};

// src/explain/fixes/rust.ts
var rustFixes = {
  "shared-file-path": {
    summary: "Create a per-test directory with `tempfile::tempdir()` (removed on drop).",
    example: 'let dir = tempfile::tempdir()?;\nlet path = dir.path().join("cache.json");'
  },
  "port-conflict": {
    summary: "Bind `127.0.0.1:0` and read `local_addr()`.",
    example: 'let listener = TcpListener::bind("127.0.0.1:0")?;\nlet port = listener.local_addr()?.port();'
  },
  "shared-global-state": {
    summary: "Avoid mutable statics; if tests must share one, mark them `#[serial]` with the `serial_test` crate.",
    example: "use serial_test::serial;\n\n#[test]\n#[serial]\nfn uses_global_registry() { /* ... */ }"
  },
  "shared-env-or-cwd": {
    summary: "`std::env::set_var` and `set_current_dir` are process-wide: pass values explicitly, or mark the tests `#[serial]`."
  },
  unknown: {
    summary: "Run with `--test-threads=1` to confirm; then isolate what the co-failing tests share. Last resort: `serial_test`."
  }
};

// src/explain/fixes/index.ts
var BY_ECOSYSTEM = {
  python: pythonFixes,
  javascript: javascriptFixes,
  go: goFixes,
  java: javaFixes,
  rust: rustFixes,
  ruby: rubyFixes,
  dotnet: dotnetFixes,
  unknown: {}
};
var JS_RUNNERS = {
  jest: jestFixes,
  vitest: vitestFixes,
  mocha: mochaFixes,
  node: nodeTestFixes
};
function fixFor(cause, ecosystem, framework = null) {
  const own = framework === null || ecosystem !== "javascript" ? void 0 : JS_RUNNERS[framework]?.[cause];
  return own ?? BY_ECOSYSTEM[ecosystem][cause] ?? genericFixes[cause];
}

// src/explain/rank.ts
var UNKNOWN_BELOW = 0.35;
var AMBIGUOUS_DISCOUNT = 0.5;
var AMBIGUOUS_ONLY_CAP = 0.3;
var MIN_DIRECT_FOR_SUPPORT = 0.3;
var MIN_LISTED = 0.1;
var MAX_CAUSES = 3;
var MAX_EVIDENCE = 8;
function effective(c) {
  return c.weight * (c.ambiguous ? AMBIGUOUS_DISCOUNT : 1);
}
function round(x) {
  return Math.round(x * 1e3) / 1e3;
}
function scoreCauses(clues) {
  const causes = [...new Set(clues.filter((c) => c.role === "direct").flatMap((c) => c.causes))];
  const scored = causes.filter((cause) => cause !== "unknown").map((cause) => {
    const mine = clues.filter((c) => c.causes.includes(cause));
    const strongest = Math.max(0, ...mine.filter((c) => c.role === "direct").map(effective));
    const groups = /* @__PURE__ */ new Map();
    for (const c of mine) {
      if (c.role === "against" || c.role === "support" && strongest < MIN_DIRECT_FOR_SUPPORT) continue;
      groups.set(c.group, Math.max(groups.get(c.group) ?? 0, effective(c)));
    }
    let score = 1 - [...groups.values()].reduce((p, w) => p * (1 - w), 1);
    if (mine.every((c) => c.role !== "direct" || c.ambiguous)) score = Math.min(score, AMBIGUOUS_ONLY_CAP);
    for (const c of mine) if (c.role === "against") score *= 1 - c.weight;
    return { cause, score: round(score), clues: mine };
  });
  return scored.sort((a, b) => b.score - a.score || a.cause.localeCompare(b.cause));
}
function rank(clues, ecosystem, framework = null) {
  const scored = scoreCauses(clues).filter((s) => s.score >= MIN_LISTED);
  const best = scored[0]?.score ?? 0;
  const findings2 = scored.map((s) => ({ cause: s.cause, score: s.score, evidence: evidenceOf(s.clues), fix: fixFor(s.cause, ecosystem, framework) }));
  if (best >= UNKNOWN_BELOW) return findings2.slice(0, MAX_CAUSES);
  const unknown = {
    cause: "unknown",
    score: best,
    evidence: evidenceOf(clues),
    fix: fixFor("unknown", ecosystem, framework)
  };
  return [unknown, ...findings2.slice(0, MAX_CAUSES - 1)];
}
function evidenceOf(clues) {
  const sorted = clues.map((c, i) => ({ c, i })).sort((a, b) => effective(b.c) - effective(a.c) || a.i - b.i).map(({ c }) => c.evidence);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of sorted) {
    const key = `${e.kind}\0${e.text}\0${e.file ?? ""}\0${e.line ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}

// src/explain/score-scale.ts
var SCORE_BANDS = [
  { label: "strong", min: 0.8 },
  { label: "likely", min: 0.6 },
  { label: "possible", min: UNKNOWN_BELOW },
  { label: "weak", min: 0 }
];
function scoreLabel(score) {
  return SCORE_BANDS.find((b) => score >= b.min)?.label ?? "weak";
}

// src/report/sample-label.ts
function formatE(x) {
  if (x < 10) return x.toFixed(1);
  if (x < 1e3) return String(Math.round(x));
  return x.toExponential(1).replace("e+", "e");
}
function evidenceCell(t) {
  const s = t.sample;
  if (s === void 0) return "\u2013";
  if (s.source === "confirmation" && s.eValue !== void 0 && s.threshold !== void 0) {
    return `e ${formatE(s.eValue)} ${s.eValue >= s.threshold ? "\u2265" : "<"} ${formatE(s.threshold)}`;
  }
  return t.pValue === null ? "all runs" : `p ${formatP(t.pValue)} (all runs)`;
}
function armsText(s) {
  return `serial ${arm(s.serial)}, parallel ${arm(s.parallel)}`;
}
function arm(a) {
  const at = a.workers.length === 0 ? "" : ` at ${a.workers.join("/")} ${a.workers.length === 1 && a.workers[0] === 1 ? "worker" : "workers"}`;
  return `${a.failed}/${a.n}${at}`;
}
function runsText(s) {
  const span = (a) => {
    if (a.runs.length === 0) return "none";
    if (a.runs.length <= 2) return a.runs.join(", ");
    return `${a.runs[0]}\u2026${a.runs.at(-1)} (${a.runs.length})`;
  };
  return `runs ${span(s.serial)} and ${span(s.parallel)}`;
}
function sampleSentence(t) {
  const s = t.sample;
  if (s === void 0) return null;
  if (s.source === "confirmation" && s.eValue !== void 0 && s.threshold !== void 0) {
    const yardstick = s.suspects !== void 0 && s.alpha !== void 0 ? ` = ${plural2(s.suspects, "suspect")} / ${Math.round(s.alpha * 1e3) / 10}%` : "";
    const blocks = s.blocks === void 0 ? "" : ` (${plural2(s.blocks, "block")})`;
    return `confirmation runs${blocks}: ${armsText(s)}; e-value ${formatE(s.eValue)} ${s.eValue >= s.threshold ? "\u2265" : "<"} ${formatE(s.threshold)}${yardstick}`;
  }
  const stats = [];
  if (t.pValue !== null) stats.push(`Fisher one-sided p = ${formatP(t.pValue)}`);
  if (t.probParallelWorse !== null) stats.push(`P(parallel worse) = ${t.probParallelWorse.toFixed(2)}`);
  return `all counted runs (descriptive: no guarantee rests on them): ${armsText(s)}${stats.length > 0 ? `; ${stats.join(", ")}` : ""}`;
}
function decideText(t) {
  if (t.verdict !== "parallel-only" || t.confidence === "confirmed" || t.runsToDecide === void 0) return null;
  return `about ${plural2(t.runsToDecide, "more run")} would decide`;
}

// src/report/test-details.ts
function testDetails(report, t, opts) {
  const { secrets } = opts;
  const summary2 = `<b>${t.verdict}</b> ${htmlCode(t.display, { secrets, max: 120 })} \u2014 ${VERDICT_MEANING[t.verdict]}${t.threshold === null ? "" : `, from ${plural2(t.threshold, "worker")}`}`;
  const lines = [`- **Id:** ${codeSpan(t.display, { secrets, max: 300 })}`];
  if (t.file !== void 0) lines.push(`- **Location:** ${codeSpan(t.line === void 0 ? t.file : `${t.file}:${t.line}`, { secrets })}`);
  lines.push(`- **Confidence:** ${t.confidence}${statistics(t)}`);
  const cluster = t.cluster === null ? void 0 : report.clusters.find((c) => c.id === t.cluster);
  if (cluster !== void 0) {
    const partners = cluster.tests.filter((id) => id !== t.id);
    const names2 = partners.slice(0, 10).map((id) => codeSpan(nameOf(report, id), { secrets, max: 80 }));
    const more = partners.length > 10 ? ` and ${partners.length - 10} more` : "";
    lines.push(`- **Fails together with** (cluster #${cluster.id}, ${plural2(cluster.runs.length, "run")}): ${names2.join(", ")}${more}`);
  }
  if (t.partners !== void 0 && t.partners.length > 0) {
    const names2 = t.partners.slice(0, 10).map((id) => codeSpan(nameOf(report, id), { secrets, max: 80 }));
    const how = t.probe !== void 0 && t.probe.length > 0 ? "partner search, or the tests the resource probe saw on the same resource" : "partner search: fails when run concurrently with";
    lines.push(
      t.partnersRunBefore === true ? `- **Needs to run after** (serial replays of what ran before it: passes after it, fails without): ${names2.join(", ")}` : `- **Collision partner${t.partners.length === 1 ? "" : "s"}** (${how}): ${names2.join(", ")}`
    );
  }
  for (const f of (t.probe ?? []).slice(0, 3)) {
    const runs = `${plural2(f.runs.length, "failing parallel run")} (${f.runs.slice(0, 3).join(", ")}${f.runs.length > 3 ? ", \u2026" : ""})`;
    lines.push(`- **Shared resource** (resource probe): ${codeSpan(f.resource, { secrets, max: 200 })}, ${f.ops.join("/")} by ${plural2(f.processes, "process", "processes")} in ${runs}${f.err === void 0 ? "" : `, ${f.err}`}`);
  }
  if (t.causes.length === 0) lines.push("- **Likely cause:** not determined (no matching evidence)");
  for (const c of t.causes) lines.push(...causeLines(c, secrets));
  const messages = t.messages.slice(0, opts.messages ?? 2);
  if (messages.length > 0) {
    lines.push("", "**Failure messages:**");
    for (const m of messages) lines.push("", sanitizeBlock(m, { secrets, max: opts.messageMax ?? 1500 }));
  }
  return `<details><summary>${summary2}</summary>

${lines.join("\n")}

</details>`;
}
function statistics(t) {
  const parts = [];
  const sample = t.sample === void 0 ? null : sampleSentence(t);
  if (sample !== null && t.sample !== void 0) parts.push(`on ${sample} (${runsText(t.sample)})`);
  const decide = decideText(t);
  if (decide !== null) parts.push(decide);
  else if (t.runsToDecide !== void 0 && t.confidence === "insufficient") parts.push(`about ${plural2(t.runsToDecide, "more run")} per arm would decide`);
  return parts.length > 0 ? ` \u2014 ${parts.join("; ")}` : "";
}
function causeLines(c, secrets) {
  const out = [`- **Cause \`${c.cause}\`** (${scoreLabel(c.score)}, score ${c.score.toFixed(2)}): ${sanitizeInline(c.fix.summary, { secrets, max: 400 })}`];
  for (const e of c.evidence.slice(0, 8)) {
    const where = e.file === void 0 ? "" : ` at ${codeSpan(e.line === void 0 ? e.file : `${e.file}:${e.line}`, { secrets })}`;
    out.push(`  - _${e.kind}_: ${sanitizeInline(e.text, { secrets, max: 300 })}${where}`);
  }
  if (c.evidence.length > 8) out.push(`  - \u2026 ${plural2(c.evidence.length - 8, "more piece")} of evidence in report.json`);
  if (c.fix.example !== void 0) out.push("", indent(sanitizeBlock(c.fix.example, { secrets, max: 1500 })));
  return out;
}
function indent(block) {
  return block.split("\n").map((l) => `  ${l}`).join("\n");
}
function nameOf(report, id) {
  const t = report.tests.find((x) => x.id === id);
  return t === void 0 ? id : t.display;
}

// src/report/test-table.ts
function testTableSections(report, tests, opts) {
  const keys = workerKeys(report);
  const header = ["Test", "Verdict", ...keys.map((k) => `${k} ${k === "1" ? "worker" : "workers"}`), "Evidence", "Threshold", "Cluster", "Likely cause"];
  const align = ["---", "---", ...keys.map(() => "---:"), "---", "---:", "---:", "---"];
  const head = `| ${header.join(" | ")} |
| ${align.join(" | ")} |`;
  const rows = tests.map((t) => ({ text: row(t, keys, opts.secrets), group: opts.group }));
  return [{ text: head, required: true }, ...rows];
}
function row(t, keys, secrets) {
  const cells = [
    codeSpan(t.display, { secrets, max: 120 }),
    `${t.verdict} (${t.confidence})${t.quarantined === void 0 ? "" : ", quarantined"}`,
    ...keys.map((k) => rateCell(t, k)),
    evidence(t),
    t.threshold === null ? "\u2013" : String(t.threshold),
    t.cluster === null ? "\u2013" : `#${t.cluster}`,
    causeCell(t, secrets)
  ];
  return `| ${cells.map(tableCell).join(" | ")} |`;
}
function rateCell(t, key) {
  const s = t.byWorkers[key];
  const interval = formatInterval(s);
  return interval === "\u2013" ? formatRate(s) : `${formatRate(s)}<br><sub>95% CI ${interval}</sub>`;
}
function evidence(t) {
  const cell = evidenceCell(t);
  if (t.sample === void 0) return cell;
  const source = t.sample.source === "confirmation" ? "confirmation runs" : "all runs";
  return `${cell}<br><sub>${source}: ${armsText(t.sample)}</sub>`;
}
function causeCell(t, secrets) {
  const top = t.causes[0];
  if (top === void 0) return "\u2013";
  const first = top.fix.summary.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? top.fix.summary;
  return `\`${top.cause}\` (${scoreLabel(top.score)}, score ${top.score.toFixed(2)}): ${sanitizeInline(first, { secrets, max: 160 })}`;
}

// src/report/markdown.ts
var DEFAULT_MAX_BYTES = Math.floor(JOB_SUMMARY_MAX_BYTES * 0.95);
function renderMarkdown(report, opts = {}) {
  const secrets = opts.secrets ?? [];
  const hint = opts.omittedHint ?? "report.json";
  const tests = findings(report);
  const sections = [{ text: headline(report, secrets), required: true }];
  if (tests.length === 0) {
    sections.push({ text: `
No test failed or went missing in any of the ${plural2(report.runs.length, "run")}.`, required: true });
  } else {
    sections.push({ text: "\n### Tests\n", required: true });
    sections.push(...testTableSections(report, tests, { secrets, group: "tests" }));
    const chart = failureChart(report, tests, secrets);
    if (chart !== "") sections.push({ text: chart, group: "chart", counted: false });
    sections.push({ text: "\n### Evidence and fixes\n", group: "test details", counted: false });
    for (const t of tests) sections.push({ text: `${testDetails(report, t, { secrets })}
`, group: "test details" });
  }
  sections.push(...runTableSections(report, secrets));
  sections.push(...notesSections(report, secrets));
  const cost = costLine(report);
  if (cost !== "") sections.push({ text: `
${cost}
`, required: true });
  sections.push({ text: footer(report, secrets, opts.runUrl), required: true });
  const rendered = renderBudgeted(sections, opts.maxBytes ?? DEFAULT_MAX_BYTES, {
    measure: utf8Bytes,
    note: (group, n) => omittedNote(group, n, hint)
  });
  return rendered.endsWith("\n") ? rendered : `${rendered}
`;
}
function omittedNote(group, n, hint) {
  switch (group) {
    case "tests":
      return `
_${plural2(n, "test")} omitted \u2014 see ${hint}._
`;
    case "test details":
      return `
_Evidence for ${plural2(n, "test")} omitted \u2014 see ${hint}._
`;
    case "runs":
      return `
_${plural2(n, "run")} omitted \u2014 see ${hint}._
`;
    default:
      return `
_${plural2(n, group === "notes" || group === "warnings" ? group.slice(0, -1) : "section")} omitted \u2014 see ${hint}._
`;
  }
}
function footer(report, secrets, runUrl) {
  const c = report.config;
  const run = runUrl === void 0 ? "" : ` \xB7 [workflow run](${safeUrl(runUrl)})`;
  return `
<sub>${report.tool.name} ${report.tool.version} \xB7 framework ${c.framework} \xB7 command ${codeSpan(c.command, { secrets, max: 200 })}${run}</sub>`;
}
function safeUrl(url) {
  return encodeURI(url).replace(/[()<>"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export {
  __require,
  __commonJS,
  __toESM,
  readContext,
  collectSecrets,
  redactSecrets,
  stripControl,
  truncate,
  guardOutgoing,
  sanitizeLog,
  codeSpan,
  tableCell,
  createRunner,
  rank,
  decideGate,
  costLine,
  renderBudgeted,
  VERDICT_MEANING,
  workerKeys,
  failureRate,
  formatRate,
  findings,
  compareFindings,
  failsGate,
  plural2 as plural,
  verdictTitle,
  headline,
  COMMENT_BODY_MAX_CHARS,
  CHECK_RUN_SUMMARY_MAX_CHARS,
  CHECK_RUN_ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_ANNOTATIONS_TOTAL,
  STEP_ANNOTATIONS_PER_LEVEL,
  COMMENTS_PER_PAGE,
  CHECK_RUN_TITLE_MAX_CHARS,
  evidenceCell,
  sampleSentence,
  decideText,
  testDetails,
  testTableSections,
  renderMarkdown,
  omittedNote,
  safeUrl
};
