// What a whole plan costs: the runs done at what they took, the rest priced by the model. The
// confirmation part is what the planner is expected to run (docs/confirmation.md), priced and
// chosen with the same model it uses.
import type { CostEstimate, RunResult, TestId } from '../model.js';
import { mulberry32 } from '../stats/mulberry32.js';
import type { Nominee } from '../verdict/index.js';
import { fullSuiteInstead, priceRun, type CandidateRun, type PriceModel } from '../price/price-model.js';
import { suspectPaths, type SuspectPath } from './suspect-paths.js';

/** A suspect as the estimate sees it: what discovery saw of it, and what its parallel-arm run holds. */
export interface ExpectedSuspect {
  readonly nominee: Nominee;
  /** It and its companions. */
  readonly tests: readonly TestId[];
}

/** A run the plan is expected to make `times` times (a mean over simulated confirmations). */
export interface ExpectedRun {
  readonly run: CandidateRun;
  readonly times: number;
}

/** Partner-search probes per victim: a guess, then a bisection of its co-runners (docs/confirmation.md). */
const PROBES_PER_VICTIM = 2;
/** When discovery has named no suspect yet: price one colliding pair, the common case. */
const ASSUMED_SUSPECTS = 2;
/** Simulated confirmations the expectation is a mean over (and paths drawn per kind of suspect). */
export const SIMULATIONS = 256;
/** Fixed, so an estimate is a function of its inputs. */
const SEED = 0x5eed;

/**
 * Runs the planner is expected to make for these suspects: the mean, over SIMULATIONS simulated
 * confirmations, of the runs each one makes when every suspect's outcomes are drawn from what
 * discovery saw of it and stopped by the planner's own rule (./suspect-paths.ts). Serial
 * observations are batched (serial run k holds the suspects still open then), one parallel-arm
 * run per threshold and block (the full suite where the planner would choose it,
 * `fullSuiteInstead`), partner probes for each confirmed suspect. `suspects` null (discovery not
 * over): a pair of the slowest tests, assumed to collide in every parallel run.
 */
export function expectedConfirmation(model: PriceModel, serialDiscoveryRuns: number, suspects: readonly ExpectedSuspect[] | null, largestCount: number): { runs: ExpectedRun[]; basis: string } {
  if (suspects !== null && suspects.length === 0) return { runs: [], basis: 'no confirmation: discovery named no suspect' };
  const list = suspects ?? assumedPair(model, serialDiscoveryRuns, largestCount);
  const random = mulberry32(SEED);
  // Suspects with the same discovery counts share one pool of paths.
  const pools = new Map<string, SuspectPath[]>();
  const poolOf = (n: Nominee): SuspectPath[] => {
    const key = `${n.serial.failed}/${n.serial.n} ${n.parallel.failed}/${n.parallel.n}`;
    let pool = pools.get(key);
    if (pool === undefined) {
      pool = suspectPaths(n, list.length, random, SIMULATIONS, suspects === null ? 1 : undefined);
      pools.set(key, pool);
    }
    return pool;
  };
  const tally = new Map<string, { run: CandidateRun; count: number }>();
  const add = (key: string, run: () => CandidateRun, count = 1): void => {
    const entry = tally.get(key) ?? { run: run(), count: 0 };
    entry.count += count;
    tally.set(key, entry);
  };
  const counts = { serial: 0, parallel: 0, probes: 0 };
  const thresholds = [...new Set(list.map((s) => s.nominee.threshold))].sort((a, b) => a - b);
  for (let sim = 0; sim < SIMULATIONS; sim++) {
    const paths = list.map((s) => {
      const pool = poolOf(s.nominee);
      return pool[Math.floor(random() * pool.length)] as SuspectPath;
    });
    const serialRuns = Math.max(...paths.map((p) => p.serial));
    for (let k = 1; k <= serialRuns; k++) {
      const open = list.flatMap((_, i) => ((paths[i]?.serial ?? 0) >= k ? [i] : []));
      add(`s ${open.join(',')}`, () => ({ workers: model.serial, tests: open.map((i) => list[i]?.nominee.id ?? '') }));
    }
    counts.serial += serialRuns;
    for (const workers of thresholds) {
      const group = list.flatMap((s, i) => (s.nominee.threshold === workers ? [i] : []));
      const runs = Math.max(...group.map((i) => paths[i]?.parallel ?? 0));
      for (let k = 1; k <= runs; k++) {
        const open = group.filter((i) => (paths[i]?.parallel ?? 0) >= k);
        add(`p${workers} ${open.join(',')}`, () => {
          const tests = [...new Set(open.flatMap((i) => list[i]?.tests ?? []))];
          // The planner's own choice between the group's subset and the full suite.
          return fullSuiteInstead(model, { workers, tests }) ? { workers } : { workers, tests };
        });
      }
      counts.parallel += runs;
    }
    for (const [i, partner, probes] of probesOf(list, paths, PROBES_PER_VICTIM)) {
      const s = list[i];
      if (s === undefined) continue;
      add(`x ${i}`, () => ({ workers: s.nominee.threshold, tests: [s.nominee.id, partner] }), probes);
      counts.probes += probes;
    }
  }
  const runs = [...tally.values()].map(({ run, count }) => ({ run, times: count / SIMULATIONS }));
  const mean = (x: number): string => (x / SIMULATIONS).toFixed(1);
  const who = suspects !== null ? `${list.length} suspect${list.length === 1 ? '' : 's'} named by discovery` : `an assumed pair of suspects (discovery has named none yet)`;
  return { runs, basis: `confirmation of ${who}: ${mean(counts.serial)} serial, ${mean(counts.parallel)} parallel-arm and ${mean(counts.probes)} partner-probe runs expected (mean of ${SIMULATIONS} simulated confirmations under the planner's stopping rules)` };
}

/** The whole plan: discovery done (measured) + discovery left (priced) + expected confirmation (priced). */
export function estimatePlan(
  model: PriceModel,
  done: readonly RunResult[],
  discoveryLeft: readonly CandidateRun[],
  confirmation: { readonly runs: readonly ExpectedRun[]; readonly basis: string },
): CostEstimate {
  const measured = done.reduce((sum, r) => sum + r.record.durationMs, 0);
  const discoveryMs = measured + discoveryLeft.reduce((sum, run) => sum + priceRun(model, run), 0);
  const confirmationMs = confirmation.runs.reduce((sum, { run, times }) => sum + times * priceRun(model, run), 0);
  return {
    afterRun: done.at(-1)?.record.id ?? '',
    fittedOn: model.runs,
    discoveryMs: Math.round(discoveryMs),
    confirmationMs: Math.round(confirmationMs),
    totalMs: Math.round(discoveryMs + confirmationMs),
    basis: confirmation.basis,
  };
}

/**
 * Partner probes of the confirmed suspects: a victim whose parallel arm holds another confirmed
 * victim guesses it first, and the hit names the pair for both (one probe); any other victim
 * costs `perVictim` (a guess, then a bisection). Returns [victim index, a partner, probes].
 */
function probesOf(list: readonly ExpectedSuspect[], paths: readonly (SuspectPath | undefined)[], perVictim: number): [number, TestId, number][] {
  const confirmed = list.flatMap((_, i) => (paths[i]?.confirmed === true ? [i] : []));
  const covered = new Set<number>();
  const out: [number, TestId, number][] = [];
  for (const i of confirmed) {
    if (covered.has(i)) continue;
    covered.add(i);
    const tests = new Set(list[i]?.tests ?? []);
    const j = confirmed.find((k) => !covered.has(k) && tests.has(list[k]?.nominee.id ?? ''));
    if (j !== undefined) covered.add(j);
    const partner = list[j ?? (i + 1) % list.length]?.nominee.id ?? '';
    out.push([i, partner, j !== undefined ? 1 : perVictim]);
  }
  return out;
}

function assumedPair(model: PriceModel, serialDiscoveryRuns: number, largestCount: number): ExpectedSuspect[] {
  // The two slowest tests: a pessimistic stand-in for tests not yet known, failing in every parallel run.
  const ids = [...model.testMs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, ASSUMED_SUSPECTS).map(([id]) => id);
  return ids.map((id) => ({ nominee: { id, threshold: largestCount, serial: { failed: 0, n: serialDiscoveryRuns }, parallel: { failed: 1, n: 1 } }, tests: ids }));
}
