import type { RunResult, TestCase, TestId } from '../model.js';
import { compareIds, failedInRun, failuresIn, outcomeOf, runOutcomes } from '../observe/index.js';

/**
 * Tests that failed in the runs where `id` failed (parallel runs only), most frequent first.
 * Tests that failed in every run of the session are left out: a broken test co-fails with
 * everything and says nothing about who collides with whom.
 */
export function coFailures(runs: readonly RunResult[], id: TestId, serial: number, alwaysFailing: ReadonlySet<TestId> = alwaysFailingTests(runs)): TestId[] {
  const counts = new Map<TestId, number>();
  for (const run of runs) {
    if (run.record.workers <= serial || outcomeOf(run, id) !== 'failed') continue;
    for (const other of failuresIn(run)) {
      if (other !== id && !alwaysFailing.has(other)) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0])).map(([t]) => t);
}

/** Tests that failed in every run where they ran to a result. */
export function alwaysFailingTests(runs: readonly RunResult[]): Set<TestId> {
  const ran = new Map<TestId, { failed: number; n: number }>();
  for (const run of runs) {
    for (const [id, o] of runOutcomes(run)) {
      const s = ran.get(id) ?? { failed: 0, n: 0 };
      ran.set(id, s);
      s.n++;
      if (o === 'failed') s.failed++;
    }
  }
  return new Set([...ran].filter(([, s]) => s.n > 0 && s.failed === s.n).map(([t]) => t));
}

/** Other tests of the same file (the unit many frameworks distribute to a worker), sorted. */
export function sameFileTests(runs: readonly RunResult[], id: TestId): TestId[] {
  const file = fileOf(runs, id);
  if (file === undefined) return [];
  const found = new Set<TestId>();
  for (const run of runs) for (const c of run.cases) if (c.file === file && c.id !== id) found.add(c.id);
  return [...found].sort();
}

function fileOf(runs: readonly RunResult[], id: TestId): string | undefined {
  for (const run of runs) for (const c of run.cases) if (c.id === id && c.file !== undefined) return c.file;
  return undefined;
}

/**
 * Tests that were running at the same time as `id` on another worker, in parallel runs where
 * `id` failed: the candidates of a collision. Needs `startedAt`/`endedAt` on both cases (worker
 * ids, when known, exclude same-worker neighbours, which ran before or after, never alongside).
 * Empty when the reports carry no timing: callers then fall back to co-failures and file groups.
 * `steady`: only the tests that ran alongside it in every such run, when there are at least two
 * (a partner it collides with must be there each time; the union grows with every run).
 */
export function concurrentTests(runs: readonly RunResult[], id: TestId, serial: number, steady = false): TestId[] {
  const perRun: Set<TestId>[] = [];
  for (const run of runs) {
    if (run.record.workers <= serial || outcomeOf(run, id) !== 'failed') continue;
    const victim = run.cases.find((c) => c.id === id && failedInRun(c));
    if (!victim || !hasWindow(victim)) continue;
    const found = new Set<TestId>();
    for (const c of run.cases) {
      if (c.id === id || !hasWindow(c)) continue;
      if (victim.worker !== undefined && c.worker !== undefined && victim.worker === c.worker) continue;
      if (c.startedAt < victim.endedAt && victim.startedAt < c.endedAt) found.add(c.id);
    }
    perRun.push(found);
  }
  const [first, ...rest] = perRun;
  if (first === undefined) return [];
  const kept = steady && rest.length > 0 ? [...first].filter((t) => rest.every((set) => set.has(t))) : [...new Set(perRun.flatMap((set) => [...set]))];
  return kept.sort();
}

/**
 * Tests that failed in *every* parallel run where `id` failed, when it failed in at least two:
 * a collision that reproduces each time it is seen. Tests failing in every run of the session
 * are left out, as in `coFailures`.
 */
export function steadyCoFailures(runs: readonly RunResult[], id: TestId, serial: number, alwaysFailing: ReadonlySet<TestId> = alwaysFailingTests(runs)): TestId[] {
  const failing = runs.filter((run) => run.record.workers > serial && outcomeOf(run, id) === 'failed');
  if (failing.length < 2) return [];
  return coFailures(runs, id, serial, alwaysFailing).filter((t) => failing.every((run) => outcomeOf(run, t) === 'failed'));
}

function hasWindow(c: TestCase): c is TestCase & { startedAt: number; endedAt: number } {
  return c.startedAt !== undefined && c.endedAt !== undefined;
}

/** Every test id the runs reported, sorted: the suite as flakegate knows it. */
export function suiteOf(runs: readonly RunResult[]): TestId[] {
  const ids = new Set<TestId>();
  for (const run of runs) for (const c of run.cases) ids.add(c.id);
  return [...ids].sort();
}
