// How far a suspect's confirmation is expected to go, from what discovery saw of it: the planner's
// own stopping rule (src/confirm `evidenceStop` and the run cap) played out on simulated outcomes.
// Pure: a seeded generator, so the same inputs give the same estimate.
//
// Model. Discovery saw the suspect fail in f of n parallel runs at its threshold and in none of its
// n_s serial runs; p = f / n (the plug-in rate). Two hypotheses:
//   parallel-only: serial runs never fail, parallel runs fail at p;
//   flaky (the null): serial and parallel runs fail alike at p.
// Parallel discovery cannot tell them apart (both fail at p there); the clean serial runs can:
// with prior PRIOR_PARALLEL_ONLY, P(parallel-only | data) = π / (π + (1 - π)(1 - p)^n_s). Under
// "flaky" the serial-failure stop dominates: a block's serial half survives with probability
// (1 - p)², so it lasts at most 1 / (1 - (1 - p)²) blocks on average (2.8 at p = 0.2; a broken
// test, p = 1, ends on its first serial rerun). Under "parallel-only" the e-process must reach
// K / 0.01 (p = 1: src/verdict `fewestBlocks` blocks), unless futility (SPRT of 0.1 against 0.3),
// the cap-futility bound or the 40-block cap stops it first. Its bet learns block by block, so
// these stops have no closed form: each path is simulated through the planner's rule function.
import { DEFAULT_LIMITS, evidenceStop, type ArmLimits } from '../confirm/arms.js';
import { eProcess, type EProcess } from '../stats/e-process.js';
import { logThreshold, PARALLEL_PER_BLOCK, SERIAL_PER_BLOCK, type Evidence, type Nominee, type Tape } from '../verdict/index.js';

/** Prior weight of "parallel-only" against "flaky" for a suspect, before its serial discovery runs. */
export const PRIOR_PARALLEL_ONLY = 0.5;

/** One simulated confirmation of a suspect: observations of each arm, and whether it ended `confirmed`. */
export interface SuspectPath {
  readonly serial: number;
  readonly parallel: number;
  readonly confirmed: boolean;
}

/** P(parallel-only) for a nominee after its clean serial discovery runs (model above). */
export function parallelOnlyWeight(nominee: Nominee, prior = PRIOR_PARALLEL_ONLY): number {
  const p = rateOf(nominee);
  const flaky = (1 - prior) * Math.pow(1 - p, nominee.serial.n);
  return prior + flaky === 0 ? 1 : prior / (prior + flaky);
}

/** The plug-in parallel failure rate discovery saw (1 when it saw none: a pessimistic stand-in). */
export function rateOf(nominee: Nominee): number {
  return nominee.parallel.n > 0 ? nominee.parallel.failed / nominee.parallel.n : 1;
}

/**
 * One confirmation of `nominee` among `suspects` nominees, its outcomes drawn from `random`: the
 * serial rate `serialRate`, the parallel one the plug-in rate. Mirrors the planner step by step:
 * the serial half of a block first, a stop checked before every observation.
 */
export function simulatePath(nominee: Nominee, suspects: number, serialRate: number, random: () => number, limits: ArmLimits = DEFAULT_LIMITS): SuspectPath {
  const p = rateOf(nominee);
  const threshold = logThreshold(suspects);
  const prior = { serial: nominee.serial, parallel: nominee.parallel };
  const serial: boolean[] = [];
  const parallel: boolean[] = [];
  let process: EProcess = eProcess({ serial, parallel, serialPerBlock: SERIAL_PER_BLOCK, parallelPerBlock: PARALLEL_PER_BLOCK, prior, logThreshold: threshold });
  for (;;) {
    const evidence: Evidence = { nominee, serial: tape(serial), parallel: tape(parallel), process, logThreshold: threshold, suspects };
    const stop = evidenceStop(evidence, limits);
    if (stop !== null) return { serial: serial.length, parallel: parallel.length, confirmed: process.crossedAt !== null };
    if (parallel.length >= limits.blocks || serial.length >= limits.blocks * SERIAL_PER_BLOCK) return { serial: serial.length, parallel: parallel.length, confirmed: false };
    if (serial.length < SERIAL_PER_BLOCK * (parallel.length + 1)) serial.push(random() < serialRate);
    else {
      parallel.push(random() < p);
      process = eProcess({ serial, parallel, serialPerBlock: SERIAL_PER_BLOCK, parallelPerBlock: PARALLEL_PER_BLOCK, prior, logThreshold: threshold });
    }
  }
}

/**
 * `paths` simulated confirmations of `nominee` under the mixture: each path is parallel-only with
 * `parallelOnlyWeight` (serial rate 0), flaky otherwise (serial rate = the parallel one).
 * `parallelOnlyPrior` 1 assumes a collision (no mixture).
 */
export function suspectPaths(nominee: Nominee, suspects: number, random: () => number, paths: number, parallelOnlyPrior = PRIOR_PARALLEL_ONLY, limits: ArmLimits = DEFAULT_LIMITS): SuspectPath[] {
  const w = parallelOnlyWeight(nominee, parallelOnlyPrior);
  const p = rateOf(nominee);
  const out: SuspectPath[] = [];
  for (let i = 0; i < paths; i++) out.push(simulatePath(nominee, suspects, random() < w ? 0 : p, random, limits));
  return out;
}

/** Mean observations per arm (and blocks, the parallel ones) over paths. */
export function meanPath(paths: readonly SuspectPath[]): { serial: number; parallel: number; confirmed: number } {
  const n = Math.max(1, paths.length);
  return {
    serial: paths.reduce((s, x) => s + x.serial, 0) / n,
    parallel: paths.reduce((s, x) => s + x.parallel, 0) / n,
    confirmed: paths.filter((x) => x.confirmed).length / n,
  };
}

function tape(failed: readonly boolean[]): Tape {
  return { workers: 0, failed, runs: [] };
}
