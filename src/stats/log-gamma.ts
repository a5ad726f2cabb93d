// Log-space gamma helpers so exact tests (Fisher, binomial, beta) work for large n without
// overflowing factorials.

// Lanczos approximation, g = 7, n = 9 (coefficients as published by Paul Godfrey and used in
// Numerical Recipes 3rd ed. §6.1 / Wikipedia "Lanczos approximation"): ~15 significant digits.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
] as const;
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Infinity at x <= 0, where no caller of ours needs it). */
export function logGamma(x: number): number {
  if (x <= 0) return Infinity;
  // Reflection keeps the series in its accurate range: Γ(x)Γ(1-x) = π / sin(πx).
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] ?? 0) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

// Integer log-factorials are hit constantly (every Fisher term), so the common range is tabled.
const FACTORIAL_TABLE_SIZE = 2048;
const logFactorials = new Float64Array(FACTORIAL_TABLE_SIZE);
for (let i = 2; i < FACTORIAL_TABLE_SIZE; i++) logFactorials[i] = (logFactorials[i - 1] ?? 0) + Math.log(i);

/** ln n! for integer n >= 0. */
export function logFactorial(n: number): number {
  return n < FACTORIAL_TABLE_SIZE ? (logFactorials[n] ?? 0) : logGamma(n + 1);
}

/** ln C(n, k) for integers 0 <= k <= n (−Infinity outside, i.e. a zero count). */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return -Infinity;
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
