import { logBeta } from './log-gamma.js';

/**
 * Bayesian P(p_parallel > p_serial) with independent Jeffreys Beta(½, ½) priors, so the posteriors
 * are Beta(parFail + ½, parN − parFail + ½) and Beta(serFail + ½, serN − serFail + ½).
 *
 * Exact, no numeric integration: J. D. Cook, "Exact calculation of beta inequalities" (2005),
 * gives recurrences for g(a, b, c, d) = P(X > Y), X ~ Beta(a, b), Y ~ Beta(c, d):
 *   g(a+1, b, c, d) = g + h/a    g(a, b+1, c, d) = g − h/b
 *   g(a, b, c+1, d) = g − h/c    g(a, b, c, d+1) = g + h/d
 * with h = B(a + c, b + d) / (B(a, b) B(c, d)). They follow from I_x(a+1, b) = I_x(a, b) −
 * x^a (1−x)^b / (a B(a, b)). Start at g(½, ½, ½, ½) = ½ (symmetry) and walk up one run at a time:
 * O(parN + serN) steps, each a true probability difference, so the error stays near 1e-15.
 */
export function probGreater(parFail: number, parN: number, serFail: number, serN: number): number {
  let a = 0.5;
  let b = 0.5;
  let c = 0.5;
  let d = 0.5;
  let g = 0.5;
  const h = (): number => Math.exp(logBeta(a + c, b + d) - logBeta(a, b) - logBeta(c, d));
  for (let i = 0; i < parFail; i++, a++) g += h() / a;
  for (let i = 0; i < parN - parFail; i++, b++) g -= h() / b;
  for (let i = 0; i < serFail; i++, c++) g -= h() / c;
  for (let i = 0; i < serN - serFail; i++, d++) g += h() / d;
  return Math.min(1, Math.max(0, g));
}
