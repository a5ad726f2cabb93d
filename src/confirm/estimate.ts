import type { RunResult, TestId } from '../model.js';

/** What the runs so far say about how long a run takes. */
export interface DurationModel {
  /** Start-up and tear-down of one run, whatever it runs (interpreter, collection, reports). */
  readonly overheadMs: number;
  /** Mean duration of each test seen. */
  readonly testMs: ReadonlyMap<TestId, number>;
  /** For tests never timed: the median of the known ones. */
  readonly defaultTestMs: number;
  /** Mean wall time of full-suite runs by worker count. */
  readonly fullSuiteMs: ReadonlyMap<number, number>;
  readonly suiteTestMs: number;
}

/**
 * Fits the duration model. Overhead: a run's wall time minus the time its tests account for
 * (sum of test durations over the workers that shared them), median over the runs. Serial runs
 * are preferred because their tests' time is exact; in parallel runs imperfect load balance
 * would be counted as overhead, which over-estimates (the safe side for a budget).
 */
export function durationModel(runs: readonly RunResult[]): DurationModel {
  const sums = new Map<TestId, { total: number; n: number }>();
  const residuals: { workers: number; ms: number }[] = [];
  const full = new Map<number, { total: number; n: number }>();
  for (const run of runs) {
    let sum = 0;
    let timed = 0;
    for (const c of run.cases) {
      if (c.durationMs === undefined || c.durationMs < 0) continue;
      sum += c.durationMs;
      timed++;
      const s = sums.get(c.id) ?? { total: 0, n: 0 };
      s.total += c.durationMs;
      s.n++;
      sums.set(c.id, s);
    }
    const lanes = Math.max(1, Math.min(run.record.workers, timed));
    if (timed > 0) residuals.push({ workers: run.record.workers, ms: Math.max(0, run.record.durationMs - sum / lanes) });
    if (run.record.subset === undefined) {
      const f = full.get(run.record.workers) ?? { total: 0, n: 0 };
      f.total += run.record.durationMs;
      f.n++;
      full.set(run.record.workers, f);
    }
  }
  const testMs = new Map([...sums].map(([id, s]) => [id, s.total / s.n] as const));
  const minWorkers = Math.min(...residuals.map((r) => r.workers));
  const serialResiduals = residuals.filter((r) => r.workers === minWorkers);
  return {
    overheadMs: median(serialResiduals.map((r) => r.ms)),
    testMs,
    defaultTestMs: median([...testMs.values()]),
    fullSuiteMs: new Map([...full].map(([w, f]) => [w, f.total / f.n] as const)),
    suiteTestMs: [...testMs.values()].reduce((a, b) => a + b, 0),
  };
}

/**
 * Estimated wall time of a run of `tests` (absent = full suite) at `workers`. A lower bound for
 * subsets (scheduling is rarely perfect), which is why the budget rule also re-plans after every
 * batch with the time actually left.
 */
export function estimateRunMs(model: DurationModel, spec: { readonly workers: number; readonly tests?: readonly TestId[] }): number {
  if (spec.tests === undefined) {
    const seen = model.fullSuiteMs.get(spec.workers);
    if (seen !== undefined) return seen;
    // Not run at this count yet: scale the test time over the workers, plus start-up.
    return model.overheadMs + model.suiteTestMs / Math.max(1, spec.workers);
  }
  const lanes = Math.max(1, Math.min(spec.workers, spec.tests.length));
  const durations = spec.tests.map((id) => model.testMs.get(id) ?? model.defaultTestMs);
  const testTime = durations.reduce((sum, ms) => sum + ms, 0);
  // Perfect sharing over the lanes, but never shorter than the longest test (a makespan bound).
  return model.overheadMs + Math.max(testTime / lanes, ...durations);
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
