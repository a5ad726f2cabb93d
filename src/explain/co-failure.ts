// Which other tests fail in the same runs as this one, and which of them ran at the same moment
// on another worker: "something is shared", with the names of who shares it.
import type { Cluster, RunResult, TestCase, TestAnalysis, TestId } from '../model.js';
import { failedInRun, outcomeOfCases } from '../observe/index.js';
import { casesOf, indexRuns, type IndexedRun } from './run-index.js';
import { SHARED_RESOURCE_CAUSES, type Clue } from './types.js';

const NAMED = 5;
const MAX_OVERLAPS = 3;
/** Weight of "fails alone" as support for order-dependence. */
export const ALONE = 0.2;

export interface CoFailure {
  readonly clues: Clue[];
  /** Tests worth comparing sources with, most related first. */
  readonly peers: TestId[];
}

export function coFailureClues(test: TestAnalysis, runs: readonly RunResult[], clusters: readonly Cluster[]): CoFailure {
  const indexed = indexRuns(runs);
  const failRuns = indexed.filter((r) => r.failed.has(test.id));
  const passRuns = indexed.filter((r) => outcomeOfCases(casesOf(r, test.id)) === 'passed');
  const withMe = failuresOfOthers(test.id, failRuns);
  const withoutMe = failuresOfOthers(test.id, passRuns);
  // At least half of this test's failing runs, and clearly less often when this test passes:
  // a test failing everywhere (broken, or flaky on its own) says nothing about this one.
  const needed = Math.max(1, Math.ceil(failRuns.length / 2));
  const associated = (id: TestId, n: number): boolean =>
    n >= needed && (passRuns.length === 0 || (withoutMe.get(id) ?? 0) / passRuns.length <= n / failRuns.length / 2);
  const cluster = test.cluster === null ? undefined : clusters.find((c) => c.id === test.cluster);
  const mates = new Set((cluster?.tests ?? []).filter((id) => id !== test.id));
  const partners = [...withMe]
    .filter(([id, n]) => mates.has(id) || associated(id, n))
    .sort((a, b) => Number(mates.has(b[0])) - Number(mates.has(a[0])) || b[1] - a[1] || a[0].localeCompare(b[0]));
  const overlaps = overlapClues(test.id, failRuns);
  const peers = [...new Set([...overlaps.map(([o]) => o), ...partners.map(([o]) => o), ...[...mates].sort()])];
  const clues: Clue[] = [];
  if (partners.length > 0) {
    const named = partners.slice(0, NAMED).map(([id, n]) => `${id} (${n} of ${failRuns.length})`);
    const more = partners.length > NAMED ? ` and ${partners.length - NAMED} more` : '';
    const where = cluster === undefined ? '' : ` (cluster ${cluster.id})`;
    clues.push({
      causes: SHARED_RESOURCE_CAUSES,
      weight: 0.25,
      role: 'support',
      ambiguous: false,
      group: 'co-failure',
      evidence: { kind: 'co-failure', text: `fails in the same runs as ${named.join(', ')}${more}${where}` },
    });
  }
  // Failing with nobody else, run after run: no second party shows a collision, while state an
  // earlier test left in the worker's process needs none. Supports a direct reading of order.
  if (failRuns.length >= 2 && withMe.size === 0) {
    clues.push({
      causes: ['order-dependence'],
      weight: ALONE,
      role: 'support',
      ambiguous: false,
      group: 'alone',
      evidence: { kind: 'co-failure', text: `no other test failed in any of its ${failRuns.length} failing runs` },
    });
  }
  for (const [, text] of overlaps) {
    clues.push({
      causes: SHARED_RESOURCE_CAUSES,
      weight: 0.3,
      role: 'support',
      ambiguous: false,
      group: 'overlap',
      evidence: { kind: 'timing', text },
    });
  }
  return { clues, peers };
}

/** A failing run of this test where a co-failing test ran at the same time on another worker. */
function overlapClues(id: TestId, failRuns: readonly IndexedRun[]): Array<[TestId, string]> {
  const seen = new Map<TestId, string>();
  for (const r of failRuns) {
    const mine = casesOf(r, id).filter((c) => failedInRun(c) && timed(c));
    if (mine.length === 0) continue;
    const others = [...r.failed].filter((o) => o !== id).flatMap((o) => casesOf(r, o));
    for (const c of mine) {
      for (const o of others) {
        if (!failedInRun(o) || !timed(o) || o.worker === c.worker || seen.has(o.id)) continue;
        if ((o.startedAt ?? 0) < (c.endedAt ?? 0) && (c.startedAt ?? 0) < (o.endedAt ?? 0)) {
          seen.set(o.id, `ran at the same time as ${o.id} on ${o.worker ?? '?'} (run ${r.run.record.id}), which also failed`);
        }
      }
    }
  }
  return [...seen].sort((a, b) => a[0].localeCompare(b[0])).slice(0, MAX_OVERLAPS);
}

function failuresOfOthers(id: TestId, runs: readonly IndexedRun[]): Map<TestId, number> {
  const counts = new Map<TestId, number>();
  for (const run of runs) {
    for (const other of run.failed) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return counts;
}

function timed(c: TestCase): boolean {
  return c.worker !== undefined && c.startedAt !== undefined && c.endedAt !== undefined;
}
