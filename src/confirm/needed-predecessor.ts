// Which earlier test does an order-dependent test need? A test that passes in the suite's serial
// order and fails alone (src/verdict/serial-order.ts `needsPredecessors`) relies on state a test
// before it leaves behind. Replaying serially what ran before it in a passing serial full-suite
// run, then halves of that prefix, names the one it needs: the replay "reproduces" when the test
// passes (the inverse of order-replay.ts, which looks for the test that breaks a victim). Needs
// the preset's `orderReplay` (tests run in the order given, in one process); the runs are
// experiments (`confirm-order`), counted in no sample. Pure planning over the context's `execute`.
import type { PartnerFinding, RunResult, TestCase, TestId } from '../model.js';
import { isExperiment, outcomeOf } from '../observe/index.js';
import { bisectPrefix, MAX_REPLAY_VICTIMS, type OrderReplayContext, type ReplaySource, type ReplayState } from './order-replay.js';

/**
 * The shortest prefix before the test in a counted serial full-suite run where it passed: the
 * tests that started before it (start times where the report has them, else report order, which
 * is execution order in one serial process). Null without such a run or when it ran first.
 */
export function predecessorSource(runs: readonly RunResult[], victim: TestId, serialWorkers: number): ReplaySource | null {
  let best: ReplaySource | null = null;
  for (const run of runs) {
    const { record } = run;
    if (isExperiment(run) || record.workers !== serialWorkers || record.subset !== undefined || outcomeOf(run, victim) !== 'passed') continue;
    const prefix = prefixOf(run.cases, victim);
    if (prefix.length === 0) continue;
    if (best === null || prefix.length < best.prefix.length) best = { victim, run: record.id, worker: 'serial', prefix };
  }
  return best;
}

function prefixOf(cases: readonly TestCase[], victim: TestId): TestId[] {
  const mine = cases.find((c) => c.id === victim);
  if (mine === undefined) return [];
  const timed = mine.startedAt !== undefined && cases.every((c) => c.startedAt !== undefined);
  const before = timed
    ? cases.filter((c) => c.id !== victim && (c.startedAt ?? 0) < (mine.startedAt ?? 0)).sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0))
    : cases.slice(0, cases.indexOf(mine)).filter((c) => c.id !== victim);
  return [...new Set(before.map((c) => c.id))];
}

/**
 * Replays and bisects each victim's serial prefix within the budget. A victim that passes right
 * after a single test of it has found what it needs: that test is its partner (`PartnerFinding`
 * at the serial count), the finding's evidence names the replays.
 */
export async function searchPredecessors(victims: readonly TestId[], ctx: OrderReplayContext): Promise<PartnerFinding[]> {
  const findings: PartnerFinding[] = [];
  for (const victim of victims.slice(0, MAX_REPLAY_VICTIMS)) {
    const source = predecessorSource(ctx.all, victim, ctx.serialWorkers);
    if (source === null) {
      ctx.notes.push({ kind: 'confirm', text: `${victim}: no serial full-suite run where it passed after other tests: the test it needs is not searched` });
      continue;
    }
    // Reproducing the suite's serial pass is what keeps a half.
    const done = await bisectPrefix(source, ctx, 'predecessor search', (outcome) => outcome === 'passed');
    if (done === null) continue;
    const { state, runs } = done;
    const text = summary(state, runs);
    ctx.notes.push({ kind: 'confirm', text });
    const needed = state.reproduced === true && state.done && state.suspects.length === 1 ? state.suspects[0] : undefined;
    findings.push({ victim, kind: 'predecessor', workers: ctx.serialWorkers, partners: needed === undefined ? [] : [needed], found: needed !== undefined, probes: state.replays, evidence: [text] });
  }
  return findings;
}

function summary(state: ReplayState, runs: readonly string[]): string {
  const { victim, run, prefix } = state.source;
  const what = `${victim}: serial replay of the ${prefix.length} test(s) that ran before it in ${run}`;
  const where = runs.length === 0 ? '' : ` (runs ${runs.join(', ')})`;
  if (state.reproduced === null) return `${what}: not completed`;
  if (!state.reproduced) return `${what} failed${where}: the order alone does not make it pass`;
  if (state.suspects.length === 1 && state.done) return `${what} passed; it needs ${state.suspects[0] ?? ''} to run before it${where}`;
  return `${what} passed; ${state.suspects.length} test(s) left that it may need after ${state.replays} replay(s)${where}`;
}
