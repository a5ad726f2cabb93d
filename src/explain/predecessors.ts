// Order read from runs that recorded workers and times: the tests that ran before this one in the
// same worker process. A test that ran after some test P in every run it failed, and never after P
// in a run it passed, may be polluted by P. The serial runs matter most: there everything collected
// before the test ran before it, so a polluter found this way is one parallelism moved ahead of it.
import type { RunResult, TestId } from '../model.js';
import { failedInRun, outcomeOfCases } from '../observe/index.js';
import { casesOf, indexRuns, type IndexedRun } from './run-index.js';
import type { Clue } from './types.js';

const NAMED = 3;
/** A reading of order, not an experiment: possible at most, below the order replay (0.7). */
export const PREDECESSOR_WEIGHT = 0.4;
/** Failing runs it takes; one run's predecessors are mostly chance. */
const MIN_FAILING = 2;

/** Tests that ended before `id` started on its worker (a serial run's single process included). */
function before(indexed: IndexedRun, id: TestId): Set<TestId> | null {
  const mine = casesOf(indexed, id)[0];
  if (mine?.startedAt === undefined) return null;
  const serial = indexed.run.record.workers === 1;
  if (mine.worker === undefined && !serial) return null;
  const out = new Set<TestId>();
  for (const c of indexed.run.cases) {
    if (c.id === id || c.endedAt === undefined || c.endedAt > mine.startedAt) continue;
    if (serial ? c.worker === mine.worker || c.worker === undefined || mine.worker === undefined : c.worker === mine.worker) out.add(c.id);
  }
  return out;
}

export function predecessorClues(id: TestId, runs: readonly RunResult[]): Clue[] {
  const indexed = indexRuns(runs).filter((r) => r.run.record.phase !== 'confirm-order');
  let common = null as Set<TestId> | null;
  let failing = 0;
  const cleared = new Set<TestId>();
  let passing = 0;
  for (const r of indexed) {
    const cases = casesOf(r, id);
    const outcome = outcomeOfCases(cases);
    if (outcome === null) continue;
    const prior = before(r, id);
    if (prior === null) continue;
    if (cases.some(failedInRun)) {
      failing += 1;
      common = common === null ? prior : new Set([...common].filter((p) => prior.has(p)));
    } else if (outcome === 'passed') {
      passing += 1;
      for (const p of prior) cleared.add(p);
    }
  }
  if (common === null || failing < MIN_FAILING || passing === 0) return [];
  const suspects = [...common].filter((p) => !cleared.has(p)).sort();
  if (suspects.length === 0) return [];
  const named = suspects.length <= NAMED ? suspects.join(', ') : `${suspects.slice(0, NAMED).join(', ')} and ${suspects.length - NAMED} more`;
  return [
    {
      causes: ['order-dependence'],
      weight: PREDECESSOR_WEIGHT,
      role: 'direct',
      ambiguous: false,
      group: 'predecessors',
      evidence: {
        kind: 'confirmation',
        text: `ran after ${named} on the same worker in each of its ${failing} failing runs, and never after it in its ${passing} passing runs with a recorded order`,
      },
    },
  ];
}
