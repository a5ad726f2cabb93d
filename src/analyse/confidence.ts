import type { Confidence, Verdict } from '../model.js';
import { LIKELY_PROBABILITY, meetsConfirmed } from './confirm-rule.js';
import { runsToDecide } from './runs-to-decide.js';
import { ran, type Tally } from './tally.js';

export interface ConfidenceResult {
  readonly confidence: Confidence;
  /** Only for `insufficient`, and only when some number of runs would decide it. */
  readonly runsToDecide?: number;
}

/** Runs per arm after which an all-pass (`stable`) or all-fail (`broken`) record is `confirmed`. */
export const MIN_RUNS_PER_ARM = 3;

/**
 * How sure the verdict is.
 * - `parallel-only`: the DESIGN rule. `confirmed` = Fisher p < 0.05 and serial's 95% upper bound
 *   below a third of the parallel rate; `likely` = P(p_par > p_ser) >= 0.95; else `insufficient`
 *   with the estimated extra runs per arm. This is the tier of the tally; `classify` uses the
 *   confirmation sample's tier instead when there is one, and caps this one at `likely`.
 * - `flaky`: a serial failure is an observation, not an estimate, so never `insufficient`:
 *   `confirmed` with two or more serial failures, `likely` with one (one could be a machine hiccup).
 * - `lost`: likewise, `confirmed` when lost in two or more runs, `likely` once.
 * - `stable` / `broken`: `confirmed` when it ran at least 3 times in each arm (serial, parallel),
 *   `likely` with at least one run in each, else `insufficient` with the runs still missing.
 *   An arm the run set does not have (single worker count) is not required.
 * - `skipped`: `confirmed`; it is what the suite reported.
 */
export function confidenceOf(
  verdict: Verdict,
  t: Tally,
  hasParallel: boolean,
  probParallelWorse: number | null,
): ConfidenceResult {
  switch (verdict) {
    case 'parallel-only':
      return parallelOnlyConfidence(t, probParallelWorse);
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

function parallelOnlyConfidence(t: Tally, probParallelWorse: number | null): ConfidenceResult {
  const parN = ran(t.parallel);
  const serN = ran(t.serial);
  if (meetsConfirmed(t.parallel.failed, parN, t.serial.failed, serN)) return { confidence: 'confirmed' };
  if (probParallelWorse !== null && probParallelWorse >= LIKELY_PROBABILITY) return { confidence: 'likely' };
  const more = runsToDecide(t.parallel.failed, parN, t.serial.failed, serN);
  return more === null ? { confidence: 'insufficient' } : { confidence: 'insufficient', runsToDecide: more };
}

function observationConfidence(serial: number, parallel: number): ConfidenceResult {
  const fewest = Math.min(serial, parallel);
  if (fewest >= MIN_RUNS_PER_ARM) return { confidence: 'confirmed' };
  if (fewest >= 1) return { confidence: 'likely' };
  return { confidence: 'insufficient', runsToDecide: MIN_RUNS_PER_ARM };
}
