import type { PlannerNote, RunResult, RunSpec, TestId } from '../model.js';
import { compareIds } from '../observe/index.js';
import { makeRunId } from '../run/plan.js';
import { judgeEvidence, nominate } from '../verdict/index.js';
import { DEFAULT_LIMITS, describe, suspectState, type ArmLimits, type SuspectState } from './arms.js';
import { suiteOf } from './co-runners.js';
import { durationModel, estimateRunMs } from './estimate.js';
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
 * with the batch's results appended until `done`. One batch = one serial run of the suspects whose
 * block needs a serial observation (batched: one start-up for all of them), then the parallel runs
 * of those whose block needs its parallel one, by threshold worker count: one run per group of
 * suspects whose test sets overlap (a group over half the suite, or a suspect whose subset missed,
 * runs the full suite at that count), cheapest first, as many as the budget fits.
 */
export function planNextConfirmation(input: ConfirmInput): ConfirmStep {
  const limits = input.limits ?? DEFAULT_LIMITS;
  const serial = input.workers[0];
  if (serial === undefined) return { specs: [], notes: [{ kind: 'stop', text: 'no worker counts: nothing to confirm' }], done: true };
  const discovery = input.runs.filter((r) => r.record.phase === 'discovery');
  const nomination = nominate(discovery, serial);
  const suspects = suspectsOf(nomination, discovery);
  const firstStep = !input.runs.some((r) => r.record.phase !== 'discovery');
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
    // Each suspect runs with its companions. Suspects whose test sets overlap form one group;
    // groups are packed into as few runs as fit half the suite (the same executions as a run per
    // group, fewer start-ups). A group too large for a subset to pay, a suspect whose subset
    // missed, or a run left with one test (nobody to collide with) joins the one full-suite run at
    // this count.
    const full: SuspectState[] = [];
    const packs: { members: SuspectState[]; tests: Set<TestId> }[] = [];
    const capacity = suite.length * SUBSET_SHARE_LIMIT;
    const parts = supportsSubset ? disjointGroups(group) : [group];
    const sized = parts.map((part) => ({ part, tests: new Set(part.flatMap((s) => [s.suspect.id, ...s.suspect.companions])) }));
    for (const { part, tests } of sized.sort((a, b) => b.tests.size - a.tests.size || compareIds(a.part[0]?.suspect.id ?? '', b.part[0]?.suspect.id ?? ''))) {
      if (!supportsSubset || part.some((s) => s.mode === 'full') || tests.size > capacity) {
        full.push(...part);
        continue;
      }
      const pack = packs.find((p) => p.tests.size + tests.size <= capacity);
      if (pack === undefined) packs.push({ members: [...part], tests: new Set(tests) });
      else {
        pack.members.push(...part);
        for (const t of tests) pack.tests.add(t);
      }
    }
    for (const pack of packs.filter((p) => p.tests.size < 2)) full.push(...pack.members);
    if (full.length > 0) out.push({ phase: 'confirm-parallel', workers, label: label(full) });
    for (const pack of packs.filter((p) => p.tests.size >= 2)) out.push({ phase: 'confirm-parallel', workers, tests: [...pack.tests].sort(compareIds), label: label(pack.members) });
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
