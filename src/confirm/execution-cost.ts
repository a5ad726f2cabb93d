import { meetsConfirmed } from '../analyse/stats.js';
import type { RunResult } from '../model.js';

/** Test executions of some runs: every test case that ran to a result (skipped and lost excluded). */
export function testExecutions(runs: readonly RunResult[]): number {
  let n = 0;
  for (const run of runs) for (const c of run.cases) if (c.outcome !== 'skipped' && c.outcome !== 'lost') n++;
  return n;
}

/** The fixed design "N full-suite iterations at every worker count": suite × counts × N. */
export function fixedDesignExecutions(suiteSize: number, workerCounts: number, iterations: number): number {
  return suiteSize * workerCounts * iterations;
}

/**
 * Iterations the fixed design needs before a test failing at `parRate` in parallel and `serRate`
 * serially meets the `confirmed` rule, with the expected counts (rate × runs, rounded) and all
 * parallel counts pooled (favourable to the fixed design: the classifier may not pool them).
 * null when not reached within `cap`.
 */
export function iterationsToConfirm(parRate: number, serRate: number, parallelCounts: number, cap = 200): number | null {
  for (let n = 1; n <= cap; n++) {
    const parN = n * parallelCounts;
    if (meetsConfirmed(Math.round(parRate * parN), parN, Math.round(serRate * n), n)) return n;
  }
  return null;
}

export interface CostComparison {
  /** Test executions of the adaptive design (discovery + confirmation; probes optional). */
  readonly adaptive: number;
  /** Test executions of the fixed design at `fixedIterations`. */
  readonly fixed: number;
  readonly fixedIterations: number;
  /** adaptive / fixed: below 1 = the adaptive design is cheaper. */
  readonly ratio: number;
}

/**
 * Compares the executions of an adaptive session with the fixed design that reaches the same
 * `confirmed` verdict: `fixedIterations` should come from `iterationsToConfirm` for the test
 * rates the session had to decide (or the benchmark's own ground truth).
 */
export function compareWithFixedDesign(adaptiveRuns: readonly RunResult[], suiteSize: number, workerCounts: number, fixedIterations: number): CostComparison {
  const adaptive = testExecutions(adaptiveRuns);
  const fixed = fixedDesignExecutions(suiteSize, workerCounts, fixedIterations);
  return { adaptive, fixed, fixedIterations, ratio: fixed === 0 ? Infinity : adaptive / fixed };
}
