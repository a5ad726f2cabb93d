import { logChoose } from './log-gamma.js';

/**
 * One-sided 95% upper bound of a failure rate: the exact Clopper-Pearson bound (Clopper & Pearson
 * 1934), the u with P(X <= failures | n, u) = 0.05, i.e. R's `qbeta(0.95, failures + 1, n - failures)`.
 *
 * Why Clopper-Pearson and not Wilson: the bound decides `confirmed` ("serial is clean"), so it
 * should guarantee its coverage; CP does, Wilson only on average. At 0 failures it is the closed
 * form 1 − 0.05^(1/n) (≈ 3/n, the "rule of three"). n = 0 bounds nothing: 1.
 */
export function upper95(failures: number, n: number): number {
  if (n <= 0 || failures >= n) return 1;
  if (failures <= 0) return 1 - Math.pow(0.05, 1 / n);
  // Bisection on the binomial CDF, which falls monotonically in u; 60 halvings reach 1e-18.
  let low = failures / n;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (binomialCdf(failures, n, mid) > 0.05) low = mid;
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
