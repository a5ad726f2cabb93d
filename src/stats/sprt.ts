/** What a sequential test says after the runs so far. */
export type SprtDecision = 'accept-h0' | 'accept-h1' | 'continue';

export interface SprtInput {
  readonly failures: number;
  readonly n: number;
  /** Failure rate under H0 (e.g. "no worse than serial"). */
  readonly p0: number;
  /** Failure rate under H1 (e.g. "fails in parallel at this rate"); p1 > p0. */
  readonly p1: number;
  /** Type I error (accepting H1 when H0 holds); default 0.05. */
  readonly alpha?: number;
  /** Type II error (accepting H0 when H1 holds); default 0.1. */
  readonly beta?: number;
}

/**
 * Wald's sequential probability ratio test for one Bernoulli arm (Wald 1945): the log-likelihood
 * ratio k·ln(p1/p0) + (n−k)·ln((1−p1)/(1−p0)) is compared with ln((1−β)/α) (accept H1) and
 * ln(β/(1−α)) (accept H0). Lets the planner stop confirmation reruns as soon as they decide.
 */
export function sprt({ failures, n, p0, p1, alpha = 0.05, beta = 0.1 }: SprtInput): SprtDecision {
  if (!(p0 >= 0 && p1 <= 1 && p0 < p1)) throw new RangeError(`sprt needs 0 <= p0 < p1 <= 1, got p0=${p0} p1=${p1}`);
  const passes = n - failures;
  const llr = term(failures, p1, p0) + term(passes, 1 - p1, 1 - p0);
  if (llr >= Math.log((1 - beta) / alpha)) return 'accept-h1';
  if (llr <= Math.log(beta / (1 - alpha))) return 'accept-h0';
  return 'continue';
}

/** count × ln(num/den), with 0 × anything = 0 so p0 = 0 or p1 = 1 stay well defined. */
function term(count: number, num: number, den: number): number {
  if (count === 0) return 0;
  if (den === 0) return Infinity;
  if (num === 0) return -Infinity;
  return count * Math.log(num / den);
}
