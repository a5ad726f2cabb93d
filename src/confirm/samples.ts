import { effectiveOutcome } from '../analyse/build-matrix.js';
import type { Phase, RunResult, TestId } from '../model.js';

/** How one test fared in one run: `null` when it did not run to a result (absent, skipped, lost). */
export type RunOutcome = 'failed' | 'passed' | null;

const outcomeCache = new WeakMap<RunResult, ReadonlyMap<TestId, 'failed' | 'passed'>>();

/** Outcomes by test id; a test reported twice failed if any occurrence failed (a retry hid it). */
export function outcomes(run: RunResult): ReadonlyMap<TestId, 'failed' | 'passed'> {
  const cached = outcomeCache.get(run);
  if (cached) return cached;
  const map = new Map<TestId, 'failed' | 'passed'>();
  for (const c of run.cases) {
    // Retries folded in as the analyse stage folds them: a failed attempt makes the run a failure.
    const outcome = effectiveOutcome(c);
    if (outcome === 'failed' || outcome === 'error') map.set(c.id, 'failed');
    else if (outcome === 'passed' && !map.has(c.id)) map.set(c.id, 'passed');
  }
  outcomeCache.set(run, map);
  return map;
}

export function outcomeOf(run: RunResult, id: TestId): RunOutcome {
  return outcomes(run).get(id) ?? null;
}

/** Test ids that failed in a run, sorted. */
export function failuresIn(run: RunResult): TestId[] {
  return [...outcomes(run)].filter(([, o]) => o === 'failed').map(([id]) => id).sort();
}

/** Whether a run was asked to run the test (full suite, or a subset naming it). */
export function includes(run: RunResult, id: TestId): boolean {
  const subset = run.record.subset;
  return subset === undefined || subset.includes(id);
}

/**
 * Partner-search probes (`confirm-partner`) run a victim with a deliberately partial set of
 * co-runners, so their passes say "not with this half", not "does not fail in parallel": they
 * count in no sample, here or in the analyse stage. Order replays (`confirm-order`) are
 * experiments in a hand-picked order, excluded for the same reason.
 */
export function isProbe(run: RunResult): boolean {
  return run.record.phase === 'confirm-partner' || run.record.phase === 'confirm-order';
}

/** Failures among the runs where the test ran to a result. */
export interface Sample {
  readonly failed: number;
  readonly n: number;
}

/** One arm of the confirmation experiment for one test. */
export interface ArmSample extends Sample {
  /** Runs that included the test, whatever became of it (caps count these, so lost runs end too). */
  readonly attempts: number;
  readonly subsetAttempts: number;
  readonly subsetFailed: number;
  readonly fullAttempts: number;
}

/**
 * The sample of one arm: confirmation runs of `phase` (probes excluded) that included the test,
 * at `workers` when given.
 *
 * Pilot rule for the parallel arm: once any full-suite run exists for the test, only full-suite
 * runs form the sample. The subset runs before it were a pilot that did not reproduce, and the
 * switch to the full suite changed the experiment; the full-suite runs are a fresh sample whose
 * hypotheses were fixed before it was drawn, so dropping the pilot is not cherry-picking.
 */
export function armSample(runs: readonly RunResult[], id: TestId, phase: Phase, workers?: number): ArmSample {
  let attempts = 0;
  let subsetAttempts = 0;
  let subsetFailed = 0;
  let fullAttempts = 0;
  const all = { failed: 0, n: 0 };
  const full = { failed: 0, n: 0 };
  for (const run of runs) {
    const { record } = run;
    if (record.phase !== phase || isProbe(run) || !includes(run, id)) continue;
    if (workers !== undefined && record.workers !== workers) continue;
    attempts++;
    const isFull = record.subset === undefined;
    if (isFull) fullAttempts++;
    else subsetAttempts++;
    const outcome = outcomeOf(run, id);
    if (outcome === null) continue;
    const fail = outcome === 'failed' ? 1 : 0;
    all.failed += fail;
    all.n++;
    if (isFull) {
      full.failed += fail;
      full.n++;
    } else subsetFailed += fail;
  }
  const sample = phase === 'confirm-parallel' && fullAttempts > 0 ? full : all;
  return { ...sample, attempts, subsetAttempts, subsetFailed, fullAttempts };
}

/**
 * The serial arm of a test: its `confirm-serial` runs at `serial`, plus its discovery runs at that
 * count when the test passed every one of them (`discovery` says how many were pooled).
 *
 * Why pooling is sound: the serial side is where a false `parallel-only` would hide (a flaky test
 * that happened to pass alone), and a clean discovery serial run is a real, independent serial
 * execution, not the observation nomination was based on (a test is nominated for failing in
 * *parallel*). The parallel side stays fresh: discovery picked the suspects for their parallel
 * failures, so those counts carry the selection. A test whose discovery serial record has a
 * failure (a `rare-serial` suspect) keeps a fresh-only serial arm: the rare-serial rule asks
 * whether an isolated serial record stays clean *after* that failure (docs/confirmation.md).
 */
export function serialArmSample(runs: readonly RunResult[], id: TestId, serial: number): ArmSample & { readonly discovery: number } {
  const fresh = armSample(runs, id, 'confirm-serial', serial);
  let discovery = 0;
  for (const run of runs) {
    if (run.record.phase !== 'discovery' || run.record.workers !== serial) continue;
    const outcome = outcomeOf(run, id);
    if (outcome === 'failed') return { ...fresh, discovery: 0 };
    if (outcome === 'passed') discovery++;
  }
  return { ...fresh, n: fresh.n + discovery, discovery };
}

/** The serial baseline: the smallest worker count the runs used. */
export function serialWorkers(runs: readonly RunResult[]): number | null {
  let min: number | null = null;
  for (const r of runs) if (min === null || r.record.workers < min) min = r.record.workers;
  return min;
}

/**
 * The worker count of a test's parallel arm: its threshold (smallest parallel count with a
 * discovery failure), else the count most of its parallel confirmation runs used.
 */
export function parallelArmWorkers(runs: readonly RunResult[], id: TestId): number | null {
  const serial = serialWorkers(runs);
  let threshold: number | null = null;
  const confirmCounts = new Map<number, number>();
  for (const run of runs) {
    const w = run.record.workers;
    if (serial === null || w <= serial) continue;
    if (run.record.phase === 'discovery' && outcomeOf(run, id) === 'failed' && (threshold === null || w < threshold)) threshold = w;
    if (run.record.phase === 'confirm-parallel' && outcomeOf(run, id) !== null) {
      confirmCounts.set(w, (confirmCounts.get(w) ?? 0) + 1);
    }
  }
  if (threshold !== null) return threshold;
  const ranked = [...confirmCounts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return ranked[0]?.[0] ?? null;
}
