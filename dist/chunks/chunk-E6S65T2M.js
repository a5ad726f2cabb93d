import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  displayIds
} from "./chunk-XUELEBMH.js";

// src/github/report-file.ts
import { readFile } from "node:fs/promises";
var ReportFileError = class extends Error {
  name = "ReportFileError";
};
var FRAMEWORKS = ["auto", "pytest", "jest", "vitest", "node", "mocha", "go", "custom"];
var FAIL_ON = ["parallel-only", "flaky", "never"];
var PHASES = ["discovery", "confirm-serial", "confirm-parallel", "confirm-partner", "confirm-order"];
var PARSE = ["ok", "salvaged", "empty", "invalid", "missing"];
var VERDICTS = ["parallel-only", "flaky", "broken", "stable", "lost", "skipped"];
var CONFIDENCE = ["confirmed", "likely", "insufficient"];
var CAUSES = ["shared-file-path", "shared-database", "port-conflict", "shared-global-state", "order-dependence", "timing-under-load", "worker-crash", "shared-env-or-cwd", "resource-exhaustion", "unknown"];
var EVIDENCE = ["signature", "threshold", "co-failure", "confirmation", "source", "crash", "partner", "timing"];
var NOTES = ["discovery", "confirm", "budget", "fallback", "stop"];
var fail = (at, what) => {
  throw new ReportFileError(`input 'report': not a valid flakegate report: ${at} ${what}`);
};
var obj = (v, at) => typeof v === "object" && v !== null && !Array.isArray(v) ? v : fail(at, "must be an object");
var str = (v, at) => void (typeof v === "string" || fail(at, "must be a string"));
var num = (v, at) => void (typeof v === "number" && Number.isFinite(v) || fail(at, "must be a number"));
var bool = (v, at) => void (typeof v === "boolean" || fail(at, "must be true or false"));
var oneOf = (allowed) => (v, at) => void (typeof v === "string" && allowed.includes(v) || fail(at, `must be one of ${allowed.join(", ")}`));
var nullable = (c) => (v, at) => void (v === null || c(v, at));
var optional = (c) => (v, at) => void (v === void 0 || c(v, at));
var list = (c) => (v, at) => Array.isArray(v) ? v.forEach((x, i) => c(x, `${at}[${i}]`)) : fail(at, "must be an array");
var shape = (fields) => (v, at) => {
  const o = obj(v, at);
  for (const [k, c] of Object.entries(fields)) c(o[k], `${at}.${k}`);
};
var stats = shape({ runs: num, passed: num, failed: num, lost: num, skipped: num, rateLow: num, rateHigh: num });
var byWorkers = (v, at) => {
  for (const [k, s] of Object.entries(obj(v, at))) {
    if (!/^\d+$/.test(k)) fail(`${at}.${k}`, "must be keyed by a worker count");
    stats(s, `${at}.${k}`);
  }
};
var cause = shape({
  cause: oneOf(CAUSES),
  score: num,
  evidence: list(shape({ kind: oneOf(EVIDENCE), text: str, file: optional(str), line: optional(num) })),
  fix: shape({ summary: str, example: optional(str) })
});
var report = shape({
  tool: shape({ name: oneOf(["flakegate"]), version: str }),
  config: shape({ framework: oneOf(FRAMEWORKS), command: str, workers: list(num), iterations: num, timeoutMs: num, budgetMs: nullable(num), confirm: bool, failOn: oneOf(FAIL_ON), cwd: str }),
  runs: list(
    shape({ id: str, workers: num, iteration: num, phase: oneOf(PHASES), exitCode: nullable(num), signal: nullable(str), timedOut: bool, durationMs: num, reportPaths: list(str), parse: oneOf(PARSE), error: optional(str), tests: num })
  ),
  tests: list(
    shape({
      id: str,
      display: optional(str),
      file: optional(str),
      line: optional(num),
      classname: str,
      name: str,
      verdict: oneOf(VERDICTS),
      confidence: oneOf(CONFIDENCE),
      pValue: nullable(num),
      probParallelWorse: nullable(num),
      byWorkers,
      threshold: nullable(num),
      cluster: nullable(num),
      runsToDecide: optional(num),
      messages: list(str),
      causes: list(cause)
    })
  ),
  clusters: list(shape({ id: num, tests: list(str), runs: list(str) })),
  summary: shape({ parallelOnly: num, flaky: num, broken: num, stable: num, lost: num, skipped: num }),
  gate: shape({ failed: bool, failOn: oneOf(FAIL_ON), reason: str }),
  planner: list(shape({ kind: oneOf(NOTES), text: str })),
  warnings: list(str)
});
function validateReport(data) {
  const schema = typeof data === "object" && data !== null ? data.schema : void 0;
  if (schema !== "flakegate/report@1") {
    throw new ReportFileError(`input 'report': not a flakegate report (schema ${JSON.stringify(schema) ?? "missing"}, expected "flakegate/report@1")`);
  }
  report(data, "report");
  return withDisplayIds(data);
}
function withDisplayIds(r) {
  if (r.tests.every((t) => typeof t.display === "string")) return r;
  const display = displayIds(r.tests);
  return { ...r, tests: r.tests.map((t) => typeof t.display === "string" ? t : { ...t, display: display.get(t.id) ?? t.id }) };
}
async function readReportFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new ReportFileError(`input 'report': cannot read '${path}': ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return validateReport(JSON.parse(text));
  } catch (error) {
    if (error instanceof ReportFileError) throw error;
    throw new ReportFileError(`input 'report': '${path}' is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export {
  ReportFileError,
  readReportFile
};
