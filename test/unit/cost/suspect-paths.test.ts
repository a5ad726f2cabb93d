import { describe, expect, it } from 'vitest';
import { expectedConfirmation } from '../../../src/cost/plan-cost.js';
import { meanPath, parallelOnlyWeight, suspectPaths } from '../../../src/cost/suspect-paths.js';
import { fitPriceModel } from '../../../src/price/price-model.js';
import { mulberry32 } from '../../../src/stats/mulberry32.js';
import { fewestBlocks, type Nominee } from '../../../src/verdict/index.js';

const nominee = (failed: number, n: number, serialRuns = 0): Nominee => ({ id: 'tests/a.py::t', threshold: 4, serial: { failed: 0, n: serialRuns }, parallel: { failed, n } });

describe('suspectPaths: the planner stopping rules played out', () => {
  it('a suspect failing in every parallel run and never serially takes the blocks the bar needs, and is confirmed', () => {
    const n = nominee(5, 5);
    const paths = suspectPaths(n, 6, mulberry32(1), 50, 1);
    const blocks = fewestBlocks(6, { serial: n.serial, parallel: n.parallel });
    expect(blocks).toBeGreaterThan(1);
    for (const p of paths) expect(p).toEqual({ serial: 2 * blocks, parallel: blocks, confirmed: true });
  });

  it('under the flaky hypothesis at a parallel rate of 0.2 the first failing serial rerun ends it: a few blocks', () => {
    const flaky = meanPath(suspectPaths(nominee(1, 5), 6, mulberry32(2), 2000, 0));
    // A block's serial half survives with probability 0.8² = 0.64: at most 1 / 0.36 = 2.8 blocks on average.
    expect(flaky.parallel).toBeLessThan(1 / (1 - 0.8 ** 2));
    expect(flaky.serial).toBeLessThan(2 / (1 - 0.8 ** 2));
    expect(flaky.confirmed).toBe(0);
    // The same rate as a collision (serially clean) runs far longer, within the 40-block cap.
    const collision = suspectPaths(nominee(1, 5), 6, mulberry32(2), 200, 1);
    expect(meanPath(collision).parallel).toBeGreaterThan(4 * flaky.parallel);
    for (const p of collision) expect(p.parallel).toBeLessThanOrEqual(40);
  });

  it('a broken test (fails every run) under the flaky hypothesis stops at its first serial rerun', () => {
    for (const p of suspectPaths(nominee(5, 5), 6, mulberry32(3), 20, 0)) expect(p).toEqual({ serial: 1, parallel: 0, confirmed: false });
  });

  it('the mixture lies between its hypotheses, weighted by what the clean serial discovery runs say', () => {
    expect(parallelOnlyWeight(nominee(1, 5))).toBeCloseTo(0.5, 12);
    // Five clean serial runs at a plug-in rate of 0.2: 0.5 / (0.5 + 0.5 · 0.8^5).
    expect(parallelOnlyWeight(nominee(1, 5, 5))).toBeCloseTo(0.5 / (0.5 + 0.5 * 0.8 ** 5), 12);
    // A test failing every parallel run that passed serially cannot be flaky at that rate.
    expect(parallelOnlyWeight(nominee(5, 5, 1))).toBe(1);
    const mixed = meanPath(suspectPaths(nominee(2, 5), 6, mulberry32(4), 1000)).parallel;
    const flaky = meanPath(suspectPaths(nominee(2, 5), 6, mulberry32(4), 1000, 0)).parallel;
    const collision = meanPath(suspectPaths(nominee(2, 5), 6, mulberry32(4), 1000, 1)).parallel;
    expect(mixed).toBeGreaterThan(flaky);
    expect(mixed).toBeLessThan(collision);
  });

  it('is a function of its inputs', () => {
    const model = fitPriceModel([], 'test', 2);
    const suspects = [nominee(1, 5), { ...nominee(5, 5), id: 'tests/b.py::t' }].map((n) => ({ nominee: n, tests: [n.id] }));
    expect(expectedConfirmation(model, 0, suspects, 4)).toEqual(expectedConfirmation(model, 0, suspects, 4));
  });
});

describe('expectedConfirmation over named suspects', () => {
  it('shares serial reruns: the expected count is the longest suspect, not the sum', () => {
    const model = fitPriceModel([], 'test', 2);
    const ids = ['tests/a.py::t', 'tests/b.py::t', 'tests/c.py::t'];
    const of = (rates: readonly (readonly [number, number])[]) => expectedConfirmation(model, 0, rates.map(([f, n], i) => ({ nominee: { ...nominee(f, n), id: ids[i] ?? '' }, tests: [ids[i] ?? ''] })), 4);
    const serialRuns = (e: ReturnType<typeof of>): number => e.runs.filter((r) => r.run.workers === model.serial).reduce((s, r) => s + r.times, 0);
    const parallelRuns = (e: ReturnType<typeof of>): number => e.runs.filter((r) => r.run.workers === 4 && r.run.tests?.length !== 2).reduce((s, r) => s + r.times, 0);
    // Three nominees failing every parallel run: each broken (one serial run) or colliding (the
    // blocks the bar needs) with even odds; all three broken has probability 1/8.
    const blocks = fewestBlocks(3, { serial: { failed: 0, n: 0 }, parallel: { failed: 5, n: 5 } });
    const three = of([[5, 5], [5, 5], [5, 5]]);
    expect(serialRuns(three)).toBeLessThanOrEqual(2 * blocks);
    expect(serialRuns(three)).toBeGreaterThan(2 * blocks * 0.8);
    expect(parallelRuns(three)).toBeLessThanOrEqual(blocks);
    // Rare failures cost more blocks, never beyond the cap.
    const rare = of([[1, 5], [1, 5], [1, 5]]);
    expect(serialRuns(rare)).toBeGreaterThan(serialRuns(three));
    expect(serialRuns(rare)).toBeLessThanOrEqual(80);
    expect(parallelRuns(rare)).toBeLessThanOrEqual(40);
  });
});
