import { logChoose } from './log-gamma.js';

/**
 * One-sided upper bound of a failure rate at level 1 - `miss` (default 95%): the exact
 * Clopper-Pearson bound (Clopper & Pearson 1934), the u with P(X <= failures | n, u) = miss, i.e.
 * R's `qbeta(1 - miss, failures + 1, n - failures)`. Exact rather than Wilson because its callers
 * act on it (a fallback, a futility stop, the lower end of a rate via n - failures), so it should
 * keep its coverage, which CP guarantees and Wilson only gives on average. At 0 failures it is the
 * closed form 1 − miss^(1/n) (≈ 3/n at 95%, the "rule of three"). n = 0 bounds nothing: 1.
 */
export function upperBound(failures: number, n: number, miss = 0.05): number {
  if (n <= 0 || failures >= n) return 1;
  if (failures <= 0) return 1 - Math.pow(miss, 1 / n);
  // Bisection on the binomial CDF, which falls monotonically in u; 60 halvings reach 1e-18.
  let low = failures / n;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (binomialCdf(failures, n, mid) > miss) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** P(X <= k) for X ~ Binomial(n, p), summed from log-space terms. */
function binomialCdf(k: number, n: number, p: number): number {
  const logP = Math.log(p);
  const logQ = Math.log1p(-p);
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(logChoose(n, i) + i * logP + (n - i) * logQ);
  return sum;
}
