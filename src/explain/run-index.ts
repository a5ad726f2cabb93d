// Per-run lookups by test id, built once per runs array: explaining each of N failing tests must
// not rescan every case of every run N times (3000 tests x 30 runs is common).
// Compact on purpose: a Map per run with a one-element array per case held ~80 MB for 20,000
// tests x 40 runs; one slot number per distinct id, shared by all runs, and a typed array per
// run hold ~4 MB.
import type { RunResult, TestCase, TestId } from '../model.js';
import { failedInRun } from '../observe/index.js';

export interface IndexedRun {
  readonly run: RunResult;
  /** Ids that failed in this run (src/observe: retries included). */
  readonly failed: ReadonlySet<TestId>;
  /** Slot of each distinct test id of all the indexed runs (shared by them). */
  readonly slots: ReadonlyMap<TestId, number>;
  /** Per slot: 1 + the index in `run.cases` of the id's first case; 0 = not in this run. */
  readonly first: Int32Array;
  /** Ids that occur more than once in this run (duplicates), with all their cases in order. */
  readonly repeated: ReadonlyMap<TestId, readonly TestCase[]>;
}

// Keyed by the array's identity; the model's arrays are readonly, so an entry never goes stale,
// and a WeakMap lets it go with the array.
const cache = new WeakMap<readonly RunResult[], readonly IndexedRun[]>();

const NONE: ReadonlyMap<TestId, readonly TestCase[]> = new Map();

export function indexRuns(runs: readonly RunResult[]): readonly IndexedRun[] {
  let index = cache.get(runs);
  if (index === undefined) {
    index = buildIndex(runs);
    cache.set(runs, index);
  }
  return index;
}

function buildIndex(runs: readonly RunResult[]): IndexedRun[] {
  // First every id gets its slot (the per-run tables are sized by the number of distinct ids).
  const slots = new Map<TestId, number>();
  const slotOfCase = runs.map(({ cases }) => {
    const out = new Int32Array(cases.length);
    for (let i = 0; i < cases.length; i++) {
      const id = (cases[i] as TestCase).id;
      let slot = slots.get(id);
      if (slot === undefined) {
        slot = slots.size;
        slots.set(id, slot);
      }
      out[i] = slot;
    }
    return out;
  });
  return runs.map((run, r) => {
    const { cases } = run;
    const caseSlots = slotOfCase[r] as Int32Array;
    const first = new Int32Array(slots.size);
    const failed = new Set<TestId>();
    let repeated: Map<TestId, TestCase[]> | undefined;
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i] as TestCase;
      const slot = caseSlots[i] as number;
      const at = first[slot] as number;
      if (at === 0) first[slot] = i + 1;
      else {
        repeated ??= new Map();
        const list = repeated.get(c.id);
        if (list === undefined) repeated.set(c.id, [cases[at - 1] as TestCase, c]);
        else list.push(c);
      }
      if (failedInRun(c)) failed.add(c.id);
    }
    return { run, failed, slots, first, repeated: repeated ?? NONE };
  });
}

/** The cases of test `id` in one indexed run, in document order (none when it did not run). */
export function casesOf(indexed: IndexedRun, id: TestId): readonly TestCase[] {
  const repeated = indexed.repeated.get(id);
  if (repeated !== undefined) return repeated;
  const slot = indexed.slots.get(id);
  const at = slot === undefined ? 0 : (indexed.first[slot] as number);
  return at === 0 ? [] : [indexed.run.cases[at - 1] as TestCase];
}
