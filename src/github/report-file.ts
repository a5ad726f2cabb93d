// Reading a report.json that may come from an untrusted workflow (the fork half of the
// `workflow_run` setup). Strings are sanitised when rendered, but fields rendered as-is (verdicts,
// phases, numbers) must be what the model says they are, so the shape is checked here first.
import { displayIds } from '../parse/test-id.js';
import { readFile } from 'node:fs/promises';
import type { Report } from '../model.js';

/** A missing, unreadable or foreign report file: a setup error of the workflow (exit 2). */
export class ReportFileError extends Error {
  override readonly name = 'ReportFileError';
}

const FRAMEWORKS = ['auto', 'pytest', 'jest', 'vitest', 'node', 'mocha', 'go', 'custom'];
const FAIL_ON = ['parallel-only', 'flaky', 'never'];
const PHASES = ['discovery', 'confirm-serial', 'confirm-parallel', 'confirm-partner', 'confirm-order'];
const PARSE = ['ok', 'salvaged', 'empty', 'invalid', 'missing'];
const VERDICTS = ['parallel-only', 'flaky', 'broken', 'stable', 'lost', 'skipped'];
const CONFIDENCE = ['confirmed', 'likely', 'insufficient'];
const CAUSES = ['shared-file-path', 'shared-database', 'port-conflict', 'shared-global-state', 'order-dependence', 'timing-under-load', 'worker-crash', 'shared-env-or-cwd', 'resource-exhaustion', 'unknown'];
const EVIDENCE = ['signature', 'threshold', 'co-failure', 'confirmation', 'source', 'crash', 'partner', 'timing'];
const NOTES = ['discovery', 'confirm', 'budget', 'fallback', 'stop'];

type Check = (v: unknown, at: string) => void;
const fail = (at: string, what: string): never => {
  throw new ReportFileError(`input 'report': not a valid flakegate report: ${at} ${what}`);
};
const obj = (v: unknown, at: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(at, 'must be an object');
const str: Check = (v, at) => void (typeof v === 'string' || fail(at, 'must be a string'));
const num: Check = (v, at) => void ((typeof v === 'number' && Number.isFinite(v)) || fail(at, 'must be a number'));
const bool: Check = (v, at) => void (typeof v === 'boolean' || fail(at, 'must be true or false'));
const oneOf = (allowed: readonly string[]): Check => (v, at) => void ((typeof v === 'string' && allowed.includes(v)) || fail(at, `must be one of ${allowed.join(', ')}`));
const nullable = (c: Check): Check => (v, at) => void (v === null || c(v, at));
const optional = (c: Check): Check => (v, at) => void (v === undefined || c(v, at));
const list = (c: Check): Check => (v, at) => (Array.isArray(v) ? v.forEach((x, i) => c(x, `${at}[${i}]`)) : fail(at, 'must be an array'));
const shape = (fields: Record<string, Check>): Check => (v, at) => {
  const o = obj(v, at);
  for (const [k, c] of Object.entries(fields)) c(o[k], `${at}.${k}`);
};

const stats = shape({ runs: num, passed: num, failed: num, lost: num, skipped: num, rateLow: num, rateHigh: num });
const byWorkers: Check = (v, at) => {
  for (const [k, s] of Object.entries(obj(v, at))) {
    if (!/^\d+$/.test(k)) fail(`${at}.${k}`, 'must be keyed by a worker count');
    stats(s, `${at}.${k}`);
  }
};
const cause = shape({
  cause: oneOf(CAUSES),
  score: num,
  evidence: list(shape({ kind: oneOf(EVIDENCE), text: str, file: optional(str), line: optional(num) })),
  fix: shape({ summary: str, example: optional(str) }),
});
const report = shape({
  tool: shape({ name: oneOf(['flakegate']), version: str }),
  config: shape({ framework: oneOf(FRAMEWORKS), command: str, workers: list(num), iterations: num, timeoutMs: num, budgetMs: nullable(num), confirm: bool, failOn: oneOf(FAIL_ON), cwd: str }),
  runs: list(
    shape({ id: str, workers: num, iteration: num, phase: oneOf(PHASES), exitCode: nullable(num), signal: nullable(str), timedOut: bool, durationMs: num, reportPaths: list(str), parse: oneOf(PARSE), error: optional(str), tests: num }),
  ),
  tests: list(
    shape({
      id: str, display: optional(str), file: optional(str), line: optional(num), classname: str, name: str, verdict: oneOf(VERDICTS), confidence: oneOf(CONFIDENCE),
      pValue: nullable(num), probParallelWorse: nullable(num), byWorkers, threshold: nullable(num), cluster: nullable(num),
      runsToDecide: optional(num), messages: list(str), causes: list(cause),
    }),
  ),
  clusters: list(shape({ id: num, tests: list(str), runs: list(str) })),
  summary: shape({ parallelOnly: num, flaky: num, broken: num, stable: num, lost: num, skipped: num }),
  gate: shape({ failed: bool, failOn: oneOf(FAIL_ON), reason: str }),
  planner: list(shape({ kind: oneOf(NOTES), text: str })),
  warnings: list(str),
});

/** The report if `data` has the model's shape (schema flakegate/report@1), else ReportFileError. */
export function validateReport(data: unknown): Report {
  const schema = typeof data === 'object' && data !== null ? (data as { schema?: unknown }).schema : undefined;
  if (schema !== 'flakegate/report@1') {
    throw new ReportFileError(`input 'report': not a flakegate report (schema ${JSON.stringify(schema) ?? 'missing'}, expected "flakegate/report@1")`);
  }
  report(data, 'report');
  return withDisplayIds(data as Report);
}

/** Reports written before tests carried `display` (a PR job on an older flakegate): derive it as the run would have. */
function withDisplayIds(r: Report): Report {
  if (r.tests.every((t) => typeof t.display === 'string')) return r;
  const display = displayIds(r.tests);
  return { ...r, tests: r.tests.map((t) => (typeof t.display === 'string' ? t : { ...t, display: display.get(t.id) ?? t.id })) };
}

export async function readReportFile(path: string): Promise<Report> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
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
