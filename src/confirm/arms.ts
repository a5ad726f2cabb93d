import type { RunResult } from '../model.js';
import { includes, outcomeOf } from '../observe/index.js';
import { fisherOneSided } from '../stats/fisher.js';
import { sprt } from '../stats/sprt.js';
import { upperBound } from '../stats/upper-bound.js';
import { blocksToThreshold } from '../stats/e-process.js';
import { evidenceOf, failuresOf, isConfirmed, PARALLEL_PER_BLOCK, SERIAL_PER_BLOCK, serialArmOf, serialSplit, type Evidence, type Nomination, type SerialSplit, type Tape } from '../verdict/index.js';
import type { Suspect } from './suspects.js';

/**
 * Futility: the parallel arm stops when its failures are far likelier at a rate of 10% than at
 * 30% (Wald's one-sided boundary, beta = 0.01): a test that really fails in at least 30% of
 * parallel runs is stopped this way with probability at most 1%. Stopping early never makes
 * the gate fail, so it costs recall of rare collisions, never the guarantee.
 */
export const FUTILITY = { p0: 0.1, p1: 0.3, alpha: 1e-9, beta: 0.01 } as const;

/**
 * The parallel arm falls back to the full suite when its subset runs never reproduced and fail
 * significantly less often than the full-suite discovery runs at its threshold did (one-sided
 * Fisher, p below this): the companions do not hold what made it fail (a polluter that passes
 * itself). A test that failed once in discovery does not fall back within the cap (at 1/5 it would
 * take 96 misses): one failure is what a rare flake looks like, and a full-suite run costs the
 * whole suite.
 */
export const PILOT_MISS = 0.05;

export interface ArmLimits {
  /** Blocks per suspect (each SERIAL_PER_BLOCK serial and one parallel observation) before giving up. */
  readonly blocks: number;
}

export const DEFAULT_LIMITS: ArmLimits = { blocks: 40 };

export interface SuspectState {
  readonly suspect: Suspect;
  readonly evidence: Evidence;
  /** Runs of each arm that included the test, whatever became of it (caps count these, so lost runs end too). */
  readonly serialAttempts: number;
  readonly parallelAttempts: number;
  readonly subsetAttempts: number;
  readonly subsetFailed: number;
  readonly fullAttempts: number;
  /** `full` once the subset runs missed significantly more than discovery did (PILOT_MISS), or the framework cannot run subsets. */
  readonly mode: 'subset' | 'full';
  /** Which arm the next batch runs for it: the serial half of a block first, then its parallel run. */
  readonly needs: { readonly serial: boolean; readonly parallel: boolean };
  /**
   * Where its serial observations come from: `alone` (a subset rerun of the suspects) until every
   * alone run of it failed often enough, then `in-order` (full-suite serial runs: the suite's own
   * order; src/verdict/serial-order.ts). Always `in-order` without subset support.
   */
  readonly serialArm: 'alone' | 'in-order';
  readonly split: SerialSplit;
  /** Null while open; otherwise why the test needs no more runs. */
  readonly stopped: string | null;
}

/**
 * Where a suspect's confirmation stands, derived from the runs alone (the planner keeps no state).
 * A block is SERIAL_PER_BLOCK serial observations and then one parallel one; the serial half goes
 * first because a serial failure settles the test (`flaky`) before a parallel run is paid for.
 */
export function suspectState(suspect: Suspect, runs: readonly RunResult[], nomination: Nomination, supportsSubset: boolean, limits: ArmLimits): SuspectState {
  const evidence = evidenceOf(runs, suspect.nominee, nomination);
  const serialWorkers = nomination.serialWorkers;
  let serialAttempts = 0;
  let parallelAttempts = 0;
  let subsetAttempts = 0;
  let subsetFailed = 0;
  let fullAttempts = 0;
  for (const run of runs) {
    const { phase, workers, subset } = run.record;
    if (!includes(run, suspect.id)) continue;
    if (phase === 'confirm-serial' && workers === serialWorkers) serialAttempts++;
    if (phase !== 'confirm-parallel' || workers !== suspect.threshold) continue;
    parallelAttempts++;
    if (subset === undefined) fullAttempts++;
    else {
      subsetAttempts++;
      if (outcomeOf(run, suspect.id) === 'failed') subsetFailed++;
    }
  }
  const { serial, parallel } = evidence;
  const seen = suspect.nominee.parallel;
  const pilotMissed = subsetAttempts > 0 && subsetFailed === 0 && fisherOneSided(seen.failed, seen.n, 0, subsetAttempts) < PILOT_MISS;
  const mode = !supportsSubset || fullAttempts > 0 || pilotMissed ? 'full' : 'subset';
  const serialCap = limits.blocks * SERIAL_PER_BLOCK;
  const split = serialSplit(runs, suspect.id, serialWorkers);
  const serialArm = supportsSubset ? serialArmOf(split) : 'in-order';
  const stopped = evidenceStop(evidence, limits, split) ?? (parallelAttempts >= limits.blocks || serialAttempts >= serialCap ? `run cap reached (${limits.blocks} blocks)` : null);
  const serialHalf = serial.failed.length < SERIAL_PER_BLOCK * (parallel.failed.length + 1);
  const needs = { serial: stopped === null && serialHalf, parallel: stopped === null && !serialHalf };
  return { suspect, evidence, serialAttempts, parallelAttempts, subsetAttempts, subsetFailed, fullAttempts, mode, needs, serialArm, split, stopped };
}

/**
 * Why a suspect with this evidence needs no more runs (null: open), the run cap aside: the one
 * stopping rule, read by the planner and by the cost estimate that simulates it (src/cost).
 * `split` (its serial observations by kind) lets a suspect that failed every alone run stay open
 * to be observed in the suite's order; without it any serial failure ends it.
 */
export function evidenceStop(evidence: Evidence, limits: ArmLimits, split?: SerialSplit): string | null {
  return stopReason(evidence, split) ?? hopeless(evidence, limits);
}

function stopReason(evidence: Evidence, split: SerialSplit | undefined): string | null {
  const { serial, parallel, process } = evidence;
  const sf = failuresOf(serial);
  const pf = failuresOf(parallel);
  // A serial failure makes the test `flaky` whatever else happens: nothing left to confirm. Except
  // failures alone while every alone run failed and no run in the suite's order did: the test may
  // need what an earlier test leaves behind, which only runs in the suite's order can tell.
  const onlyAlone = split !== undefined && split.alone.failed === split.alone.n && split.inOrder.failed === 0;
  if (sf > 0 && !onlyAlone) {
    const where = split === undefined || split.inOrder.failed === 0 ? '' : `; ${split.inOrder.failed}/${split.inOrder.n} in the suite's order`;
    return `fails serially (${sf}/${serial.failed.length}${where}): flaky`;
  }
  if (isConfirmed(evidence)) return `confirmed: e-value ${Math.exp(process.path[(process.crossedAt ?? 1) - 1] ?? 0).toPrecision(3)} >= ${Math.exp(evidence.logThreshold).toPrecision(3)} after ${process.crossedAt} block(s)`;
  if (sprt({ failures: pf, n: parallel.failed.length, ...FUTILITY }) === 'accept-h0') return `does not reproduce at a rate the rule could confirm (${pf}/${parallel.failed.length} parallel)`;
  return null;
}

/**
 * Futility against the cap: even if the test failed in parallel at the upper 99% bound of its
 * rate so far, the e-process would need more blocks than the cap leaves. Checked once a few
 * blocks exist (before that the bound says little).
 */
function hopeless(evidence: Evidence, limits: ArmLimits): string | null {
  const { process, parallel, logThreshold } = evidence;
  if (process.blocks < HOPELESS_FROM_BLOCK) return null;
  const pf = failuresOf(parallel, process.blocks);
  const high = upperBound(pf, process.blocks, HOPELESS_MISS);
  const optimistic = { ...process, next: { a: process.next.a, b: Math.max(process.next.b, high) } };
  const needed = blocksToThreshold(optimistic, logThreshold, SERIAL_PER_BLOCK, PARALLEL_PER_BLOCK, limits.blocks);
  const left = limits.blocks - process.blocks;
  return needed === null || needed > left ? `cannot be decided within the cap (${pf}/${process.blocks} parallel: even at a rate of ${high.toFixed(2)} it would need more than the ${left} block(s) left)` : null;
}

/** The optimistic rate of `hopeless` misses the true one with at most this probability per look. */
const HOPELESS_MISS = 0.01;
/** Before this many blocks the bound says little: a rare collision may just not have shown yet. */
const HOPELESS_FROM_BLOCK = 5;

/** One arm's observations so far, for notes: `k/n failed`. */
export function describe(tape: Tape): string {
  return `${failuresOf(tape)}/${tape.failed.length} failed`;
}
