// Exact (Clopper-Pearson 1934) two-sided 95% interval of a binomial proportion x/n, by bisection
// on the binomial tail: the low end solves P(X >= x | p) = 0.025, the high end P(X <= x | p) = 0.025.

function logChoose(n, k) {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log(n - k + i) - Math.log(i);
  return s;
}

function cdf(x, n, p) {
  if (p <= 0) return 1;
  if (p >= 1) return x >= n ? 1 : 0;
  let sum = 0;
  for (let i = 0; i <= x; i++) sum += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
  return Math.min(1, sum);
}

function solve(f, target) {
  // f falls monotonically in p on [0, 1].
  let low = 0;
  let high = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (f(mid) > target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

export function clopperPearson(x, n) {
  if (n <= 0) return { low: 0, high: 1 };
  return {
    low: x <= 0 ? 0 : solve((p) => cdf(x - 1, n, p), 0.975),
    high: x >= n ? 1 : solve((p) => cdf(x, n, p), 0.025),
  };
}
