// The e-value of the decision rule (src/stats/e-value.ts, e-process.ts): exact expectations and
// exact probabilities by enumeration, no sampling. References computed by hand in Python.
import { describe, expect, it } from 'vitest';
import { blockLogE, expectedBlockLogE } from '../../../src/stats/e-value.js';
import { blocksToThreshold, eProcess } from '../../../src/stats/e-process.js';
import { logChoose } from '../../../src/stats/log-gamma.js';

/** E[e] of one block when every serial observation fails at `ts` and every parallel one at `tp`. */
function expectation(a: number, b: number, sn: number, pn: number, ts: number, tp: number): number {
  let sum = 0;
  for (let sf = 0; sf <= sn; sf++) {
    for (let pf = 0; pf <= pn; pf++) {
      const prob = Math.exp(logChoose(sn, sf) + logChoose(pn, pf)) * ts ** sf * (1 - ts) ** (sn - sf) * tp ** pf * (1 - tp) ** (pn - pf);
      sum += prob * Math.exp(blockLogE(sf, sn, pf, pn, a, b));
    }
  }
  return sum;
}

const GRID = [0, 0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 0.99, 1];

describe('blockLogE', () => {
  it('is the likelihood ratio against the block mean: hand-computed values', () => {
    // a = 0.1, b = 0.5, two serial passes and one parallel failure: m = 0.7 / 3,
    // e = (0.9 / (1 - m))^2 * (0.5 / m) = 2.9530...
    expect(blockLogE(0, 2, 1, 1, 0.1, 0.5)).toBeCloseTo(1.0828253521972555, 12);
    // one serial failure, the parallel run passing: e = 0.9/(1-m) * 0.1/m * 0.5/(1-m) = 0.3281...
    expect(blockLogE(1, 2, 0, 1, 0.1, 0.5)).toBeCloseTo(-1.1143992251389638, 12);
  });

  it('places no bet when the alternative does not lean parallel (a >= b) or the block is empty', () => {
    expect(blockLogE(0, 2, 1, 1, 0.5, 0.5)).toBe(0);
    expect(blockLogE(0, 2, 1, 1, 0.6, 0.2)).toBe(0);
    expect(blockLogE(0, 0, 0, 0, 0.1, 0.5)).toBe(0);
  });

  it.each([
    [2, 1],
    [1, 1],
    [3, 2],
    [5, 1],
  ])('has expectation at most 1 under "same rate serially and in parallel", for every rate (%i serial + %i parallel per block)', (sn, pn) => {
    for (const [a, b] of [
      [0.02, 0.3],
      [0.1, 0.5],
      [0.3, 0.31],
      [0.01, 0.99],
      [0.4, 0.9],
    ] as const) {
      for (const theta of GRID) expect(expectation(a, b, sn, pn, theta, theta)).toBeLessThanOrEqual(1 + 1e-12);
      // Tight at the block's mean rate: the bet is as bold as the null allows.
      const m = (sn * a + pn * b) / (sn + pn);
      expect(expectation(a, b, sn, pn, m, m)).toBeCloseTo(1, 12);
    }
  });

  it('has expectation at most 1 when the parallel rate is below the serial one (the null is one-sided)', () => {
    for (const ts of GRID) for (const tp of GRID.filter((t) => t <= ts)) expect(expectation(0.05, 0.6, 2, 1, ts, tp)).toBeLessThanOrEqual(1 + 1e-12);
  });

  it('grows in expectation when parallel really fails more', () => {
    expect(expectation(0.02, 0.5, 2, 1, 0.02, 0.5)).toBeGreaterThan(1.5);
    expect(expectedBlockLogE(0.02, 0.5, 2, 1)).toBeGreaterThan(0);
    expect(expectedBlockLogE(0.5, 0.5, 2, 1)).toBe(0);
  });
});

describe('eProcess', () => {
  const none = { failed: 0, n: 0 };

  it('learns the alternative from the prior and the blocks before: hand-computed path', () => {
    // Prior 0/3 serial, 2/3 parallel; blocks (PP|F), (PP|F), (PP|P).
    const p = eProcess({ serial: [false, false, false, false, false, false], parallel: [true, true, false], serialPerBlock: 2, parallelPerBlock: 1, prior: { serial: { failed: 0, n: 3 }, parallel: { failed: 2, n: 3 } }, logThreshold: Math.log(10) });
    expect(p.blocks).toBe(3);
    expect(p.path[0]).toBeCloseTo(Math.log(3.269896193771627), 12);
    expect(p.path[1]).toBeCloseTo(Math.log(13.165856473839982), 12);
    expect(p.logE).toBeCloseTo(Math.log(8.139891927394457), 12);
    // The running maximum and the first crossing stay, whatever comes after.
    expect(p.maxLogE).toBeCloseTo(Math.log(13.165856473839982), 12);
    expect(p.crossedAt).toBe(2);
    expect(p.next.a).toBeCloseTo(0.05, 12);
    expect(p.next.b).toBeCloseTo(4.5 / 7, 12);
  });

  it('counts only complete blocks: a serial half without its parallel run waits', () => {
    const p = eProcess({ serial: [false, false, false, false], parallel: [true], serialPerBlock: 2, parallelPerBlock: 1, prior: { serial: none, parallel: none }, logThreshold: 5 });
    expect(p.blocks).toBe(1);
  });

  it('never bets without a lean: the first block of a fresh test with no prior has e = 1', () => {
    const p = eProcess({ serial: [false, false], parallel: [true], serialPerBlock: 2, parallelPerBlock: 1, prior: { serial: none, parallel: none }, logThreshold: 5 });
    expect(p.path).toEqual([0]);
  });

  it('P(ever reaching 1/alpha) <= alpha under the null, exactly, for every rate (Ville): all 2^15 outcomes of 5 blocks', () => {
    const prior = { serial: { failed: 0, n: 5 }, parallel: { failed: 3, n: 5 } };
    for (const level of [4, 20]) {
      // Failures in each outcome sequence that reaches the level (the probability depends on them only).
      const crossing: number[] = [];
      for (let bits = 0; bits < 1 << 15; bits++) {
        const outcomes = Array.from({ length: 15 }, (_, i) => ((bits >> i) & 1) === 1);
        const p = eProcess({ serial: outcomes.slice(0, 10), parallel: outcomes.slice(10), serialPerBlock: 2, parallelPerBlock: 1, prior, logThreshold: Math.log(level) });
        if (p.crossedAt !== null) crossing.push(outcomes.filter(Boolean).length);
      }
      for (const theta of [0.05, 0.2, 0.5, 0.8]) {
        const reached = crossing.reduce((sum, k) => sum + theta ** k * (1 - theta) ** (15 - k), 0);
        expect(reached).toBeLessThanOrEqual(1 / level);
      }
    }
  });

  it('projects the blocks to the threshold at the learned rates, or null when they do not lean parallel', () => {
    const leaning = eProcess({ serial: [false, false], parallel: [true], serialPerBlock: 2, parallelPerBlock: 1, prior: { serial: { failed: 0, n: 5 }, parallel: { failed: 5, n: 5 } }, logThreshold: Math.log(100) });
    const blocks = blocksToThreshold(leaning, Math.log(100), 2, 1, 200);
    expect(blocks).toBeGreaterThan(0);
    expect(blocks).toBeLessThan(10);
    const flat = eProcess({ serial: [true, false], parallel: [false], serialPerBlock: 2, parallelPerBlock: 1, prior: { serial: { failed: 1, n: 2 }, parallel: none }, logThreshold: Math.log(100) });
    expect(blocksToThreshold(flat, Math.log(100), 2, 1, 200)).toBeNull();
  });
});
