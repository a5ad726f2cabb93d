import { runsToDecide } from '../analyse/stats.js';
import type { PlannerNote, RunResult, RunSpec, TestId } from '../model.js';
import { makeRunId } from '../run/plan.js';
import { DEFAULT_LIMITS, describe, suspectState, type ArmLimits, type SuspectState } from './arms.js';
import { suiteOf } from './co-runners.js';
import { durationModel, estimateRunMs } from './estimate.js';
import { nominateSuspects } from './suspects.js';

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
}

export interface ConfirmStep {
  /** Next batch, run in order; empty when done. */
  readonly specs: readonly RunSpec[];
  /** New notes of this step only (the caller accumulates them). */
  readonly notes: readonly PlannerNote[];
  readonly done: boolean;
}

/** A parallel arm holding more than this share of the suite runs the full suite instead. */
const SUBSET_SHARE_LIMIT = 0.5;

/**
 * Plans the next batch of confirmation runs from everything run so far. Stateless: call it again
 * with the batch's results appended until `done`. One batch = one serial run of every open serial
 * arm (batched: one start-up for all suspects), then the parallel runs of the open parallel arms
 * by threshold worker count: one run per group of suspects whose test sets overlap (or one
 * full-suite run for the count), cheapest first, as many as the budget fits.
 */
export function planNextConfirmation(input: ConfirmInput): ConfirmStep {
  const limits = input.limits ?? DEFAULT_LIMITS;
  const serial = input.workers[0];
  if (serial === undefined) return { specs: [], notes: [{ kind: 'stop', text: 'no worker counts: nothing to confirm' }], done: true };
  const discovery = input.runs.filter((r) => r.record.phase === 'discovery');
  const suspects = nominateSuspects(discovery, serial);
  const firstStep = !input.runs.some((r) => r.record.phase !== 'discovery');
  const notes: PlannerNote[] = firstStep ? openingNotes(suspects.map((s) => `${s.id} (${s.reason}, threshold ${s.threshold})`), input.supportsSubset) : [];
  const states = suspects.map((s) => suspectState(s, input.runs, serial, input.supportsSubset, limits));
  const open = states.filter((s) => s.stopped === null);
  if (open.length === 0) return { specs: [], notes: [...notes, ...closingNotes(states)], done: true };

  for (const s of open) {
    const p = s.parallel.sample;
    if (input.supportsSubset && s.needs.parallel && s.mode === 'full' && p.fullAttempts === 0) {
      notes.push({ kind: 'fallback', text: `${s.suspect.id}: ${p.subsetAttempts} parallel reruns with its companions did not reproduce; rerunning the full suite at ${s.suspect.threshold} workers` });
    }
  }
  const suite = suiteOf(discovery);
  const candidates = batchFor(open, serial, input.supportsSubset, suite);
  const model = durationModel(input.runs);
  const specs: RunSpec[] = [];
  const skipped: string[] = [];
  const skippedLabels: string[] = [];
  let left = input.budgetRemainingMs;
  for (const c of candidates) {
    const estimate = estimateRunMs(model, c);
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
    return { specs, notes: [...notes, ...closingNotes(states)], done: true };
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

function batchFor(open: readonly SuspectState[], serial: number, supportsSubset: boolean, suite: readonly TestId[]): Candidate[] {
  const out: Candidate[] = [];
  const serialIds = open.filter((s) => s.needs.serial).map((s) => s.suspect.id);
  if (serialIds.length > 0) {
    const label = `serial arm of ${serialIds.join(', ')}`;
    out.push(supportsSubset ? { phase: 'confirm-serial', workers: serial, tests: serialIds, label } : { phase: 'confirm-serial', workers: serial, label });
  }
  const byWorkers = new Map<number, SuspectState[]>();
  for (const s of open) {
    if (!s.needs.parallel) continue;
    const group = byWorkers.get(s.suspect.threshold) ?? [];
    group.push(s);
    byWorkers.set(s.suspect.threshold, group);
  }
  for (const [workers, group] of [...byWorkers].sort((a, b) => a[0] - b[0])) {
    const label = (members: readonly SuspectState[]): string => `parallel arm of ${members.map((s) => s.suspect.id).join(', ')} at ${workers} workers`;
    const tests = new Set<TestId>();
    for (const s of group) for (const t of [s.suspect.id, ...s.suspect.companions]) tests.add(t);
    // A lone suspect has nobody to collide with: only the full suite can reproduce it.
    const full = group.some((s) => s.mode === 'full') || tests.size < 2 || tests.size > suite.length * SUBSET_SHARE_LIMIT;
    if (full) {
      out.push({ phase: 'confirm-parallel', workers, label: label(group) });
      continue;
    }
    // Suspects whose test sets do not overlap run apart: the same executions as their union, and
    // a run of exactly a victim and its partner is the partner search's first probe, already paid.
    // Lone suspects (no companions) stay together, as in the union: one run, never a full suite each.
    const isLone = (part: readonly SuspectState[]): boolean => part.length === 1 && part[0]?.suspect.companions.length === 0;
    const parts = disjointGroups(group);
    const lone = parts.filter(isLone).flat();
    for (const part of [...parts.filter((p) => !isLone(p)), ...(lone.length > 0 ? [lone] : [])]) {
      const own = new Set<TestId>();
      for (const s of part) for (const t of [s.suspect.id, ...s.suspect.companions]) own.add(t);
      out.push(own.size < 2 ? { phase: 'confirm-parallel', workers, label: label(part) } : { phase: 'confirm-parallel', workers, tests: [...own].sort(), label: label(part) });
    }
  }
  return out;
}

/** Connected groups of suspects, two being connected when their test sets (itself + companions) share a test. */
function disjointGroups(group: readonly SuspectState[]): SuspectState[][] {
  const parent = group.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  const owner = new Map<TestId, number>();
  group.forEach((s, i) => {
    for (const t of [s.suspect.id, ...s.suspect.companions]) {
      const j = owner.get(t);
      if (j === undefined) owner.set(t, i);
      else parent[root(i)] = root(j);
    }
  });
  const parts = new Map<number, SuspectState[]>();
  group.forEach((s, i) => parts.set(root(i), [...(parts.get(root(i)) ?? []), s]));
  return [...parts.values()];
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
  return states.map((s) => ({
    kind: 'stop' as const,
    text: `${s.suspect.id}: ${s.stopped ?? undecided(s)} (serial ${describe(s.serial)}; parallel at ${s.suspect.threshold} workers ${describe(s.parallel)})`,
  }));
}

function undecided(s: SuspectState): string {
  const p = s.parallel.sample;
  const q = s.serial.sample;
  const more = runsToDecide(p.failed, p.n, q.failed, q.n);
  return more === null ? 'undecided' : `undecided: about ${more} more run(s) per arm would decide`;
}

function seconds(ms: number): string {
  return ms >= 120_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 1000)} s`;
}
