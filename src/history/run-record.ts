// One stability run as data: what a scheduled run saw, small enough to live in one issue comment.
// Pure: built from a Report, written to and read from a comment's visible JSON block.
import type { Report, TestAnalysis, TestId } from '../model.js';
import { safeUrl } from '../report/markdown.js';
import { codeSpan } from '../report/sanitize.js';

export const RUN_MARKER = '<!-- flakegate:stability-run -->';
const SCHEMA = 'flakegate/stability-run@1';
/** Per run, at most this many tracked tests are stored (the worst first); keeps a comment far below 65,536 chars. */
export const MAX_TESTS_PER_RUN = 150;
/** Test ids longer than this are cut (an id is a key, not a message). */
const MAX_ID_CHARS = 300;

export type TrackedVerdict = 'parallel-only' | 'flaky';

export interface RunTest {
  readonly id: TestId;
  readonly verdict: TrackedVerdict;
  /** Failure rate where the verdict shows: parallel arms for parallel-only, all runs for flaky. 0..1, 2 decimals. */
  readonly rate: number;
}

export interface StabilityRun {
  /** GITHUB_RUN_ID (with attempt), unique per run: merging twice never counts a run twice. */
  readonly runId: string;
  readonly runUrl: string | null;
  /** ISO timestamp of the run; orders runs. */
  readonly at: string;
  readonly sha: string | null;
  /** How many tests the run saw in total. */
  readonly testsSeen: number;
  readonly tests: readonly RunTest[];
}

export interface RunMeta {
  readonly runId: string;
  readonly runUrl: string | null;
  readonly at: string;
  readonly sha: string | null;
}

export function runFromReport(report: Report, meta: RunMeta): StabilityRun {
  const minWorkers = Math.min(...report.config.workers);
  const tracked = report.tests
    .filter((t): t is TestAnalysis & { verdict: TrackedVerdict } => t.verdict === 'parallel-only' || t.verdict === 'flaky')
    .map((t) => ({ id: t.id.slice(0, MAX_ID_CHARS), verdict: t.verdict, rate: rateOf(t, t.verdict === 'parallel-only' ? minWorkers : 0) }))
    .sort((a, b) => b.rate - a.rate || a.id.localeCompare(b.id))
    .slice(0, MAX_TESTS_PER_RUN);
  return { ...meta, testsSeen: report.tests.length, tests: tracked };
}

/** Failures over runs where the test ran (passed + failed), at worker counts above `above`. */
function rateOf(t: TestAnalysis, above: number): number {
  let failed = 0;
  let ran = 0;
  for (const [workers, s] of Object.entries(t.byWorkers)) {
    if (Number(workers) <= above) continue;
    failed += s.failed;
    ran += s.passed + s.failed;
  }
  return ran === 0 ? 0 : Math.round((failed / ran) * 100) / 100;
}

/** The comment a run appends to the tracking issue: a line for humans, then the data (visible and editable). */
export function renderRunComment(run: StabilityRun): string {
  // Backticks as \u0060 (still valid JSON) so no test id can close the code fence.
  const json = JSON.stringify({ schema: SCHEMA, ...run }, null, 1).replace(/`/g, '\\u0060');
  const label = `run ${codeSpan(run.runId, { max: 40 })}`;
  const link = run.runUrl === null ? label : `[${label}](${safeUrl(run.runUrl)})`;
  return [
    RUN_MARKER,
    `flakegate stability ${link} at ${run.at}: ${run.tests.length} of ${run.testsSeen} tests parallel-only or flaky.`,
    '',
    '<details><summary>data (flakegate reads this block; edit with care)</summary>',
    '',
    '```json',
    json,
    '```',
    '</details>',
    '',
  ].join('\n');
}

/** The run stored in a comment, or null when the comment is not one of ours or its data is unusable. */
export function parseRunComment(body: string): StabilityRun | null {
  if (!body.includes(RUN_MARKER)) return null;
  const m = /```json\n([\s\S]*?)\n```/.exec(body);
  if (m === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(m[1] ?? '');
  } catch {
    return null;
  }
  return validRun(data);
}

function validRun(data: unknown): StabilityRun | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d['schema'] !== SCHEMA || typeof d['runId'] !== 'string' || typeof d['at'] !== 'string' || Number.isNaN(Date.parse(d['at']))) return null;
  if (!Array.isArray(d['tests'])) return null;
  const tests: RunTest[] = [];
  for (const t of d['tests'].slice(0, MAX_TESTS_PER_RUN) as unknown[]) {
    const r = (t ?? {}) as Record<string, unknown>;
    if (typeof r['id'] !== 'string' || (r['verdict'] !== 'parallel-only' && r['verdict'] !== 'flaky')) continue;
    const rate = typeof r['rate'] === 'number' && r['rate'] >= 0 && r['rate'] <= 1 ? r['rate'] : 0;
    tests.push({ id: r['id'].slice(0, MAX_ID_CHARS), verdict: r['verdict'], rate });
  }
  return {
    runId: d['runId'],
    runUrl: typeof d['runUrl'] === 'string' && /^https?:\/\//.test(d['runUrl']) ? d['runUrl'] : null,
    at: d['at'],
    sha: typeof d['sha'] === 'string' ? d['sha'] : null,
    testsSeen: typeof d['testsSeen'] === 'number' ? d['testsSeen'] : tests.length,
    tests,
  };
}
