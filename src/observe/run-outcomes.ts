import type { RunResult, TestCase, TestId } from '../model.js';
import { effectiveOutcome, outcomeRank } from './outcome.js';

/** How one test fared in one run: `null` when it did not run to a result (absent, skipped, lost). */
export type RunOutcome = 'failed' | 'passed' | null;

const FAILED = outcomeRank('failed');
const PASSED = outcomeRank('passed');

/**
 * THE outcome of a test in a run, from its cases there: duplicates of an id combine to the worst
 * effective outcome (a failure, a teardown error and a retry all count as failed); a test that was
 * only skipped or lost in the run has none. Every lookup below, and explain's run index, is this.
 */
export function outcomeOfCases(cases: readonly TestCase[]): RunOutcome {
  let worst = -1;
  for (const c of cases) worst = Math.max(worst, outcomeRank(effectiveOutcome(c)));
  return worst >= FAILED ? 'failed' : worst === PASSED ? 'passed' : null;
}

const cache = new WeakMap<RunResult, ReadonlyMap<TestId, 'failed' | 'passed'>>();

/** Each test's outcome in one run (`outcomeOfCases`), for the tests that ran to a result; cached per run. */
export function runOutcomes(run: RunResult): ReadonlyMap<TestId, 'failed' | 'passed'> {
  const cached = cache.get(run);
  if (cached) return cached;
  const map = outcomesAmong(run, null);
  cache.set(run, map);
  return map;
}

/** `runOutcomes` of only the tests in `ids` (null: every test), not cached: for a few tests of a large suite. */
export function outcomesAmong(run: RunResult, ids: ReadonlySet<TestId> | null): Map<TestId, 'failed' | 'passed'> {
  const worst = new Map<TestId, number>();
  for (const c of run.cases) {
    if (ids !== null && !ids.has(c.id)) continue;
    const rank = outcomeRank(effectiveOutcome(c));
    if (rank > (worst.get(c.id) ?? -1)) worst.set(c.id, rank);
  }
  const map = new Map<TestId, 'failed' | 'passed'>();
  for (const [id, rank] of worst) {
    if (rank >= FAILED) map.set(id, 'failed');
    else if (rank === PASSED) map.set(id, 'passed');
  }
  return map;
}

export function outcomeOf(run: RunResult, id: TestId): RunOutcome {
  return runOutcomes(run).get(id) ?? null;
}

/** Test ids that failed in a run, sorted. */
export function failuresIn(run: RunResult): TestId[] {
  return [...runOutcomes(run)].filter(([, o]) => o === 'failed').map(([id]) => id).sort();
}

/** Whether a run was asked to run the test (full suite, or a subset naming it). */
export function includes(run: RunResult, id: TestId): boolean {
  const subset = run.record.subset;
  return subset === undefined || subset.includes(id);
}
