import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/analyse/build-matrix.js';
import { findClusters } from '../../../src/analyse/clusters.js';
import { analyse } from '../../../src/analyse/index.js';
import { armsOf } from '../../../src/analyse/tally.js';
import { runsFrom } from './run-builder.js';

/** Clusters over every row (no verdict filter), to test the similarity rule alone. */
function clustersOf(table: Parameters<typeof runsFrom>[0]): string[][] {
  const matrix = buildMatrix(runsFrom(table));
  return findClusters(matrix, matrix.rows, armsOf(matrix)).clusters.map((c) => [...c.tests]);
}

describe('findClusters', () => {
  it('joins tests that fail in the same parallel runs and drops loners', () => {
    expect(
      clustersOf({
        a: { 1: 'PPPP', 4: 'PFPF' },
        b: { 1: 'PPPP', 4: 'PFPF' },
        c: { 1: 'PPPP', 4: 'PPFP' },
      }),
    ).toEqual([['a', 'b']]);
  });

  it('joins at Jaccard >= 0.5 and not below', () => {
    expect(clustersOf({ a: { 1: 'PPPP', 4: 'FFFF' }, b: { 1: 'PPPP', 4: 'FFPP' } })).toEqual([['a', 'b']]); // 2/4
    expect(clustersOf({ a: { 1: 'PPP', 4: 'FFF' }, b: { 1: 'PPP', 4: 'FPP' } })).toEqual([]); // 1/3
  });

  it('is transitive through union-find', () => {
    // a~b = 2/3, b~c = 2/3, a~c = 1/3: one cluster of three.
    expect(clustersOf({ a: { 1: 'PPP', 4: 'FFP' }, b: { 1: 'PPP', 4: 'FFF' }, c: { 1: 'PPP', 4: 'PFF' } })).toEqual([['a', 'b', 'c']]);
  });

  it('ignores serial co-failures when scoring, but lists every run where two members failed', () => {
    const matrix = buildMatrix(runsFrom({ a: { 1: 'FP', 4: 'FF' }, b: { 1: 'FP', 4: 'FF' }, c: { 1: 'FF', 4: 'PP' } }));
    const { clusters, clusterOf } = findClusters(matrix, matrix.rows, armsOf(matrix));
    expect(clusters).toEqual([{ id: 0, tests: ['a', 'b'], runs: ['d-001-w1', 'd-002-w4', 'd-004-w4'] }]);
    expect(clusterOf.get('c')).toBeUndefined();
  });

  it('collapses a mass failure into one cluster quickly', () => {
    const table: Record<string, Record<number, string>> = {};
    for (let i = 0; i < 3000; i++) table[`t${String(i).padStart(4, '0')}`] = { 1: 'PPPPP', 4: 'PPFPP' };
    const clusters = clustersOf(table);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toHaveLength(3000);
  });
});

describe('clusters in analyse', () => {
  const table = {
    'z::one': { 1: 'PPPP', 4: 'PFFP' },
    'z::two': { 1: 'PPPP', 4: 'PFFP' },
    'a::one': { 1: 'PPPP', 4: 'FPPF' },
    'a::two': { 1: 'PPPP', 4: 'FPPF' },
    'broken::one': { 1: 'FFFF', 4: 'FFFF' },
    'broken::two': { 1: 'FFFF', 4: 'FFFF' },
  };

  it('leaves broken tests out, orders clusters by first member and points tests at them', () => {
    const analysis = analyse(runsFrom(table));
    expect(analysis.clusters.map((c) => [c.id, c.tests])).toEqual([
      [0, ['a::one', 'a::two']],
      [1, ['z::one', 'z::two']],
    ]);
    const clusterOf = Object.fromEntries(analysis.tests.map((t) => [t.id, t.cluster]));
    expect(clusterOf).toEqual({ 'a::one': 0, 'a::two': 0, 'z::one': 1, 'z::two': 1, 'broken::one': null, 'broken::two': null });
  });
});
