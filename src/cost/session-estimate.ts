// The estimates `run` prints and records: after the first run (the plan's price before most of it
// is spent) and once discovery has named the suspects.
import { suspectsOf } from '../confirm/suspects.js';
import type { CostEstimate, RunResult, RunSpec } from '../model.js';
import { wilson } from '../stats/wilson.js';
import { nominate } from '../verdict/index.js';
import { estimatePlan, expectedConfirmation, type ExpectedSuspects } from './plan-cost.js';
import { fitPriceModel, type Unit } from '../price/price-model.js';

export interface SessionEstimateInput {
  /** Runs finished so far. */
  readonly done: readonly RunResult[];
  /** The whole discovery plan (finished runs included). */
  readonly discovery: readonly RunSpec[];
  readonly workers: readonly number[];
  readonly confirm: boolean;
  /** Whether discovery is over, so its suspects are known. */
  readonly discoveryOver: boolean;
  readonly unit: Unit;
  readonly cores: number;
}

export function estimateSession(input: SessionEstimateInput): CostEstimate {
  const model = fitPriceModel(input.done, input.unit, input.cores);
  const finished = new Set(input.done.map((r) => r.record.id));
  const left = input.discovery.filter((s) => !finished.has(s.id)).map((s) => ({ workers: s.workers }));
  const serial = input.workers[0] ?? 1;
  const serialDiscovery = input.discovery.filter((s) => s.workers === serial).length;
  const suspects = input.discoveryOver ? groupByThreshold(input.done, serial) : null;
  const confirmation = input.confirm
    ? expectedConfirmation(model, serialDiscovery, suspects, Math.max(...input.workers))
    : { runs: [], basis: 'no confirmation reruns (--no-confirm)' };
  return estimatePlan(model, input.done, left, confirmation);
}

/** Suspects that share a threshold share parallel-arm runs (docs/confirmation.md). */
function groupByThreshold(runs: readonly RunResult[], serial: number): ExpectedSuspects[] {
  const groups = new Map<number, { ids: string[]; tests: Set<string>; rate: number }>();
  for (const s of suspectsOf(nominate(runs, serial), runs)) {
    const g = groups.get(s.threshold) ?? { ids: [], tests: new Set<string>(), rate: 1 };
    // The lower Wilson bound: two discovery runs say little, and a budget errs on the long side.
    const seen = s.nominee.parallel;
    if (seen.n > 0) g.rate = Math.min(g.rate, wilson(seen.failed, seen.n).low);
    g.ids.push(s.id);
    g.tests.add(s.id);
    for (const c of s.companions) g.tests.add(c);
    groups.set(s.threshold, g);
  }
  return [...groups].map(([threshold, g]) => ({ ids: g.ids, threshold, parallelTests: [...g.tests], parallelRate: g.rate }));
}

/** `12.3 min` / `45 s`: how estimates and costs read in the log and the report. */
export function formatRunnerTime(ms: number): string {
  return ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${Math.round(ms / 1000)} s`;
}
