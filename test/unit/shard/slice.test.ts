import { describe, expect, it } from 'vitest';
import { planDiscovery } from '../../../src/run/plan.js';
import { iterationRange, parseShard, sliceShard } from '../../../src/shard/slice.js';

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/4', 8)).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ', 1)).toEqual({ index: 1, count: 1 });
  });

  it.each([
    ['5/4', /'5\/4' is out of range/],
    ['0/4', /'0\/4' is out of range/],
    ['2', /'2' is not a shard; use i\/n/],
    ['a/b', /'a\/b' is not a shard/],
    ['1/0', /out of range/],
  ])('rejects %s by name', (value, message) => {
    expect(parseShard(value, 10)).toMatch(message);
  });

  it('needs a whole iteration per shard', () => {
    expect(parseShard('1/4', 3)).toMatch(/4 shards need at least 4 iterations \(got 3\)/);
  });
});

describe('sliceShard', () => {
  const workers = [1, 2, 4];

  it.each([
    [4, 4],
    [10, 4],
    [7, 3],
    [5, 5],
    [9, 1],
  ])('%i iterations over %i shards: every planned run exactly once, in plan order', (iterations, count) => {
    const plan = planDiscovery(workers, iterations);
    const slices = Array.from({ length: count }, (_, i) => sliceShard(plan, { index: i + 1, count }, iterations));
    expect(slices.flat()).toEqual(plan);
    const sizes = slices.map((s) => s.length / workers.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('gives every shard every worker count, with the global run ids', () => {
    const plan = planDiscovery([1, 4], 6);
    for (let index = 1; index <= 4; index++) {
      const slice = sliceShard(plan, { index, count: 4 }, 6);
      expect(new Set(slice.map((s) => s.workers))).toEqual(new Set([1, 4]));
      for (const spec of slice) expect(plan.find((p) => p.id === spec.id)).toEqual(spec);
    }
    expect(sliceShard(plan, { index: 3, count: 4 }, 6).map((s) => s.id)).toEqual(['d-009-w1', 'd-010-w4']);
  });

  it('hands the remainder iterations to the first shards', () => {
    expect([1, 2, 3].map((index) => iterationRange({ index, count: 3 }, 7))).toEqual([
      [1, 3],
      [4, 5],
      [6, 7],
    ]);
  });
});
