// What the serial runs say of a test that needs an earlier one: it passes in every serial run of
// the full suite (the suite's own order) and fails in every serial rerun alone
// (src/verdict/serial-order.ts). That is order dependence read from the runs, not from the source;
// the predecessor it needs, when the replays of its serial prefix named one
// (src/confirm/needed-predecessor.ts), is its partner.
import type { RunResult, TestAnalysis, TestId } from '../model.js';
import { outcomeOf } from '../observe/index.js';
import { needsPredecessors, serialSplit, type SerialKind } from '../verdict/index.js';
import type { Clue } from './types.js';

/**
 * Two kinds of run disagreeing every time is an experiment's answer: above any source reading,
 * also above a message and a literal agreeing (0.9 and more by noisy-OR), which say what state is
 * left behind, not that the test can do without the tests before it.
 */
export const NEEDS_PREDECESSOR_WEIGHT = 0.95;
const LISTED = 3;

/** Whether this test passes in the suite's serial order and fails alone, from the counted runs. */
export function needsEarlierTest(id: TestId, runs: readonly RunResult[]): boolean {
  const serial = serialCount(runs);
  return serial !== null && needsPredecessors(serialSplit(runs, id, serial));
}

export function needsPredecessorClues(test: TestAnalysis, runs: readonly RunResult[], partners: readonly TestId[]): Clue[] {
  const serial = serialCount(runs);
  if (serial === null) return [];
  const split = serialSplit(runs, test.id, serial);
  if (!needsPredecessors(split)) return [];
  const { alone, inOrder } = split;
  const replay = partners.length === 1 ? passingReplay(test.id, partners[0] ?? '', runs) : null;
  const who =
    partners.length === 1
      ? `; it passes when replayed serially right after ${partners[0] ?? ''}${replay === null ? '' : ` (run ${replay})`}, the earlier test whose state it needs`
      : ': it needs state an earlier test leaves behind';
  return [
    {
      causes: ['order-dependence'],
      weight: NEEDS_PREDECESSOR_WEIGHT,
      role: 'direct',
      ambiguous: false,
      group: 'needs-predecessor',
      evidence: {
        kind: 'confirmation',
        text: `passes in ${inOrder.n - inOrder.failed}/${inOrder.n} serial runs of the full suite (its own order; ${runList(inOrder)}) and fails in ${alone.failed}/${alone.n} serial runs alone (${runList(alone)})${who}`,
      },
    },
  ];
}

function serialCount(runs: readonly RunResult[]): number | null {
  return runs.length === 0 ? null : Math.min(...runs.map((r) => r.record.workers));
}

/** The order replay (`confirm-order`) of exactly [partner, test] where the test passed. */
function passingReplay(id: TestId, partner: TestId, runs: readonly RunResult[]): string | null {
  const run = runs.find((r) => r.record.phase === 'confirm-order' && r.record.subset?.length === 2 && r.record.subset[0] === partner && r.record.subset[1] === id && outcomeOf(r, id) === 'passed');
  return run?.record.id ?? null;
}

function runList(kind: SerialKind): string {
  const shown = kind.runs.slice(0, LISTED).join(', ');
  const more = kind.runs.length > LISTED ? ` and ${kind.runs.length - LISTED} more` : '';
  return `run${kind.runs.length === 1 ? '' : 's'} ${shown}${more}`;
}
