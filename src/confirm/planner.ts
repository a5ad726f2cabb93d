import type { PlannerNote, RunResult, RunSpec, TestId } from '../model.js';
import { compareIds, nominates } from '../observe/index.js';
import { makeRunId } from '../run/plan.js';
import { judgeEvidence, nominate } from '../verdict/index.js';
import { DEFAULT_LIMITS, describe, suspectState, type ArmLimits, type SuspectState } from './arms.js';
import { suiteOf } from './co-runners.js';
import { fitPriceModel, fullSuiteInstead, priceRun, type PriceModel, type Unit } from '../price/price-model.js';
import { suspectsOf } from './suspects.js';

export interface ConfirmInput {
  /** Every run so far, discovery and confirmation (`record.phase` tells which). */
  readonly runs: readonly RunResult[];
  /** Config.workers: the first is the serial baseline. */
  readonly workers: readonly number[];
  readonly supportsSubset: boolean;
  /** Time left for everything still to run; null = no budget. */
  readonly budgetRemainingMs: number | null;
  /** Sequence number for the first run id of this batch (1 + runs so far). */
  readonly nextSeq: number;
  readonly limits?: ArmLimits;
  /** What the runner hands one worker (PresetCapabilities.parallelUnit), for pricing runs; default `unknown`. */
  readonly unit?: Unit;
  /** CPUs of the machine: the pricing prior for a worker count not yet seen; default 1. */
  readonly cores?: number;
}

export interface ConfirmStep {
  /** Next batch, run in order; empty when done. */
  readonly specs: readonly RunSpec[];
  /** New notes of this step only (the caller accumulates them). */
  readonly notes: readonly PlannerNote[];
  readonly done: boolean;
}

/**
 * Plans the next batch of confirmation runs from everything run so far. Stateless: call it again
 * with the batch's results appended until `done`. Every candidate run is priced from what this
 * suite has shown (src/price `priceRun`), and the batch is the least wall time that gives every
 * open suspect the observation its block needs next: one serial run of all the suspects whose block
 * needs a serial observation (one start-up for all of them), and at each threshold worker count
 * one parallel run of every suspect whose block needs its parallel one, with their companions
 * (groups whose tests do not overlap share the run), or the full suite at that count when that is
 * priced no higher, when a suspect's subset missed, or when the run would hold one test. Runs are
 * kept in order as long as the budget fits them.
 */
export function planNextConfirmation(input: ConfirmInput): ConfirmStep {
  const limits = input.limits ?? DEFAULT_LIMITS;
  const serial = input.workers[0];
  if (serial === undefined) return { specs: [], notes: [{ kind: 'stop', text: 'no worker counts: nothing to confirm' }], done: true };
  const discovery = input.runs.filter(nominates);
  const nomination = nominate(discovery, serial);
  const suspects = suspectsOf(nomination, discovery);
  const firstStep = input.runs.every(nominates);
  const notes: PlannerNote[] = firstStep ? openingNotes(suspects.map((s) => `${s.id} (threshold ${s.threshold})`), input.supportsSubset) : [];
  const states = suspects.map((s) => suspectState(s, input.runs, nomination, input.supportsSubset, limits));
  const open = states.filter((s) => s.stopped === null);
  const close = (): PlannerNote[] => closingNotes(states);
  if (open.length === 0) return { specs: [], notes: [...notes, ...close()], done: true };

  for (const s of open) {
    if (input.supportsSubset && s.needs.parallel && s.mode === 'full' && s.fullAttempts === 0) {
      notes.push({ kind: 'fallback', text: `${s.suspect.id}: ${s.subsetAttempts} parallel reruns with its companions did not reproduce; rerunning the full suite at ${s.suspect.threshold} workers` });
    }
  }
  const inOrderConfirm = new Set(input.runs.filter((r) => r.record.phase === 'confirm-serial' && r.record.subset === undefined).map((r) => r.record.id));
  for (const s of open) {
    if (!input.supportsSubset || s.serialArm !== 'in-order' || s.split.inOrder.runs.some((id) => inOrderConfirm.has(id))) continue;
    const { alone } = s.split;
    notes.push({ kind: 'confirm', text: `${s.suspect.id}: failed ${alone.failed}/${alone.n} serial reruns alone; its serial arm now runs the full suite serially, in the suite's own order, to tell a test that needs an earlier one from a test that fails serially` });
  }
  const model = fitPriceModel(input.runs, input.unit ?? 'unknown', input.cores ?? 1);
  const candidates = batchFor(open, serial, input.supportsSubset, suiteOf(discovery), model);
  const specs: RunSpec[] = [];
  const skipped: string[] = [];
  const skippedLabels: string[] = [];
  let left = input.budgetRemainingMs;
  for (const c of candidates) {
    const estimate = priceRun(model, c);
    if (left !== null && estimate > left) {
      skipped.push(`${c.label} (estimated ${seconds(estimate)})`);
      skippedLabels.push(c.label);
      continue;
    }
    if (left !== null) left -= estimate;
    const id = makeRunId(c.phase, input.nextSeq + specs.length, c.workers);
    const iteration = 1 + input.runs.filter((r) => r.record.phase === c.phase && r.record.workers === c.workers).length;
    specs.push(c.tests === undefined ? { id, workers: c.workers, iteration, phase: c.phase } : { id, workers: c.workers, iteration, phase: c.phase, tests: c.tests });
  }
  const budgetText = input.budgetRemainingMs === null ? '' : `${seconds(input.budgetRemainingMs)} left`;
  if (specs.length === 0) {
    notes.push({ kind: 'budget', text: `budget: ${budgetText}; skipped ${skipped.join('; ')}` });
    return { specs, notes: [...notes, ...close()], done: true };
  }
  // Budget only shrinks, so a skipped arm stays skipped: the text is stable (no estimates) so a
  // caller can drop the repeats; the final step names estimates and the time left.
  for (const label of skippedLabels) notes.push({ kind: 'budget', text: `budget: not enough left for the ${label}; continuing with the rest` });
  notes.push({ kind: 'confirm', text: `${specs.map((s) => `${s.id} (${s.tests === undefined ? 'full suite' : `${s.tests.length} tests`})`).join(', ')} for ${open.length} open suspect(s)` });
  return { specs, notes, done: false };
}

interface Candidate {
  readonly phase: 'confirm-serial' | 'confirm-parallel';
  readonly workers: number;
  readonly tests?: readonly TestId[];
  readonly label: string;
}

function batchFor(open: readonly SuspectState[], serial: number, supportsSubset: boolean, suite: readonly TestId[], model: PriceModel): Candidate[] {
  const out: Candidate[] = [];
  const serialNeeds = open.filter((s) => s.needs.serial);
  const aloneIds = serialNeeds.filter((s) => supportsSubset && s.serialArm === 'alone').map((s) => s.suspect.id);
  const inOrderIds = serialNeeds.filter((s) => !supportsSubset || s.serialArm === 'in-order').map((s) => s.suspect.id);
  if (aloneIds.length > 0) out.push({ phase: 'confirm-serial', workers: serial, tests: aloneIds, label: `serial arm of ${aloneIds.join(', ')}` });
  // Suspects that failed every serial rerun alone are observed in the suite's own order: one
  // full-suite serial run, where every test the suite runs before them runs before them.
  if (inOrderIds.length > 0) out.push({ phase: 'confirm-serial', workers: serial, label: `serial arm of ${inOrderIds.join(', ')}${supportsSubset ? " in the suite's order" : ''}` });
  const byWorkers = new Map<number, SuspectState[]>();
  for (const s of open) {
    if (!s.needs.parallel) continue;
    const group = byWorkers.get(s.suspect.threshold) ?? [];
    group.push(s);
    byWorkers.set(s.suspect.threshold, group);
  }
  for (const [workers, group] of [...byWorkers].sort((a, b) => a[0] - b[0])) {
    const label = `parallel arm of ${group.map((s) => s.suspect.id).join(', ')} at ${workers} workers`;
    // One run at this count observes every suspect in it: the suspects with their companions
    // (groups whose tests overlap are one group; disjoint groups share the run, one start-up), or
    // the full suite, which holds all of them. The full suite when a suspect needs it (its subset
    // missed, or no subset support), when the subset would hold one test (nobody to collide
    // with), or when it is priced no higher than the subset (a subset of most of the suite, or of
    // its slowest tests, gains nothing and loses the rest of the suite's company).
    const tests = [...new Set(group.flatMap((s) => [s.suspect.id, ...s.suspect.companions]))].sort(compareIds);
    const full = !supportsSubset || group.some((s) => s.mode === 'full') || tests.length >= suite.length || fullSuiteInstead(model, { workers, tests });
    out.push(full ? { phase: 'confirm-parallel', workers, label } : { phase: 'confirm-parallel', workers, tests, label });
  }
  return out;
}

function openingNotes(suspects: readonly string[], supportsSubset: boolean): PlannerNote[] {
  const notes: PlannerNote[] = [
    { kind: 'confirm', text: suspects.length === 0 ? 'no suspects in discovery: nothing to confirm' : `${suspects.length} suspect(s) from discovery: ${suspects.join('; ')}` },
  ];
  if (!supportsSubset && suspects.length > 0) {
    notes.push({ kind: 'fallback', text: 'the framework cannot run a subset of tests: confirmation reruns the full suite, serially and at each threshold worker count' });
  }
  return notes;
}

function closingNotes(states: readonly SuspectState[]): PlannerNote[] {
  return states.map((s) => {
    const { serial, parallel } = s.evidence;
    const why = s.stopped ?? undecided(s);
    return { kind: 'stop' as const, text: `${s.suspect.id}: ${why} (serial ${describe(serial)}; parallel at ${s.suspect.threshold} workers ${describe(parallel)})` };
  });
}

function undecided(s: SuspectState): string {
  const more = judgeEvidence(s.evidence)?.runsToDecide;
  return more === undefined ? 'undecided' : `undecided: about ${more} more run(s) would decide`;
}

function seconds(ms: number): string {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}
