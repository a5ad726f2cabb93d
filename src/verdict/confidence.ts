import type { Confidence, Verdict } from '../model.js';
import { ran, type Tally } from './verdict.js';

export interface ConfidenceResult {
  readonly confidence: Confidence;
  readonly runsToDecide?: number;
}

/** Runs per arm after which an all-pass (`stable`) or all-fail (`broken`) record is `confirmed`. */
export const MIN_RUNS_PER_ARM = 3;

/**
 * How sure a verdict other than `parallel-only` is (that one is `judgeParallelOnly`'s): these are
 * observations, not estimates, so no statistic is needed.
 * - `flaky`: `confirmed` with two or more serial failures, `likely` with one (one could be a
 *   machine hiccup).
 * - `lost`: likewise, `confirmed` when lost in two or more runs, `likely` once.
 * - `stable` / `broken`: `confirmed` when it ran at least 3 times in each arm (serial, parallel),
 *   `likely` with at least one run in each, else `insufficient` with the runs still missing.
 *   An arm the run set does not have (single worker count) is not required.
 * - `skipped`: `confirmed`; it is what the suite reported.
 */
export function observedConfidence(verdict: Exclude<Verdict, 'parallel-only'>, t: Tally, hasParallel: boolean): ConfidenceResult {
  switch (verdict) {
    case 'flaky':
      return { confidence: t.serial.failed >= 2 ? 'confirmed' : 'likely' };
    case 'lost':
      return { confidence: t.serial.lost + t.parallel.lost >= 2 ? 'confirmed' : 'likely' };
    case 'stable':
    case 'broken':
      return observationConfidence(ran(t.serial), hasParallel ? ran(t.parallel) : Infinity);
    case 'skipped':
      return { confidence: 'confirmed' };
  }
}

function observationConfidence(serial: number, parallel: number): ConfidenceResult {
  const fewest = Math.min(serial, parallel);
  if (fewest >= MIN_RUNS_PER_ARM) return { confidence: 'confirmed' };
  if (fewest >= 1) return { confidence: 'likely' };
  return { confidence: 'insufficient', runsToDecide: MIN_RUNS_PER_ARM };
}
