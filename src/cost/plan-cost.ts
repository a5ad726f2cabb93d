// What a whole plan costs: the runs done at what they took, the rest priced by the model. The
// confirmation part is the least the planner can do (docs/confirmation.md) until a planner prices
// its own candidate runs with `priceRun`.
import type { CostEstimate, RunResult, TestId } from '../model.js';
import { fewestBlocks, PARALLEL_PER_BLOCK, SERIAL_PER_BLOCK } from '../verdict/index.js';
import { priceRun, type CandidateRun, type PriceModel } from './price-model.js';

/** The confirmation today's planner is expected to run for `suspects` (ids with their parallel arm). */
export interface ExpectedSuspects {
  readonly ids: readonly TestId[];
  /** Worker count of the parallel arm (the smallest that failed). */
  readonly threshold: number;
  /** Suspects plus companions: what a parallel-arm run holds. */
  readonly parallelTests: readonly TestId[];
}

/** When discovery has named no suspect yet: price one colliding pair, the common case. */
const ASSUMED_SUSPECTS = 2;

/**
 * Runs the planner makes at the least for these suspects (each failing in every parallel run,
 * never serially: src/verdict `fewestBlocks`, with discovery's serial runs as what it saw): the
 * serial arm batched into one subset run per round, one parallel-arm run per threshold group and
 * block, and one partner probe of two tests per pair of victims. `suspects` null (discovery not
 * over): a pair is assumed.
 */
export function expectedConfirmation(model: PriceModel, serialDiscoveryRuns: number, suspects: readonly ExpectedSuspects[] | null, largestCount: number): { runs: CandidateRun[]; basis: string } {
  if (suspects !== null && suspects.length === 0) return { runs: [], basis: 'no confirmation: discovery named no suspect' };
  const groups = suspects ?? [assumedPair(model, largestCount)];
  const all = [...new Set(groups.flatMap((g) => g.ids))];
  const blocks = fewestBlocks(all.length, { serial: { failed: 0, n: serialDiscoveryRuns }, parallel: { failed: 1, n: 1 } });
  const serialRuns = blocks * SERIAL_PER_BLOCK;
  const runs: CandidateRun[] = [];
  for (let i = 0; i < serialRuns; i++) runs.push({ workers: model.serial, tests: all });
  for (const g of groups) for (let i = 0; i < blocks * PARALLEL_PER_BLOCK; i++) runs.push({ workers: g.threshold, tests: g.parallelTests });
  const probes = Math.ceil(all.length / 2);
  for (let i = 0; i < probes; i++) runs.push({ workers: groups[0]?.threshold ?? largestCount, tests: all.slice(2 * i, 2 * i + 2) });
  const who = suspects !== null ? `${all.length} suspect${all.length === 1 ? '' : 's'} named by discovery` : `an assumed pair of suspects (discovery has named none yet)`;
  return { runs, basis: `confirmation of ${who}: ${serialRuns} serial, ${groups.length * blocks * PARALLEL_PER_BLOCK} parallel-arm and ${probes} partner-probe subset runs` };
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
