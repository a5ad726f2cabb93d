import type { RunResult } from '../model.js';
import { eProcess } from '../stats/e-process.js';
import { logThreshold } from '../verdict/index.js';

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

/** n outcomes failing at `rate`, spread evenly: observation k (1-based) fails when floor(k·rate) grows. */
function spread(rate: number, n: number): boolean[] {
  return Array.from({ length: n }, (_, i) => Math.floor((i + 1) * rate) > Math.floor(i * rate));
}

/**
 * Whether the fixed design's counts would meet the `confirmed` rule with the same guarantee. A
 * fixed design nominates nothing: it looks at every test of the suite at once, so alpha is split
 * over `suiteSize` tests, and its iterations are the blocks (one serial and `parallelCounts`
 * parallel observations each). Outcomes are taken as spread evenly over the runs, since the counts
 * do not say in which runs they fell.
 */
export function fixedDesignConfirms(parFailed: number, parN: number, serFailed: number, serN: number, parallelCounts: number, suiteSize: number): boolean {
  if (serN <= 0 || parN <= 0) return false;
  const threshold = logThreshold(suiteSize);
  const process = eProcess({
    serial: spread(serFailed / serN, serN),
    parallel: spread(parFailed / parN, parN),
    serialPerBlock: 1,
    parallelPerBlock: parallelCounts,
    prior: { serial: { failed: 0, n: 0 }, parallel: { failed: 0, n: 0 } },
    logThreshold: threshold,
  });
  return process.crossedAt !== null;
}

/**
 * Iterations the fixed design needs before a test failing at `parRate` in parallel and `serRate`
 * serially meets `fixedDesignConfirms`; null when not within `cap`.
 */
export function iterationsToConfirm(parRate: number, serRate: number, parallelCounts: number, suiteSize: number, cap = 200): number | null {
  for (let n = 1; n <= cap; n++) {
    const parN = n * parallelCounts;
    if (fixedDesignConfirms(Math.round(parRate * parN), parN, Math.round(serRate * n), n, parallelCounts, suiteSize)) return n;
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
