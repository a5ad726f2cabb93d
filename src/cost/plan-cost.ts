// What a whole plan costs: the runs done at what they took, the rest priced by the model. The
// confirmation part is what the planner is expected to run (docs/confirmation.md), priced and
// chosen with the same model it uses.
import type { CostEstimate, RunResult, TestId } from '../model.js';
import { DEFAULT_LIMITS } from '../confirm/arms.js';
import { fewestBlocks, PARALLEL_PER_BLOCK, SERIAL_PER_BLOCK } from '../verdict/index.js';
import { fullSuiteInstead, priceRun, type CandidateRun, type PriceModel } from '../price/price-model.js';

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

/** Partner-search probes per victim: a guess, then a bisection of its co-runners (docs/confirmation.md). */
const PROBES_PER_VICTIM = 2;
/** When discovery has named no suspect yet: price one colliding pair, the common case. */
const ASSUMED_SUSPECTS = 2;

/**
 * Runs the planner is expected to make for these suspects: the blocks a nominee needs at its
 * group's discovery rate (src/verdict `fewestBlocks` for one failing every time, more for a rarer
 * collision, at most the planner's cap), the serial arm batched into one subset run per block half,
 * one parallel-arm run per threshold group and block, and the partner probes. `suspects` null
 * (discovery not over): a pair is assumed.
 */
export function expectedConfirmation(model: PriceModel, serialDiscoveryRuns: number, suspects: readonly ExpectedSuspects[] | null, largestCount: number): { runs: CandidateRun[]; basis: string } {
  if (suspects !== null && suspects.length === 0) return { runs: [], basis: 'no confirmation: discovery named no suspect' };
  const groups = suspects ?? [assumedPair(model, largestCount)];
  const all = [...new Set(groups.flatMap((g) => g.ids))];
  // The least a nominee failing every time needs (src/verdict fewestBlocks); one seen in a
  // fraction p of the runs needs about 1/p as many blocks, up to the planner's cap.
  const fewest = fewestBlocks(all.length, { serial: { failed: 0, n: serialDiscoveryRuns }, parallel: { failed: 1, n: 1 } });
  const runs: CandidateRun[] = [];
  const parallel: CandidateRun[] = [];
  let blocks = 0;
  for (const g of groups) {
    const n = Math.min(DEFAULT_LIMITS.blocks, Math.ceil(fewest / Math.max(g.parallelRate ?? 1, 0.01))) * PARALLEL_PER_BLOCK;
    blocks = Math.max(blocks, n);
    // The planner's own choice between the group's subset and the full suite.
    const full = fullSuiteInstead(model, { workers: g.threshold, tests: g.parallelTests });
    for (let i = 0; i < n; i++) parallel.push(full ? { workers: g.threshold } : { workers: g.threshold, tests: g.parallelTests });
  }
  const serialRuns = blocks * SERIAL_PER_BLOCK;
  for (let i = 0; i < serialRuns; i++) runs.push({ workers: model.serial, tests: all });
  runs.push(...parallel);
  // Pairs whose guess is the partner cost one probe for both; others bisect.
  const probes = suspects === null ? Math.ceil(all.length / 2) : all.length * PROBES_PER_VICTIM;
  for (let i = 0; i < probes; i++) runs.push({ workers: groups[0]?.threshold ?? largestCount, tests: [all[i % all.length] ?? '', all[(i + 1) % all.length] ?? ''] });
  const who = suspects !== null ? `${all.length} suspect${all.length === 1 ? '' : 's'} named by discovery` : `an assumed pair of suspects (discovery has named none yet)`;
  return { runs, basis: `confirmation of ${who}: ${serialRuns} serial, ${parallel.length} parallel-arm and ${probes} partner-probe runs` };
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
