import { logChoose } from './log-gamma.js';

/**
 * One-sided Fisher exact test: the P-value that parallel fails more often than serial.
 *
 * Conditional on the table's margins, the number of parallel failures X is hypergeometric
 * (N = parN + serN runs, K = all failures, parN draws); p = P(X >= parFail), i.e. R's
 * `fisher.test(matrix(c(parFail, parN - parFail, serFail, serN - serFail), 2), alternative = "greater")`.
 * Terms are summed from log-space so thousands of runs neither overflow nor lose precision.
 * An empty arm carries no evidence: p = 1.
 */
export function fisherOneSided(parFail: number, parN: number, serFail: number, serN: number): number {
  if (parN <= 0 || serN <= 0) return 1;
  const n = parN + serN;
  const k = parFail + serFail;
  const logTotal = logChoose(n, parN);
  const last = Math.min(k, parN);
  let p = 0;
  for (let x = parFail; x <= last; x++) {
    p += Math.exp(logChoose(k, x) + logChoose(n - k, parN - x) - logTotal);
  }
  return Math.min(1, p);
}
