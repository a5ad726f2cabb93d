import { describe, expect, it } from 'vitest';
import { makespan } from '../../../src/price/makespan.js';
import { expectedConfirmation } from '../../../src/cost/plan-cost.js';
import { fitPriceModel, priceRun } from '../../../src/price/price-model.js';
import type { RunResult, TestCase } from '../../../src/model.js';

/**
 * A suite of 8 tests in 4 files (2 each, 100..800 ms), start-up 1,000 ms serially and 1,500 ms at
 * 4 workers, tests 1.5x slower at 4 workers, files dealt out longest first.
 */
function run(id: string, workers: number, tests?: readonly string[], stamped = true): RunResult {
  const all = Array.from({ length: 8 }, (_, i) => ({ id: `f${Math.floor(i / 2)}.py::t${i}`, file: `f${Math.floor(i / 2)}.py`, ms: (i + 1) * 100 }));
  const chosen = all.filter((t) => tests === undefined || tests.includes(t.id));
  const slow = workers === 1 ? 1 : 1.5;
  const startup = workers === 1 ? 1000 : 1500;
  const byFile = new Map<string, number>();
  for (const t of chosen) byFile.set(t.file, (byFile.get(t.file) ?? 0) + t.ms * slow);
  const phase = makespan([...byFile.values()], workers);
  const t0 = 10_000;
  const cases: TestCase[] = chosen.map((t) => ({
    id: t.id, file: t.file, classname: t.file, name: `t`, outcome: 'passed', durationMs: t.ms * slow,
    ...(stamped ? { startedAt: t0 + startup, endedAt: t0 + startup + Math.min(phase, t.ms * slow) } : {}),
  }));
  // The last test ends when the phase ends.
  if (stamped && cases.length > 0) cases[0] = { ...cases[0]!, endedAt: t0 + startup + phase };
  return {
    record: { id, workers, iteration: 1, phase: tests ? 'confirm-serial' : 'discovery', ...(tests ? { subset: tests } : {}), exitCode: 0, signal: null, timedOut: false, durationMs: startup + phase, reportPaths: [], parse: 'ok', tests: cases.length },
    cases,
  };
}

describe('makespan (LPT)', () => {
  it('sums on one lane, balances over several, never beats the longest unit', () => {
    expect(makespan([3, 1, 2], 1)).toBe(6);
    expect(makespan([5, 4, 3, 3, 3], 2)).toBe(10);
    expect(makespan([10, 1, 1], 8)).toBe(10);
    expect(makespan([], 4)).toBe(0);
  });
});

describe('fitPriceModel / priceRun', () => {
  const runs = [run('d-001-w1', 1), run('d-002-w4', 4), run('d-003-w1', 1, undefined, false)];
  const model = fitPriceModel(runs, 'file', 2);

  it('recovers start-up per worker count, serial durations and the slowdown beside others', () => {
    expect(model.startupMs.get(1)).toBeCloseTo(1000, 0);
    expect(model.startupMs.get(4)).toBeCloseTo(1500, 0);
    expect(model.testMs.get('f3.py::t7')).toBe(800);
    expect(model.slowdown.get(4)).toBeCloseTo(1.5, 5);
  });

  it('prices full and subset runs it has not seen as the suite would run them', () => {
    for (const candidate of [run('x', 4), run('y', 4, ['f0.py::t0', 'f3.py::t7']), run('z', 1, ['f1.py::t2'])]) {
      const spec = { workers: candidate.record.workers, ...(candidate.record.subset ? { tests: candidate.record.subset } : {}) };
      expect(priceRun(model, spec)).toBeCloseTo(candidate.record.durationMs, 0);
    }
  });

  it('caps an unseen worker count at the cores (a prior for CPU-bound tests)', () => {
    const serialOnly = fitPriceModel([run('d-001-w1', 1)], 'test', 2);
    // 3,600 ms of tests over min(8, 2) lanes, plus the serial start-up.
    expect(priceRun(serialOnly, { workers: 8 })).toBeCloseTo(1000 + makespan([100, 200, 300, 400, 500, 600, 700, 800], 2), 0);
  });
});

describe('expectedConfirmation', () => {
  const model = fitPriceModel([run('d-001-w1', 1)], 'file', 2);

  it('prices nothing when discovery named no suspect, and a pair while it cannot know', () => {
    expect(expectedConfirmation(model, 5, [], 4).runs).toEqual([]);
    const assumed = expectedConfirmation(model, 5, null, 4);
    // The least the decision rule needs for two nominees failing every time (src/verdict
    // fewestBlocks): 4 blocks of 2 serial + 1 parallel run, plus one partner probe.
    const times = (workers: number): number => assumed.runs.filter((r) => r.run.workers === workers).reduce((s, r) => s + r.times, 0);
    expect(times(1)).toBeCloseTo(8, 9);
    expect(times(4)).toBeCloseTo(5, 9);
    expect(assumed.basis).toMatch(/assumed pair/);
  });
});

describe('price model after a parallel-first discovery (no serial run yet)', () => {
  it('prices the first parallel count over its lanes and a serial rerun as its tests in a row', () => {
    const model = fitPriceModel([run('d-001-w4', 4), run('d-002-w4', 4)], 'file', 4);
    // Measured at 4 workers: the full suite is priced as it ran, not as the sum of its tests.
    expect(priceRun(model, { workers: 4 })).toBeCloseTo(run('x', 4).record.durationMs, 6);
    // One worker: the tests one after another (their durations as seen at 4 workers), plus start-up.
    const sum = (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8) * 100 * 1.5;
    expect(priceRun(model, { workers: 1 })).toBeCloseTo(1500 + sum, 6);
  });
});
