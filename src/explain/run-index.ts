// Per-run lookups by test id, built once per runs array: explaining each of N failing tests must
// not rescan every case of every run N times (3000 tests x 30 runs is common).
import type { RunResult, TestCase, TestId } from '../model.js';

export interface IndexedRun {
  readonly run: RunResult;
  readonly byId: ReadonlyMap<TestId, readonly TestCase[]>;
  /** Ids with a failed or errored case in this run. */
  readonly failed: ReadonlySet<TestId>;
}

// Keyed by the array's identity; the model's arrays are readonly, so an entry never goes stale,
// and a WeakMap lets it go with the array.
const cache = new WeakMap<readonly RunResult[], readonly IndexedRun[]>();

export function indexRuns(runs: readonly RunResult[]): readonly IndexedRun[] {
  let index = cache.get(runs);
  if (index === undefined) {
    index = runs.map((run) => {
      const byId = new Map<TestId, TestCase[]>();
      const failed = new Set<TestId>();
      for (const c of run.cases) {
        const list = byId.get(c.id);
        if (list === undefined) byId.set(c.id, [c]);
        else list.push(c);
        if (c.outcome === 'failed' || c.outcome === 'error') failed.add(c.id);
      }
      return { run, byId, failed };
    });
    cache.set(runs, index);
  }
  return index;
}

export function casesOf(indexed: IndexedRun, id: TestId): readonly TestCase[] {
  return indexed.byId.get(id) ?? [];
}
