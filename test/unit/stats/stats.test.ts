import { describe, expect, it } from 'vitest';
import { fisherOneSided } from '../../../src/stats/fisher.js';
import { logChoose, logGamma } from '../../../src/stats/log-gamma.js';
import { probGreater } from '../../../src/stats/prob-greater.js';
import { sprt } from '../../../src/stats/sprt.js';
import { upperBound } from '../../../src/stats/upper-bound.js';
import { wilson } from '../../../src/stats/wilson.js';

// Reference values: R-equivalent computations with scipy 1.17 (fisher_exact(alternative='greater'),
// beta.ppf) and mpmath quadrature of ∫ f_ser(y) (1 − F_par(y)) dy at 30 digits for probGreater.

describe('logGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(0.25)).toBeCloseTo(1.2880225246980774, 13); // ln Γ(¼)
  });
  it('stays finite for large n', () => {
    expect(logChoose(100_000, 50_000)).toBeCloseTo(69308.73579940945, 6); // Python math.lgamma
    expect(logChoose(5, 7)).toBe(-Infinity);
  });
});

describe('fisherOneSided', () => {
  it('0/10 serial vs 3/10 parallel is p = 0.105 (the issue text)', () => {
    expect(fisherOneSided(3, 10, 0, 10)).toBeCloseTo(0.10526315789473684, 12);
  });
  it.each([
    [5, 10, 0, 10, 0.016253869969040248],
    [8, 40, 1, 40, 0.014444251777353909],
    [2, 5, 1, 5, 0.5],
    [3, 5, 0, 5, 0.08333333333333333],
    [1, 3, 2, 3, 0.95],
    [10, 10, 0, 10, 5.412544112234515e-6],
    [30, 1000, 10, 1000, 0.0010041667809150047],
    [150, 2000, 100, 2000, 0.0006649266158475737],
  ])('fisher(%i/%i vs %i/%i) = %f', (pf, pn, sf, sn, expected) => {
    expect(fisherOneSided(pf, pn, sf, sn)).toBeCloseTo(expected, 10);
  });
  it('is 1 with no failures or an empty arm', () => {
    expect(fisherOneSided(0, 10, 0, 10)).toBe(1);
    expect(fisherOneSided(3, 10, 0, 0)).toBe(1);
    expect(fisherOneSided(0, 0, 0, 10)).toBe(1);
  });
  it('is one-sided: swapping the arms gives the other tail', () => {
    // P(X >= 3) + P(X <= 2) = 1 for the same table read from the serial side.
    expect(fisherOneSided(0, 10, 3, 10)).toBeCloseTo(1, 12);
    expect(fisherOneSided(3, 10, 0, 10)).toBeLessThan(fisherOneSided(0, 10, 3, 10));
  });
});

describe('probGreater (Jeffreys priors)', () => {
  it.each([
    [3, 10, 0, 10, 0.976250491176329687],
    [5, 10, 0, 10, 0.997403749033147],
    [8, 40, 1, 40, 0.9952625307593855],
    [2, 5, 1, 5, 0.750951817505073628],
    [1, 3, 2, 3, 0.211797522084017006],
    [3, 5, 0, 5, 0.9851735138431419],
    [10, 10, 0, 10, 0.9999998394692429],
    [30, 1000, 10, 1000, 0.999441387687210150],
    [150, 2000, 100, 2000, 0.9994723875660078],
  ])('P(p_par > p_ser | %i/%i, %i/%i) = %f', (pf, pn, sf, sn, expected) => {
    expect(probGreater(pf, pn, sf, sn)).toBeCloseTo(expected, 8);
  });
  it('stays exact for thousands of runs and very uneven arms', () => {
    expect(probGreater(50, 5000, 10, 5000)).toBeCloseTo(0.9999999670331587, 9);
    expect(probGreater(0, 5000, 1, 20)).toBeCloseTo(0.00010483597113657505, 9);
    expect(fisherOneSided(50, 5000, 10, 5000)).toBeCloseTo(7.465323107812054e-8, 13);
  });
  it('is ½ for identical arms and symmetric when the arms swap', () => {
    expect(probGreater(0, 0, 0, 0)).toBe(0.5);
    expect(probGreater(0, 10, 0, 10)).toBeCloseTo(0.5, 12);
    expect(probGreater(4, 9, 4, 9)).toBeCloseTo(0.5, 12);
    expect(probGreater(3, 10, 1, 7) + probGreater(1, 7, 3, 10)).toBeCloseTo(1, 12);
  });
});

describe('wilson', () => {
  it.each([
    [0, 10, 0, 0.2775401687666166],
    [1, 10, 0.01787574951572113, 0.4041563854975721],
    [3, 10, 0.10778928748621183, 0.6032267800204347],
    [10, 10, 0.7224598312333834, 1],
    [7, 40, 0.08745302996883067, 0.3195029205439244],
  ])('%i/%i -> [%f, %f]', (k, n, low, high) => {
    const interval = wilson(k, n);
    expect(interval.low).toBeCloseTo(low, 12);
    expect(interval.high).toBeCloseTo(high, 12);
  });
  it('says nothing with n = 0 and is exact at the ends', () => {
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
    expect(wilson(0, 10).low).toBe(0);
    expect(wilson(10, 10).high).toBe(1);
  });
  it('mirrors: the interval of k/n is 1 − the interval of (n−k)/n', () => {
    const a = wilson(3, 17);
    const b = wilson(14, 17);
    expect(a.low).toBeCloseTo(1 - b.high, 12);
    expect(a.high).toBeCloseTo(1 - b.low, 12);
  });
});

describe('upperBound (one-sided Clopper-Pearson)', () => {
  it.each([
    [0, 10, 0.2588655508930522],
    [1, 10, 0.39416330243650466],
    [2, 20, 0.28261852488586087],
    [0, 1, 0.95],
    [3, 40, 0.18258685001590122],
    [50, 1000, 0.06286340351237973],
  ])('95%%: %i/%i -> %f', (k, n, expected) => {
    expect(upperBound(k, n)).toBeCloseTo(expected, 9);
  });
  it.each([
    [0, 10, 0.36904265551980675],
    [2, 20, 0.3583352626408869],
  ])('99%%: %i/%i -> %f (scipy beta.ppf(0.99, k + 1, n - k))', (k, n, expected) => {
    expect(upperBound(k, n, 0.01)).toBeCloseTo(expected, 9);
  });
  it('is 1 when n = 0 or every run failed', () => {
    expect(upperBound(0, 0)).toBe(1);
    expect(upperBound(5, 5)).toBe(1);
  });
});

describe('sprt', () => {
  const base = { p0: 0.05, p1: 0.3, alpha: 0.05, beta: 0.1 };
  it('accepts H1 after enough failures, H0 after enough passes, else continues', () => {
    // ln(0.3/0.05) = 1.79 per failure; A = ln(0.9/0.05) = 2.89; B = ln(0.1/0.95) = -2.25.
    expect(sprt({ ...base, failures: 2, n: 2 })).toBe('accept-h1');
    expect(sprt({ ...base, failures: 1, n: 1 })).toBe('continue');
    // ln(0.7/0.95) = -0.305 per pass: 8 passes = -2.44 <= B.
    expect(sprt({ ...base, failures: 0, n: 8 })).toBe('accept-h0');
    expect(sprt({ ...base, failures: 0, n: 7 })).toBe('continue');
  });
  it('handles p0 = 0 and p1 = 1 and rejects p0 >= p1', () => {
    expect(sprt({ failures: 1, n: 5, p0: 0, p1: 0.2 })).toBe('accept-h1');
    expect(sprt({ failures: 3, n: 4, p0: 0.1, p1: 1 })).toBe('accept-h0');
    expect(() => sprt({ failures: 0, n: 1, p0: 0.3, p1: 0.3 })).toThrow(RangeError);
  });
});
