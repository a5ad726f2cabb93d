import { meetsConfirmed } from './confirm-rule.js';

/** Beyond this many extra runs per arm we say "not decidable at this rate" instead of a number. */
export const RUNS_TO_DECIDE_CAP = 200;

/**
 * Estimated extra runs per arm (serial and parallel each) until `confirmed` would hold if the
 * observed failure rates stay as they are: projected failures are round(rate × (n + m)), searched
 * upward from m = 1. null when the criterion cannot be met within `cap` (e.g. parallel never
 * failed, or serial fails too often for the "a third of parallel" bound).
 */
export function runsToDecide(
  parFail: number,
  parN: number,
  serFail: number,
  serN: number,
  cap: number = RUNS_TO_DECIDE_CAP,
): number | null {
  if (parFail <= 0 || parN <= 0) return null;
  const parRate = parFail / parN;
  // With no serial runs yet the best guess is that serial is clean; the search then tells how
  // many runs it takes to show it.
  const serRate = serN > 0 ? serFail / serN : 0;
  if (serRate >= parRate / 3) return null;
  for (let m = 1; m <= cap; m++) {
    const p = parN + m;
    const s = serN + m;
    if (meetsConfirmed(Math.round(parRate * p), p, Math.round(serRate * s), s)) return m;
  }
  return null;
}
