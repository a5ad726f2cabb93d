/** A two-sided confidence interval for a proportion. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * Wilson score interval for failures/n (Wilson 1927; Agresti & Coull 1998 recommend it over the
 * Wald interval for small n and rates near 0 or 1, which is exactly our regime). z = 1.96 is 95%.
 * n = 0 says nothing: [0, 1].
 */
export function wilson(failures: number, n: number, z = 1.96): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = failures / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // The ends are exact at 0 and n; clamping also removes 1e-17 rounding noise.
  return {
    low: failures <= 0 ? 0 : Math.max(0, centre - half),
    high: failures >= n ? 1 : Math.min(1, centre + half),
  };
}
