import { fisherOneSided } from './fisher.js';
import { upper95 } from './upper-bound.js';

/** DESIGN "Verdicts and statistics": the significance level of the one-sided Fisher test. */
export const FISHER_ALPHA = 0.05;
/** DESIGN: serial's 95% upper bound must be below a third of the parallel failure rate. */
export const SERIAL_BOUND_FACTOR = 3;
/** DESIGN: `likely` when P(p_par > p_ser) reaches this. */
export const LIKELY_PROBABILITY = 0.95;

/**
 * The `confirmed` rule for "parallel fails more than serial": significant (Fisher p < 0.05) and
 * large (serial is provably at most a third as bad). Both are needed: with many runs a tiny
 * difference becomes significant; with a clean serial record a single parallel failure is not.
 */
export function meetsConfirmed(parFail: number, parN: number, serFail: number, serN: number): boolean {
  if (parN <= 0 || serN <= 0 || parFail <= 0) return false;
  return (
    fisherOneSided(parFail, parN, serFail, serN) < FISHER_ALPHA &&
    upper95(serFail, serN) < parFail / parN / SERIAL_BOUND_FACTOR
  );
}
