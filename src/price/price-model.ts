// What a run costs in wall time, from what this suite has shown so far: process start-up per
// worker count, each test's own duration, how much tests slow down beside each other, and how
// well the runner fills its workers. Pure: a planner can price any candidate run with it.
import type { RunResult, TestCase, TestId } from '../model.js';
import { makespan } from './makespan.js';

/** What a runner hands to one worker (PresetCapabilities.parallelUnit). */
export type Unit = 'test' | 'file' | 'package' | 'unknown';

export interface PriceModel {
  /** Start-up and tear-down of a run (interpreter, collection, workers, report), by worker count. */
  readonly startupMs: ReadonlyMap<number, number>;
  /** Each test's duration when it runs alone (serial runs; else parallel durations / slowdown). */
  readonly testMs: ReadonlyMap<TestId, number>;
  /** Its unit of distribution (file, package or itself). */
  readonly unitOf: ReadonlyMap<TestId, string>;
  /** Tests' duration at w workers over their serial duration (CPU and disk contention). */
  readonly slowdown: ReadonlyMap<number, number>;
  /** Measured test phase over the ideal schedule (LPT over w lanes) of full-suite runs at w. */
  readonly fill: ReadonlyMap<number, number>;
  /** CPUs of the machine the suite ran on: the prior for a worker count not yet seen. */
  readonly cores: number;
  /** The serial worker count (smallest seen). */
  readonly serial: number;
  /** Runs the model was fitted on. */
  readonly runs: number;
}

/** A run to price: `tests` absent = the full suite. */
export interface CandidateRun {
  readonly workers: number;
  readonly tests?: readonly TestId[];
}

/**
 * Fits the model on finished runs. A run's test phase is the span of its tests' start/end stamps
 * when the report has them (pytest, Jest and Vitest through flakegate's plugins), else the sum of
 * durations over its lanes; start-up is the wall time left over. Medians, so one slow run under
 * a noisy neighbour moves nothing.
 */
export function fitPriceModel(runs: readonly RunResult[], unit: Unit, cores: number): PriceModel {
  const usable = runs.filter((r) => r.record.parse !== 'missing' && r.cases.length > 0);
  const serial = Math.min(...usable.map((r) => r.record.workers), Infinity);
  const durations = new Map<number, Map<TestId, number[]>>();
  const unitOf = new Map<TestId, string>();
  for (const run of usable) {
    const byTest = durations.get(run.record.workers) ?? new Map<TestId, number[]>();
    durations.set(run.record.workers, byTest);
    for (const c of run.cases) {
      if (!unitOf.has(c.id)) unitOf.set(c.id, unitKey(c, unit));
      if (c.durationMs === undefined || c.durationMs < 0 || c.outcome === 'skipped' || c.outcome === 'lost') continue;
      const list = byTest.get(c.id) ?? [];
      list.push(c.durationMs);
      byTest.set(c.id, list);
    }
  }
  const serialMs = meanOf(durations.get(serial));
  const slowdown = new Map<number, number>();
  for (const [w, byTest] of durations) {
    if (w === serial) continue;
    const ratios: number[] = [];
    for (const [id, ms] of meanOf(byTest)) {
      const base = serialMs.get(id);
      if (base !== undefined && base >= 1) ratios.push(ms / base);
    }
    if (ratios.length > 0) slowdown.set(w, median(ratios));
  }
  const testMs = new Map(serialMs);
  for (const [w, byTest] of durations) {
    for (const [id, ms] of meanOf(byTest)) if (!testMs.has(id)) testMs.set(id, ms / (slowdown.get(w) ?? 1));
  }
  const base: PriceModel = { startupMs: new Map(), testMs, unitOf, slowdown, fill: new Map(), cores: Math.max(1, cores), serial, runs: usable.length };
  const startups = new Map<number, number[]>();
  const fills = new Map<number, number[]>();
  for (const run of usable) {
    const w = run.record.workers;
    const measured = measuredTestPhase(run);
    const ideal = idealTestPhase(base, w, run.cases.map((c) => c.id));
    const phase = measured ?? ideal;
    push(startups, w, Math.max(0, run.record.durationMs - phase));
    if (measured !== null && run.record.subset === undefined && w !== serial && ideal > 0) push(fills, w, measured / ideal);
  }
  return {
    ...base,
    startupMs: new Map([...startups].map(([w, xs]) => [w, median(xs)] as const)),
    fill: new Map([...fills].map(([w, xs]) => [w, median(xs)] as const)),
  };
}

/** Estimated wall time of one run, in ms. */
export function priceRun(model: PriceModel, run: CandidateRun): number {
  const tests = run.tests ?? [...model.testMs.keys()];
  const phase = idealTestPhase(model, run.workers, tests) * (run.workers === model.serial ? 1 : nearest(model.fill, run.workers) ?? 1);
  return startupAt(model, run.workers) + phase;
}

/**
 * Whether a run of `tests` at w should be the full suite instead: when it would hold fewer than two
 * tests (nobody to collide with), all of the suite, or is priced higher than the full suite. At an
 * equal price (reports without durations, or a subset holding the test that sets the run's length)
 * the full suite when the subset is over half of it: the rest of the suite's company for nothing.
 * The one rule the confirmation planner and the session estimate both follow.
 */
export function fullSuiteInstead(model: PriceModel, run: { readonly workers: number; readonly tests: readonly TestId[] }): boolean {
  const size = new Set(run.tests).size;
  const suite = model.unitOf.size;
  if (size < 2 || size >= suite) return true;
  const subset = priceRun(model, run);
  const full = priceRun(model, { workers: run.workers });
  return subset > full || (subset === full && size * 2 > suite);
}

/**
 * Start-up at w: as measured there; else the nearest count's (a parallel runner's start-up is
 * closer to another parallel count's than to the serial run's, which starts no workers).
 */
function startupAt(model: PriceModel, workers: number): number {
  return model.startupMs.get(workers) ?? nearest(model.startupMs, workers) ?? 0;
}

/**
 * The test phase if the runner dealt units out longest first over the lanes it has: at most w
 * workers, at most as many as there are units, and never more than the machine's cores for a
 * count not yet seen (a prior: CPU-bound tests cannot go faster; measured slowdown replaces it).
 */
function idealTestPhase(model: Pick<PriceModel, 'testMs' | 'unitOf' | 'slowdown' | 'cores' | 'serial'>, workers: number, tests: readonly TestId[]): number {
  const known = [...model.testMs.values()];
  const fallback = known.length === 0 ? 0 : median(known);
  const units = new Map<string, number>();
  for (const id of new Set(tests)) {
    const key = model.unitOf.get(id) ?? id;
    units.set(key, (units.get(key) ?? 0) + (model.testMs.get(id) ?? fallback));
  }
  // One worker runs its units one after another. The baseline count (the smallest seen: 2 when
  // discovery is parallel-first and no serial rerun has run yet) has its lanes and no slowdown.
  if (workers <= 1) return [...units.values()].reduce((a, b) => a + b, 0);
  const seen = workers === model.serial ? 1 : model.slowdown.get(workers);
  const lanes = seen === undefined ? Math.min(workers, model.cores) : workers;
  return makespan([...units.values()], lanes) * (seen ?? nearest(model.slowdown, workers) ?? 1);
}

/** Span of the run's test stamps, when at least half of its timed cases carry them. */
function measuredTestPhase(run: RunResult): number | null {
  let first = Infinity;
  let last = -Infinity;
  let stamped = 0;
  let timed = 0;
  for (const c of run.cases) {
    if (c.outcome === 'skipped' || c.outcome === 'lost') continue;
    timed++;
    if (c.startedAt === undefined || c.endedAt === undefined) continue;
    stamped++;
    first = Math.min(first, c.startedAt);
    last = Math.max(last, c.endedAt);
  }
  return timed > 0 && stamped * 2 >= timed && last >= first ? last - first : null;
}

function unitKey(c: TestCase, unit: Unit): string {
  switch (unit) {
    case 'file':
      return c.file ?? c.classname;
    case 'package':
      return c.classname;
    case 'test':
    case 'unknown':
      return c.id;
  }
}

/** The value at the nearest key (ties: the larger key, the more pessimistic for worker counts). */
function nearest(map: ReadonlyMap<number, number>, key: number): number | undefined {
  let best: number | undefined;
  for (const k of map.keys()) if (best === undefined || Math.abs(k - key) < Math.abs(best - key) || (Math.abs(k - key) === Math.abs(best - key) && k > best)) best = k;
  return best === undefined ? undefined : map.get(best);
}

function meanOf(byTest: ReadonlyMap<TestId, number[]> | undefined): Map<TestId, number> {
  const out = new Map<TestId, number>();
  for (const [id, xs] of byTest ?? []) out.set(id, xs.reduce((a, b) => a + b, 0) / xs.length);
  return out;
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key) ?? [];
  list.push(value);
  map.set(key, list);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
