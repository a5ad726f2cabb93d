/**
 * The e-value of one block of a two-sample Bernoulli comparison (Turner, Ly & Grünwald 2024,
 * "Generic E-variables for exact sequential k-sample tests that allow for optional stopping"):
 * a block holds `serialN` serial and `parallelN` parallel observations, and the alternative is
 * "serial fails at rate a, parallel at rate b" (a <= b). The null distribution in the denominator
 * is every observation failing at the block's mean alternative rate m = (serialN·a + parallelN·b) / N.
 *
 *   e = a^sf (1-a)^(sn-sf) · b^pf (1-b)^(pn-pf) / (m^(sf+pf) (1-m)^(N-sf-pf))
 *
 * Why it is an e-value for the whole composite null "parallel does not fail more than serial":
 * under a common rate θ for every observation of the block, E[e] = g_a(θ)^sn · g_b(θ)^pn with
 * g_c(θ) = (1-θ)(1-c)/(1-m) + θc/m. By the weighted AM-GM inequality this is at most
 * ((sn·g_a(θ) + pn·g_b(θ)) / N)^N, and that mean is exactly (1-θ)(1-m)/(1-m) + θm/m = 1. With
 * a <= m <= b, g_a falls and g_b rises in θ, so serial observations at a rate θs >= θp of the
 * parallel ones give E[e] <= g_a(θp)^sn g_b(θp)^pn <= 1 as well: the null may be one-sided.
 * When the alternative does not lean parallel (a > b) no bet is placed: e = 1.
 */
export function blockLogE(sf: number, sn: number, pf: number, pn: number, a: number, b: number): number {
  if (!(a < b) || sn + pn === 0) return 0;
  const m = (sn * a + pn * b) / (sn + pn);
  return (
    term(sf, a, m) + term(sn - sf, 1 - a, 1 - m) + term(pf, b, m) + term(pn - pf, 1 - b, 1 - m)
  );
}

/**
 * Expected log e-value of a block when the rates really are a (serial) and b (parallel) and the
 * block bets on them: sn·KL(a || m) + pn·KL(b || m), the growth rate of the e-process. Used only
 * to project how many more blocks a test needs.
 */
export function expectedBlockLogE(a: number, b: number, sn: number, pn: number): number {
  if (!(a < b) || sn + pn === 0) return 0;
  const m = (sn * a + pn * b) / (sn + pn);
  return sn * kl(a, m) + pn * kl(b, m);
}

function kl(p: number, q: number): number {
  return term(p, p, q) + term(1 - p, 1 - p, 1 - q);
}

/** count · ln(num/den) with 0 · anything = 0. Rates here are never 0 or 1 (smoothed estimates). */
function term(count: number, num: number, den: number): number {
  return count === 0 ? 0 : count * Math.log(num / den);
}
