// Order replay: does a victim fail when the tests its worker ran before it run first, serially?
//
// In process-based runners (xdist, Jest/Vitest forks) each worker is one process that runs a
// sequence of tests; state left behind by an earlier test (module globals, registries, caches)
// is what "shared global state" between tests usually is, and it shows up as order dependence:
// the victim fails after a particular predecessor, whatever ran on other workers. Replaying the
// exact prefix serially (1 worker, the preset's subset support, which keeps command-line order
// for pytest node ids) separates that from real concurrency: a failing replay plus a passing
// serial rerun alone (the confirm-serial arm) is evidence the prefix pollutes state; a passing
// replay is evidence against it. A failing replay is then bisected, budget allowing, to name a
// single polluter. Pure planning here; the loop in run-confirmation.ts executes the specs.
import type { PlannerNote, RunResult, RunSpec, TestCase, TestId } from '../model.js';
import { makeRunId } from '../run/plan.js';
import { failedInRun, isExperiment, outcomeOf } from '../observe/index.js';

/** Victims replayed per session, and replays (first + bisection steps) per victim. */
export const MAX_REPLAY_VICTIMS = 5;
export const MAX_REPLAYS_PER_VICTIM = 7;

/** Where a victim's prefix comes from: the tests one worker ran before it in one failing run. */
export interface ReplaySource {
  readonly victim: TestId;
  /** The failing run the sequence was taken from. */
  readonly run: string;
  readonly worker: string;
  /** In start order, the victim excluded. */
  readonly prefix: readonly TestId[];
}

function timed(c: TestCase): c is TestCase & { worker: string; startedAt: number } {
  return c.worker !== undefined && c.startedAt !== undefined;
}

/**
 * The shortest non-empty sequence of tests that ran on the victim's worker before it, over the
 * runs where it failed and the report says who ran what when (cheapest to replay; ties: the
 * earliest run). `null` when no failing run has that data or the victim ran first on its worker
 * (nothing to replay). Experiments (probes, replays) are not sources.
 */
export function replaySource(runs: readonly RunResult[], victim: TestId): ReplaySource | null {
  let best: ReplaySource | null = null;
  for (const run of runs) {
    if (isExperiment(run) || outcomeOf(run, victim) !== 'failed') continue;
    const mine = run.cases.find((c) => c.id === victim && failedInRun(c) && timed(c));
    if (mine === undefined || !timed(mine)) continue;
    const before = run.cases
      .filter((c): c is TestCase & { worker: string; startedAt: number } => timed(c) && c.worker === mine.worker && c.id !== victim && c.startedAt < mine.startedAt)
      .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
    const prefix = [...new Set(before.map((c) => c.id))];
    if (prefix.length === 0) continue;
    if (best === null || prefix.length < best.prefix.length) best = { victim, run: run.record.id, worker: mine.worker, prefix };
  }
  return best;
}

/** The state of one victim's replay: the prefix still suspected, and what was learnt. */
export interface ReplayState {
  readonly source: ReplaySource;
  /** Still containing the polluter(s); starts as the whole prefix. */
  readonly suspects: readonly TestId[];
  /** Halves to try next when bisecting (the first half, then the second). */
  readonly pending: readonly (readonly TestId[])[];
  readonly replays: number;
  /** Whether the full prefix made the victim fail; `null` before the first replay. */
  readonly reproduced: boolean | null;
  readonly done: boolean;
}

export function startReplay(source: ReplaySource): ReplayState {
  return { source, suspects: source.prefix, pending: [source.prefix], replays: 0, reproduced: null, done: false };
}

/** The tests of the next replay (prefix part, then the victim), or `null` when finished. */
export function nextReplay(state: ReplayState): TestId[] | null {
  const part = state.pending[0];
  if (state.done || part === undefined || state.replays >= MAX_REPLAYS_PER_VICTIM) return null;
  return [...part, state.source.victim];
}

/**
 * Records a replay's outcome. The first replay decides reproduction; afterwards a failing half
 * becomes the new suspects (split again while longer than one), and when both halves pass the
 * victim needs tests from both: the bisection stops with the current suspects.
 */
export function recordReplay(state: ReplayState, failed: boolean): ReplayState {
  const [tried, ...rest] = state.pending;
  const replays = state.replays + 1;
  if (tried === undefined) return { ...state, done: true };
  if (state.reproduced === null) {
    if (!failed) return { ...state, replays, reproduced: false, pending: [], done: true };
    return { ...state, replays, reproduced: true, ...split(tried) };
  }
  if (failed) return { ...state, replays, suspects: tried, ...split(tried) };
  // The first half passed: the second is tried next; both passed: an interaction, stop.
  return { ...state, replays, pending: rest, done: rest.length === 0 };
}

function split(part: readonly TestId[]): { pending: (readonly TestId[])[]; done: boolean } {
  if (part.length <= 1) return { pending: [], done: true };
  const mid = Math.ceil(part.length / 2);
  return { pending: [part.slice(0, mid), part.slice(mid)], done: false };
}

export interface OrderReplayContext {
  readonly serialWorkers: number;
  readonly nextSeq: () => number;
  readonly left: () => number | null;
  readonly execute: (spec: RunSpec) => Promise<RunResult>;
  /** Every run so far; replays are appended. */
  readonly all: RunResult[];
  readonly fresh: RunResult[];
  readonly notes: PlannerNote[];
  /** Why an id cannot be passed to the runner (see ConfirmationInput.cannotPass): such a replay is not run. */
  readonly cannotPass?: (id: TestId) => string | null;
  /** What a run of these tests at this count is expected to take (src/price `priceRun` on the runs so far). */
  readonly price: (run: { readonly workers: number; readonly tests: readonly TestId[] }) => number;
}

/** Replays each victim's prefix (and bisects it) within the budget; the runs carry the result. */
export async function replayOrders(victims: readonly TestId[], ctx: OrderReplayContext): Promise<void> {
  for (const victim of victims.slice(0, MAX_REPLAY_VICTIMS)) {
    const source = replaySource(ctx.all, victim);
    if (source === null) continue;
    const done = await bisectPrefix(source, ctx, 'order replay', (outcome) => outcome === 'failed');
    if (done !== null) ctx.notes.push({ kind: 'confirm', text: replaySummary(done.state) });
  }
}

/**
 * Replays `source` serially, the whole prefix and then halves of it, until the bisection is
 * decided, the budget would be overrun or the victim has no result (lost, not selected: repeating
 * would not help). `reproduces` reads the victim's outcome in a replay; `what` names the search in
 * the notes. Null when an id cannot be passed to the runner: a replay runs exactly its tests in
 * order, so one that cannot be named cannot be replayed.
 */
export async function bisectPrefix(
  source: ReplaySource,
  ctx: OrderReplayContext,
  what: string,
  reproduces: (outcome: 'passed' | 'failed') => boolean,
): Promise<{ state: ReplayState; runs: string[] } | null> {
  const { victim } = source;
  const refused = [victim, ...source.prefix].find((id) => (ctx.cannotPass?.(id) ?? null) !== null);
  if (refused !== undefined) {
    ctx.notes.push({ kind: 'fallback', text: `${victim}: ${what} skipped: ${refused} cannot be passed to the runner (${ctx.cannotPass?.(refused) ?? ''})` });
    return null;
  }
  let state = startReplay(source);
  const runs: string[] = [];
  for (let tests = nextReplay(state); tests !== null; tests = nextReplay(state)) {
    const budget = ctx.left();
    const estimate = ctx.price({ workers: ctx.serialWorkers, tests });
    if (budget !== null && estimate > budget) {
      ctx.notes.push({ kind: 'budget', text: `${victim}: ${what} stopped after ${state.replays} replay(s), the next needs ~${Math.round(estimate / 1000)} s of ${Math.round(budget / 1000)} s left` });
      break;
    }
    const iteration = 1 + ctx.all.filter((r) => r.record.phase === 'confirm-order').length;
    const spec: RunSpec = { id: makeRunId('confirm-order', ctx.nextSeq(), ctx.serialWorkers), workers: ctx.serialWorkers, iteration, phase: 'confirm-order', tests };
    const result = await ctx.execute(spec);
    ctx.all.push(result);
    ctx.fresh.push(result);
    runs.push(result.record.id);
    const outcome = outcomeOf(result, victim);
    if (outcome === null) break;
    state = recordReplay(state, reproduces(outcome));
  }
  return { state, runs };
}

function replaySummary(state: ReplayState): string {
  const { victim, run, worker, prefix } = state.source;
  const what = `${victim}: serial replay of the ${prefix.length} test(s) worker ${worker} ran before it in ${run}`;
  if (state.reproduced === null) return `${what}: not completed`;
  if (!state.reproduced) return `${what} passed: no sign of order dependence`;
  const named = state.suspects.length === 1 ? `; polluter: ${state.suspects[0]}` : ` (${state.suspects.length} suspect(s) left after ${state.replays} replay(s))`;
  return `${what} failed${named}`;
}
