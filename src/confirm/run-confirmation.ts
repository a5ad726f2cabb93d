import type { PartnerFinding, PlannerNote, RunResult, RunSpec, TestId } from '../model.js';
import { makeRunId } from '../run/plan.js';
import { failedInRun, includes, isExperiment, nominates, outcomeOf } from '../observe/index.js';
import { countedSerialFailures, evidenceOf, isConfirmed, needsPredecessors, nominate, serialSplit } from '../verdict/index.js';
import { concurrentTests } from './co-runners.js';
import { replayOrders } from './order-replay.js';
import { searchPredecessors } from './needed-predecessor.js';
import { fitPriceModel, priceRun, type CandidateRun } from '../price/price-model.js';
import { decisionsFor, nextPartnerProbe, partnerResult, recordProbe, repeatsFor, startPartnerSearch } from './partner-search.js';
import { planNextConfirmation, type ConfirmInput } from './planner.js';

/** Runs one spec and returns its parsed result: the pipeline passes `executeRun` + `collectRun`. */
export type Execute = (spec: RunSpec) => Promise<RunResult>;

/** The planner's input (budget measured when confirmation starts), plus how the loop runs. */
export interface ConfirmationInput extends ConfirmInput {
  /** Search collision partners of confirmed parallel-only tests (default true). */
  readonly partnerSearch?: boolean;
  /** The experiments' share of the deciding runs' time (default EXPERIMENT_SHARE). */
  readonly experimentShare?: number;
  /**
   * Replay serially what a confirmed victim's worker ran before it (order-replay.ts), and what ran
   * before an order-dependent test in the suite's serial order (needed-predecessor.ts). Default
   * true; the pipeline passes the preset's `orderReplay` capability.
   */
  readonly orderReplay?: boolean;
  /**
   * Time spent since `budgetRemainingMs` was measured. The pipeline passes a wall clock (start-up,
   * parsing and writing count against the budget too); without it, the runs' own `durationMs`
   * are summed, which keeps tests deterministic.
   */
  readonly elapsedMs?: () => number;
  /**
   * Why the runner cannot be handed a test id safely (ResolvedPreset.cannotPass), or null. Arms
   * run such a test in the full suite (the executor widens the run); experiments, which must run
   * exactly their tests, leave it out and say so.
   */
  readonly cannotPass?: (id: TestId) => string | null;
}

/**
 * The partner search and order replay together may spend at most this share of what the decisions
 * cost (discovery and the confirmation arms): they explain verdicts already made, so a bisection
 * that would cost more than deciding them stops, says so, and leaves the candidates to the explain
 * stage.
 */
export const EXPERIMENT_SHARE = 1;

export interface ConfirmationOutcome {
  /** The confirmation runs and partner probes, in execution order. */
  readonly runs: readonly RunResult[];
  readonly notes: readonly PlannerNote[];
  readonly partners: readonly PartnerFinding[];
}

/**
 * The confirmation loop: plan a batch, run it, repeat until the planner is done; then search the
 * collision partners of every confirmed parallel-only test, and replay the order of those without
 * a partner. Time spent is `elapsedMs()` when
 * given, else the sum of the runs' own durations (deterministic for a deterministic `execute`).
 */
export async function runConfirmation(input: ConfirmationInput, execute: Execute): Promise<ConfirmationOutcome> {
  const all: RunResult[] = [...input.runs];
  const fresh: RunResult[] = [];
  const notes: PlannerNote[] = [];
  const spent = input.elapsedMs ?? ((): number => fresh.reduce((sum, r) => sum + r.record.durationMs, 0));
  const budgetLeft = (): number | null => (input.budgetRemainingMs === null ? null : input.budgetRemainingMs - spent());
  for (;;) {
    const step = planNextConfirmation({ runs: all, workers: input.workers, supportsSubset: input.supportsSubset, budgetRemainingMs: budgetLeft(), nextSeq: input.nextSeq + fresh.length, ...(input.limits ? { limits: input.limits } : {}), ...(input.unit ? { unit: input.unit } : {}), ...(input.cores ? { cores: input.cores } : {}) });
    // The planner repeats a partial-budget note every step while the arm stays skipped.
    notes.push(...step.notes.filter((n) => !notes.some((m) => m.kind === n.kind && m.text === n.text)));
    for (const spec of step.specs) {
      const result = await execute(spec);
      all.push(result);
      fresh.push(result);
    }
    if (step.done || step.specs.length === 0) break;
  }
  const serialWorkers = input.workers[0] ?? 1;
  // Tests that fail alone and pass in the suite's serial order need an earlier test; they are not
  // collision victims (they fail without company), so their search is for that earlier test.
  const ordered = orderDependent(all, serialWorkers);
  const confirmed = confirmedParallelOnly(all, serialWorkers).filter((c) => !ordered.includes(c.victim));
  // Experiments share a time allowance (EXPERIMENT_SHARE of the runs that decided the verdicts)
  // with the budget: whichever is less is what they have left.
  const deciding = all.filter((r) => !isExperiment(r)).reduce((sum, r) => sum + r.record.durationMs, 0);
  const experimentsFrom = spent();
  const share = input.experimentShare ?? EXPERIMENT_SHARE;
  const allowance = deciding * share;
  const left = (): number | null => {
    const budget = budgetLeft();
    const rest = allowance - (spent() - experimentsFrom);
    return budget === null ? rest : Math.min(budget, rest);
  };
  const price = (run: CandidateRun): number => priceRun(fitPriceModel(all, input.unit ?? 'unknown', input.cores ?? 1), run);
  const partners: PartnerFinding[] = [];
  if (input.partnerSearch !== false) {
    for (const { victim, workers } of confirmed) {
      if (!input.supportsSubset) {
        notes.push({ kind: 'fallback', text: `${victim}: partner search needs subset runs, which the framework cannot do: skipped` });
        continue;
      }
      const why = input.cannotPass?.(victim) ?? null;
      if (why !== null) {
        notes.push({ kind: 'fallback', text: `${victim}: partner search skipped: its id cannot be passed to the runner (${why})` });
        continue;
      }
      const finding = await searchPartners(victim, workers, all, fresh, input, left, price, execute, notes, partners);
      if (finding) partners.push(finding);
    }
  }
  if (ordered.length > 0 && input.supportsSubset) {
    if (input.orderReplay === false) {
      notes.push({ kind: 'confirm', text: `the runner chooses its own order (files, packages), so the earlier test that ${ordered.join(', ')} need(s) is not searched by replays, which need tests run in the order given` });
    } else {
      partners.push(...(await searchPredecessors(ordered, { serialWorkers, nextSeq: () => input.nextSeq + fresh.length, left, price, execute, all, fresh, notes, ...(input.cannotPass ? { cannotPass: input.cannotPass } : {}) })));
    }
  }
  if (input.orderReplay !== false && input.supportsSubset) {
    // A victim that fails beside one named test and never alone collides with it: what ran before
    // it on its own worker is not the question any more, so only the others are replayed.
    const explained = new Set(partners.filter((f) => f.found).map((f) => f.victim));
    const victims = confirmed.map((c) => c.victim);
    const skipped = victims.filter((id) => explained.has(id));
    if (skipped.length > 0) notes.push({ kind: 'confirm', text: `order replay: not needed for ${skipped.length} test(s) whose collision partner was found (${skipped.join(', ')})` });
    await replayOrders(victims.filter((id) => !explained.has(id)), { serialWorkers, nextSeq: () => input.nextSeq + fresh.length, left, price, execute, all, fresh, notes, ...(input.cannotPass ? { cannotPass: input.cannotPass } : {}) });
  }
  return { runs: fresh, notes, partners };
}

/**
 * Nominees the decision rule confirms (src/verdict), with the worker count of their parallel arm.
 * Only nominees: a test discovery did not nominate was not put to the test. A serial failure in
 * confirmation makes a test `flaky`, so such a test is not a victim whatever its e-value.
 */
function confirmedParallelOnly(runs: readonly RunResult[], serial: number): { victim: TestId; workers: number }[] {
  const nomination = nominate(runs.filter(nominates), serial);
  return [...nomination.nominees.values()]
    .map((nominee) => evidenceOf(runs, nominee, nomination))
    .filter((e) => isConfirmed(e) && countedSerialFailures(serialSplit(runs, e.nominee.id, serial)) === 0)
    .map((e) => ({ victim: e.nominee.id, workers: e.nominee.threshold }));
}

/** Nominees that failed every serial run alone and passed every one in the suite's order. */
function orderDependent(runs: readonly RunResult[], serial: number): TestId[] {
  const nomination = nominate(runs.filter(nominates), serial);
  return [...nomination.nominees.keys()].filter((id) => needsPredecessors(serialSplit(runs.filter((r) => !isExperiment(r)), id, serial)));
}

async function searchPartners(
  victim: TestId,
  workers: number,
  all: RunResult[],
  fresh: RunResult[],
  input: ConfirmationInput,
  left: () => number | null,
  price: (run: CandidateRun) => number,
  execute: Execute,
  notes: PlannerNote[],
  earlier: readonly PartnerFinding[],
): Promise<PartnerFinding | null> {
  const passable = (id: TestId): boolean => (input.cannotPass?.(id) ?? null) === null;
  const found = partnerCandidates(all, victim, workers);
  const candidates = found.filter(passable);
  if (candidates.length < found.length) {
    notes.push({ kind: 'fallback', text: `${victim}: ${found.length - candidates.length} candidate partner(s) left out of the search: their ids cannot be passed to the runner (${found.filter((id) => !passable(id)).slice(0, 3).join(', ')})` });
  }
  const rate = reproductionRate(all, victim, workers, candidates);
  const guess = likelyPartner(all, victim, workers, candidates, earlier);
  let state = startPartnerSearch(victim, candidates, workers, repeatsFor(rate, decisionsFor(candidates.length)), guess);
  notes.push({ kind: 'confirm', text: `${victim}: searching collision partners among ${candidates.length} candidate(s) at ${workers} workers (reproduction rate ~${rate.toFixed(2)}, ${state.repeats} miss(es) before a half is dropped${state.stage === 'guess' ? `; ${guess ?? ''} first` : ''})` });
  const reused = new Set<RunResult>();
  for (let probe = nextPartnerProbe(state); probe !== null; probe = nextPartnerProbe(state)) {
    // The same test set already ran at this count (typically the pair the other way round): its
    // outcome for this victim is evidence already paid for.
    const same = all.find((r) => !reused.has(r) && r.record.workers === workers && sameTests(r.record.subset, probe.tests) && outcomeOf(r, victim) !== null);
    if (same !== undefined) {
      reused.add(same);
      state = recordProbe(state, outcomeOf(same, victim) === 'failed', same.record.id);
      continue;
    }
    const budget = left();
    const estimate = price(probe);
    if (budget !== null && estimate > budget) {
      notes.push({ kind: 'budget', text: `${victim}: partner search stopped after ${state.probes} probe(s), the next needs ~${Math.round(estimate / 1000)} s of ${Math.round(Math.max(0, budget) / 1000)} s left (the budget, or the experiments' share: ${Math.round((input.experimentShare ?? EXPERIMENT_SHARE) * 100)}% of the deciding runs' time; remaining candidates: ${[...state.required, ...state.pool].length})` });
      return { victim, workers, partners: [], found: false, probes: state.probes, evidence: [...state.evidence, 'stopped: time'] };
    }
    // Its own phase keeps the probe out of every sample; `iteration` numbers the probes at this
    // worker count, as the planner numbers its runs per phase and count.
    const iteration = 1 + all.filter((r) => isExperiment(r) && r.record.workers === workers).length;
    const spec: RunSpec = { id: makeRunId('confirm-partner', input.nextSeq + fresh.length, workers), workers, iteration, phase: 'confirm-partner', tests: probe.tests };
    const result = await execute(spec);
    all.push(result);
    fresh.push(result);
    state = recordProbe(state, outcomeOf(result, victim) === 'failed');
  }
  const result = partnerResult(state);
  notes.push({ kind: 'confirm', text: result.evidence.at(-1) ?? '' });
  return { victim, workers, ...result };
}

function sameTests(subset: readonly TestId[] | undefined, tests: readonly TestId[]): boolean {
  if (subset === undefined || subset.length !== tests.length) return false;
  const set = new Set(subset);
  return tests.every((t) => set.has(t));
}

/**
 * The one candidate worth probing alone before bisecting, or null:
 * - a victim found earlier whose sole partner is this victim (collisions are usually mutual:
 *   A fails beside B because they share a resource, and so does B; one probe, or the earlier
 *   probe itself when this victim's outcome is in it, checks it);
 * - else the candidate that failed with the victim in most of its failing parallel runs at
 *   `workers`, ties broken by how alike their failure messages are (the same file, port or
 *   database named in both), then by id.
 */
export function likelyPartner(runs: readonly RunResult[], victim: TestId, workers: number, candidates: readonly TestId[], earlier: readonly PartnerFinding[] = []): TestId | null {
  const pool = new Set(candidates);
  const mutual = earlier.find((f) => f.found && f.workers === workers && f.partners.length === 1 && f.partners[0] === victim && pool.has(f.victim));
  if (mutual !== undefined) return mutual.victim;
  const score = new Map<TestId, { together: number; alike: number }>();
  for (const run of runs) {
    if (run.record.workers !== workers || isExperiment(run) || outcomeOf(run, victim) !== 'failed') continue;
    const words = wordsOf(messageOf(run, victim));
    for (const id of candidates) {
      if (outcomeOf(run, id) !== 'failed') continue;
      const s = score.get(id) ?? { together: 0, alike: 0 };
      score.set(id, { together: s.together + 1, alike: s.alike + jaccard(words, wordsOf(messageOf(run, id))) });
    }
  }
  const ranked = [...score].sort((a, b) => b[1].together - a[1].together || b[1].alike - a[1].alike || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked[0]?.[0] ?? null;
}

/**
 * The failure text that names the resource: the message and the head of the details, without
 * stack frames (`at ...`, `❯ file:line`), which every failure shares with every other. Jest's
 * reports carry no message at all, only details.
 */
function messageOf(run: RunResult, id: TestId): string {
  const c = run.cases.find((x) => x.id === id && failedInRun(x));
  if (c === undefined) return '';
  const details = (c.details ?? '').split('\n').filter((line) => !/^\s*(at\s|❯\s)/.test(line)).slice(0, 20);
  return [c.message ?? '', ...details].join('\n');
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both);
}

/**
 * Who may collide with the victim: tests that ran at the same time on another worker when it
 * failed (needs per-test timing), else the tests present in every parallel run where it failed
 * at `workers` (a partner that must run alongside is in all of them).
 */
export function partnerCandidates(runs: readonly RunResult[], victim: TestId, workers: number): TestId[] {
  const serial = Math.min(...runs.map((r) => r.record.workers));
  const concurrent = concurrentTests(runs, victim, serial);
  if (concurrent.length > 0) return concurrent;
  const failing = runs.filter((run) => run.record.workers === workers && outcomeOf(run, victim) === 'failed');
  const sets = failing.map((run) => new Set(run.cases.map((c) => c.id)));
  const first = sets[0];
  if (first === undefined) return [];
  return [...first].filter((id) => id !== victim && sets.every((s) => s.has(id))).sort();
}

/**
 * How often the victim fails when every candidate runs beside it: non-probe runs at `workers`
 * that included all candidates. The Jeffreys posterior mean (k + ½) / (n + 1) rather than k / n,
 * so two failures in two runs read as ~0.83, not as a certainty that would allow a single probe.
 */
export function reproductionRate(runs: readonly RunResult[], victim: TestId, workers: number, candidates: readonly TestId[]): number {
  let failed = 0;
  let n = 0;
  for (const run of runs) {
    if (run.record.workers !== workers || isExperiment(run) || !candidates.every((c) => includes(run, c))) continue;
    const outcome = outcomeOf(run, victim);
    if (outcome === null) continue;
    n++;
    if (outcome === 'failed') failed++;
  }
  return (failed + 0.5) / (n + 1);
}
