import type { Cluster, TestId } from '../model.js';
import { compareIds, isFailure } from '../observe/index.js';
import type { MatrixRow, OutcomeMatrix } from './build-matrix.js';
import type { Arms } from './tally.js';

/** Two tests join when their parallel failing-run sets overlap at least this much (Jaccard). */
export const CLUSTER_JACCARD = 0.5;

export interface Clustering {
  /** Sorted by first member; `id` is the index, which `TestAnalysis.cluster` points at. */
  readonly clusters: readonly Cluster[];
  readonly clusterOf: ReadonlyMap<TestId, number>;
}

/**
 * Tests whose parallel failures co-occur: a shared file, port or database shows up as tests that
 * fail in the same runs. Similarity is Jaccard |A ∩ B| / |A ∪ B| over the sets of parallel runs in
 * which each failed; pairs at >= 0.5 (most of their failures shared) are joined with union-find,
 * so clusters are the connected components; singletons are dropped.
 *
 * Cost: tests with identical failing-run sets are one node first (a mass failure collapses to one
 * node), then only pairs that fail in a common run are scored, via an index from run to nodes.
 * `rows` should be the candidates only (callers pass parallel-only and flaky tests: a broken test
 * fails everywhere and would "co-fail" with everything).
 */
export function findClusters(matrix: OutcomeMatrix, rows: readonly MatrixRow[], arms: Arms): Clustering {
  const parallelRuns = matrix.runs.map((_, r) => r).filter((r) => (arms.runCountIndex[r] ?? 0) > 0);
  const nodes = new Map<string, { readonly runs: readonly number[]; readonly tests: TestId[] }>();
  for (const row of rows) {
    const failing = parallelRuns.filter((r) => isFailure(row.outcomes[r]));
    if (failing.length === 0) continue;
    const key = failing.join(',');
    const node = nodes.get(key);
    if (node === undefined) nodes.set(key, { runs: failing, tests: [row.id] });
    else node.tests.push(row.id);
  }
  const list = [...nodes.values()];
  const parent = list.map((_, i) => i);
  const find = (start: number): number => {
    let i = start;
    // Path splitting (Tarjan & van Leeuwen 1984): near-constant amortised time per call.
    for (let up = parent[i] ?? i; up !== i; i = up, up = parent[i] ?? i) parent[i] = parent[up] ?? up;
    return i;
  };
  for (const [pair, shared] of sharedRunCounts(list.map((n) => n.runs), matrix.runs.length)) {
    const a = Math.floor(pair / list.length);
    const b = pair % list.length;
    const sizeA = list[a]?.runs.length ?? 0;
    const sizeB = list[b]?.runs.length ?? 0;
    if (shared / (sizeA + sizeB - shared) >= CLUSTER_JACCARD) parent[find(a)] = find(b);
  }
  const members = new Map<number, TestId[]>();
  list.forEach((node, i) => {
    const root = find(i);
    const group = members.get(root);
    if (group === undefined) members.set(root, [...node.tests]);
    else group.push(...node.tests);
  });
  const groups = [...members.values()].filter((t) => t.length >= 2).map((t) => t.sort(compareIds));
  groups.sort((x, y) => compareIds(x[0] ?? '', y[0] ?? ''));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const clusterOf = new Map<TestId, number>();
  const clusters = groups.map((tests, id): Cluster => {
    for (const test of tests) clusterOf.set(test, id);
    return { id, tests, runs: runsFailedTogether(matrix, tests.map((t) => byId.get(t))) };
  });
  return { clusters, clusterOf };
}

/** For each pair of nodes (encoded a * nodeCount + b, a < b) failing in a common run: how many. */
function sharedRunCounts(nodeRuns: readonly (readonly number[])[], runCount: number): Map<number, number> {
  const byRun: number[][] = Array.from({ length: runCount }, () => []);
  nodeRuns.forEach((runs, node) => {
    for (const r of runs) byRun[r]?.push(node);
  });
  const counts = new Map<number, number>();
  for (const nodesInRun of byRun) {
    for (let i = 0; i < nodesInRun.length; i++) {
      for (let j = i + 1; j < nodesInRun.length; j++) {
        const key = (nodesInRun[i] ?? 0) * nodeRuns.length + (nodesInRun[j] ?? 0);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Run ids (input order, any worker count) where at least two members failed. */
function runsFailedTogether(matrix: OutcomeMatrix, rows: readonly (MatrixRow | undefined)[]): string[] {
  return matrix.runs
    .filter((_, r) => rows.filter((row) => isFailure(row?.outcomes[r])).length >= 2)
    .map((run) => run.id);
}
