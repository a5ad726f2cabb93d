// Small, pure formatting shared by the markdown, comment and annotation renderers: one place
// decides how a rate, an interval and a verdict read, and in what order findings appear.
import { reaches } from '../analyse/gate.js';
import type { Report, TestAnalysis, Verdict, WorkerStats } from '../model.js';

/** Verdicts worth reporting, in the order a reader should see them. */
export const FINDING_VERDICTS: readonly Verdict[] = ['parallel-only', 'flaky', 'broken', 'lost'];

const VERDICT_RANK: Readonly<Record<Verdict, number>> = { 'parallel-only': 0, flaky: 1, broken: 2, lost: 3, skipped: 4, stable: 5 };
const CONFIDENCE_RANK = { confirmed: 0, likely: 1, insufficient: 2 } as const;

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  'parallel-only': 'parallel-only',
  flaky: 'flaky',
  broken: 'broken',
  lost: 'lost',
  skipped: 'skipped',
  stable: 'stable',
};

/** What each verdict means, in words (annotation titles, legends). */
export const VERDICT_MEANING: Readonly<Record<Verdict, string>> = {
  'parallel-only': 'fails only when run in parallel',
  flaky: 'fails intermittently, also serially',
  broken: 'fails in every run',
  lost: 'went missing when its run or worker died',
  skipped: 'was skipped',
  stable: 'passed everywhere',
};

/** Worker counts of the report, ascending, as the string keys of `byWorkers`. */
export function workerKeys(report: Report): string[] {
  const keys = new Set<string>(report.config.workers.map(String));
  for (const t of report.tests) for (const k of Object.keys(t.byWorkers)) keys.add(k);
  return [...keys].sort((a, b) => Number(a) - Number(b));
}

/** Failure rate over runs where the test ran (passed + failed); null when it never ran. */
export function failureRate(s: WorkerStats): number | null {
  const ran = s.passed + s.failed;
  return ran === 0 ? null : s.failed / ran;
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** `2/5 (40%)`, plus lost runs when there were any; `–` when the test never ran there. */
export function formatRate(s: WorkerStats | undefined): string {
  if (s === undefined) return '–';
  const rate = failureRate(s);
  const lost = s.lost > 0 ? `, ${s.lost} lost` : '';
  if (rate === null) return s.lost > 0 ? `${s.lost} lost` : '–';
  return `${s.failed}/${s.passed + s.failed} (${percent(rate)}${lost})`;
}

/** Wilson 95% interval as `12–77%`. */
export function formatInterval(s: WorkerStats | undefined): string {
  if (s === undefined || s.passed + s.failed === 0) return '–';
  return `${Math.round(s.rateLow * 100)}–${Math.round(s.rateHigh * 100)}%`;
}

export function formatP(p: number | null): string {
  if (p === null) return '–';
  if (p < 0.001) return '< 0.001';
  return p.toFixed(3);
}

/** Highest failure rate over all worker counts (for ordering and the chart). */
export function peakRate(t: TestAnalysis): number {
  let best = 0;
  for (const s of Object.values(t.byWorkers)) best = Math.max(best, failureRate(s) ?? 0);
  return best;
}

/** The tests worth reporting, deterministically ordered: verdict, confidence, peak rate, id. */
export function findings(report: Report): TestAnalysis[] {
  return report.tests.filter((t) => FINDING_VERDICTS.includes(t.verdict)).sort(compareFindings);
}

export function compareFindings(a: TestAnalysis, b: TestAnalysis): number {
  return (
    VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict] ||
    CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
    peakRate(b) - peakRate(a) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Whether this test is one the gate failed on. A parallel-only test counts only at the gate's
 * tier (`failOnConfidence`; reports made before it existed failed at `likely`).
 */
export function failsGate(report: Report, t: TestAnalysis): boolean {
  if (!report.gate.failed || t.quarantined !== undefined) return false;
  const parallelOnly = t.verdict === 'parallel-only' && reaches(t, report.gate.failOnConfidence ?? 'likely');
  if (report.gate.failOn === 'parallel-only') return parallelOnly;
  if (report.gate.failOn === 'new-parallel-only') return parallelOnly && !(report.gate.known ?? []).includes(t.id);
  if (report.gate.failOn === 'flaky') return parallelOnly || t.verdict === 'flaky';
  return false;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
