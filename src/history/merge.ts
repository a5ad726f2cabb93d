// The stability history: all stored runs folded into one row per test. Pure and order-independent
// (runs are sorted and deduplicated by run id), so runs appended concurrently merge the same way
// whichever arrives first, and nothing a run stored is ever dropped from first-seen / last-seen.
import type { TestId } from '../model.js';
import type { RunTest, StabilityRun, TrackedVerdict } from './run-record.js';

/** Trend window: the rates of a test over the last K runs; also what counts as "known" for new-only gating. */
export const TREND_RUNS = 10;

export interface TrackedTest {
  readonly id: TestId;
  /** Verdict in the last run that flagged it. */
  readonly verdict: TrackedVerdict;
  /** `at` of the first and last run that flagged it. */
  readonly firstSeen: string;
  readonly lastSeen: string;
  readonly firstRunUrl: string | null;
  readonly lastRunUrl: string | null;
  /** Rate per run over the last TREND_RUNS runs since first seen (0 = not flagged in that run). */
  readonly trend: readonly number[];
  /** Flagged in the latest run. */
  readonly active: boolean;
}

export interface History {
  /** Runs, oldest first, one per run id. */
  readonly runs: readonly StabilityRun[];
  /** Active tests first (highest latest rate), then fixed ones (most recently seen first). */
  readonly tests: readonly TrackedTest[];
  /** Flagged in the latest run and in no earlier run. */
  readonly newlyAppeared: readonly TestId[];
  /** Flagged in the run before the latest, not in the latest. */
  readonly newlyFixed: readonly TestId[];
}

export function mergeHistory(stored: readonly StabilityRun[]): History {
  const byId = new Map<string, StabilityRun>();
  for (const run of stored) if (!byId.has(run.runId)) byId.set(run.runId, run);
  const runs = [...byId.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.runId.localeCompare(b.runId));
  const flags = runs.map((r) => new Map<TestId, RunTest>(r.tests.map((t) => [t.id, t])));
  const window = runs.length - TREND_RUNS;
  const rows = new Map<TestId, { verdict: TrackedVerdict; first: number; last: number; trend: number[] }>();
  runs.forEach((_run, i) => {
    for (const [id, t] of flags[i] ?? []) {
      const row = rows.get(id);
      if (row === undefined) rows.set(id, { verdict: t.verdict, first: i, last: i, trend: [] });
      else Object.assign(row, { verdict: t.verdict, last: i });
    }
  });
  for (const [id, row] of rows) {
    for (let i = Math.max(row.first, window); i < runs.length; i++) row.trend.push(flags[i]?.get(id)?.rate ?? 0);
  }
  const latest = runs.length - 1;
  const tests = [...rows.entries()].map(([id, r]): TrackedTest => ({
    id,
    verdict: r.verdict,
    firstSeen: runs[r.first]?.at ?? '',
    lastSeen: runs[r.last]?.at ?? '',
    firstRunUrl: runs[r.first]?.runUrl ?? null,
    lastRunUrl: runs[r.last]?.runUrl ?? null,
    trend: r.trend,
    active: r.last === latest,
  }));
  tests.sort((a, b) => Number(b.active) - Number(a.active) || (b.trend.at(-1) ?? 0) - (a.trend.at(-1) ?? 0) || b.lastSeen.localeCompare(a.lastSeen) || a.id.localeCompare(b.id));
  const newlyAppeared = latest < 0 ? [] : [...rows.entries()].filter(([, r]) => r.first === latest).map(([id]) => id).sort();
  const newlyFixed = latest < 1 ? [] : [...(flags[latest - 1]?.keys() ?? [])].filter((id) => !flags[latest]?.has(id)).sort();
  return { runs, tests, newlyAppeared, newlyFixed };
}

/** Tests flagged in any of the last TREND_RUNS runs: what new-only gating treats as known on the base branch. */
export function knownTests(history: History): Set<TestId> {
  const recent = history.runs.slice(-TREND_RUNS);
  return new Set(recent.flatMap((r) => r.tests.map((t) => t.id)));
}
