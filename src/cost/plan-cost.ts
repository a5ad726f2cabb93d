// What a whole plan costs: the runs done at what they took, the rest priced by the model. The
// confirmation part is an expectation of today's planner (docs/confirmation.md) until a planner
// prices its own candidate runs with `priceRun`.
import type { CostEstimate, RunResult, TestId } from '../model.js';
import { priceRun, type CandidateRun, type PriceModel } from './price-model.js';

/** The confirmation today's planner is expected to run for `suspects` (ids with their parallel arm). */
export interface ExpectedSuspects {
  readonly ids: readonly TestId[];
  /** Worker count of the parallel arm (the smallest that failed). */
  readonly threshold: number;
  /** Suspects plus companions: what a parallel-arm run holds. */
  readonly parallelTests: readonly TestId[];
  /** Discovery's parallel failure rate of the group's least reproducible suspect (null: assume 1). */
  readonly parallelRate?: number | null;
}

/** Serial runs the `confirmed` rule needs in all (clean discovery serial runs count: samples.ts). */
const SERIAL_RUNS_NEEDED = 8;
/** Fresh parallel-arm runs a suspect needs when it fails every time (2/2 against 0/8). */
const PARALLEL_RUNS_NEEDED = 2;
/** The parallel arm's cap (src/confirm/arms.ts DEFAULT_LIMITS.parallelCap). */
const PARALLEL_CAP = 10;
/** Partner-search probes per victim: a guess, then a bisection of its co-runners (docs/confirmation.md). */
const PROBES_PER_VICTIM = 2;
/** When discovery has named no suspect yet: price one colliding pair, the common case. */
const ASSUMED_SUSPECTS = 2;

/**
 * Runs today's planner makes for these suspects: the serial arm batched into one subset run per
 * round until 8 serial runs in all, two parallel-arm runs per threshold group, and one partner
 * probe of two tests per pair of victims. `suspects` null (discovery not over): a pair is assumed.
 */
export function expectedConfirmation(model: PriceModel, serialDiscoveryRuns: number, suspects: readonly ExpectedSuspects[] | null, largestCount: number): { runs: CandidateRun[]; basis: string } {
  if (suspects !== null && suspects.length === 0) return { runs: [], basis: 'no confirmation: discovery named no suspect' };
  const groups = suspects ?? [assumedPair(model, largestCount)];
  const all = [...new Set(groups.flatMap((g) => g.ids))];
  const serialRuns = Math.max(0, SERIAL_RUNS_NEEDED - serialDiscoveryRuns);
  const runs: CandidateRun[] = [];
  for (let i = 0; i < serialRuns; i++) runs.push({ workers: model.serial, tests: all });
  let parallelRuns = 0;
  for (const g of groups) {
    // A collision seen in a fraction p of the runs needs about 2/p runs for its two fresh
    // failures; the planner runs the full suite when the group is over half of it.
    const n = Math.min(PARALLEL_CAP, Math.max(PARALLEL_RUNS_NEEDED, Math.ceil(PARALLEL_RUNS_NEEDED / Math.max(g.parallelRate ?? 1, 0.01))));
    const full = g.parallelTests.length * 2 > model.testMs.size;
    parallelRuns += n;
    for (let i = 0; i < n; i++) runs.push(full ? { workers: g.threshold } : { workers: g.threshold, tests: g.parallelTests });
  }
  // Pairs whose guess is the partner cost one probe for both; others bisect.
  const probes = suspects === null ? Math.ceil(all.length / 2) : all.length * PROBES_PER_VICTIM;
  for (let i = 0; i < probes; i++) runs.push({ workers: groups[0]?.threshold ?? largestCount, tests: [all[i % all.length] ?? '', all[(i + 1) % all.length] ?? ''] });
  const who = suspects !== null ? `${all.length} suspect${all.length === 1 ? '' : 's'} named by discovery` : `an assumed pair of suspects (discovery has named none yet)`;
  return { runs, basis: `confirmation of ${who}: ${serialRuns} serial, ${parallelRuns} parallel-arm and ${probes} partner-probe runs` };
}

/** The whole plan: discovery done (measured) + discovery left (priced) + expected confirmation (priced). */
export function estimatePlan(
  model: PriceModel,
  done: readonly RunResult[],
  discoveryLeft: readonly CandidateRun[],
  confirmation: { readonly runs: readonly CandidateRun[]; readonly basis: string },
): CostEstimate {
  const measured = done.reduce((sum, r) => sum + r.record.durationMs, 0);
  const discoveryMs = measured + discoveryLeft.reduce((sum, run) => sum + priceRun(model, run), 0);
  const confirmationMs = confirmation.runs.reduce((sum, run) => sum + priceRun(model, run), 0);
  return {
    afterRun: done.at(-1)?.record.id ?? '',
    fittedOn: model.runs,
    discoveryMs: Math.round(discoveryMs),
    confirmationMs: Math.round(confirmationMs),
    totalMs: Math.round(discoveryMs + confirmationMs),
    basis: confirmation.basis,
  };
}

function assumedPair(model: PriceModel, largestCount: number): ExpectedSuspects {
  // The two slowest tests: a pessimistic stand-in for tests not yet known.
  const ids = [...model.testMs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, ASSUMED_SUSPECTS).map(([id]) => id);
  return { ids, threshold: largestCount, parallelTests: ids };
}
