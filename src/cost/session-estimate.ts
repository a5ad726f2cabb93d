// The estimates `run` prints and records: after the first run (the plan's price before most of it
// is spent) and once discovery has named the suspects.
import { suspectsOf } from '../confirm/suspects.js';
import type { CostEstimate, RunResult, RunSpec } from '../model.js';
import { nominate } from '../verdict/index.js';
import { estimatePlan, expectedConfirmation, type ExpectedSuspect } from './plan-cost.js';
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
  const suspects = input.discoveryOver ? namedSuspects(input.done, serial) : null;
  const confirmation = input.confirm
    ? expectedConfirmation(model, serialDiscovery, suspects, Math.max(...input.workers))
    : { runs: [], basis: 'no confirmation reruns (--no-confirm)' };
  return estimatePlan(model, input.done, left, confirmation);
}

/** Discovery's suspects with what their parallel-arm runs hold (src/confirm suspectsOf). */
function namedSuspects(runs: readonly RunResult[], serial: number): ExpectedSuspect[] {
  return suspectsOf(nominate(runs, serial), runs).map((s) => ({ nominee: s.nominee, tests: [s.id, ...s.companions] }));
}

/** `12.3 min` / `45 s`: how estimates and costs read in the log and the report. */
export function formatRunnerTime(ms: number): string {
  return ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${Math.round(ms / 1000)} s`;
}
