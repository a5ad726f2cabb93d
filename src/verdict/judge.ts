import type { Confidence, DecisionSample, RunResult, SampleArm, TestId } from '../model.js';
import { blocksToThreshold, eProcess, type Counts, type EProcess } from '../stats/e-process.js';
import { fisherOneSided } from '../stats/fisher.js';
import { probGreater } from '../stats/prob-greater.js';
import type { Nomination, Nominee } from './nominate.js';
import { GATE_ALPHA, LIKELY_PROBABILITY, PARALLEL_PER_BLOCK, PROJECTION_CAP_BLOCKS, SERIAL_PER_BLOCK, logThreshold } from './rule.js';
import { confirmationTapes, failuresOf, type Tape } from './tapes.js';

/** How sure "fails more in parallel" is, and the sample that says so. */
export interface Judgement {
  readonly confidence: Confidence;
  readonly sample: DecisionSample;
  readonly pValue: number | null;
  readonly probParallelWorse: number | null;
  /** Not `confirmed`: confirmation runs (serial and parallel together) estimated to decide, when reachable. */
  readonly runsToDecide?: number;
}

/** A nominee's confirmation so far: its arms and their e-process. */
export interface Evidence {
  readonly nominee: Nominee;
  readonly serial: Tape;
  readonly parallel: Tape;
  readonly process: EProcess;
  readonly logThreshold: number;
  readonly suspects: number;
}

/**
 * The e-process of a nominee over its confirmation arms. The alternative starts from what
 * discovery saw of it (known before the first block; its selection bias only weakens or
 * strengthens the bet, never the validity) and learns from each block.
 */
export function evidenceOf(runs: readonly RunResult[], nominee: Nominee, nomination: Nomination): Evidence {
  const { serial, parallel } = confirmationTapes(runs, nominee.id, nomination.serialWorkers, nominee.threshold);
  const suspects = nomination.nominees.size;
  const threshold = logThreshold(suspects);
  const process = eProcess({
    serial: serial.failed,
    parallel: parallel.failed,
    serialPerBlock: SERIAL_PER_BLOCK,
    parallelPerBlock: PARALLEL_PER_BLOCK,
    prior: { serial: nominee.serial, parallel: nominee.parallel },
    logThreshold: threshold,
  });
  return { nominee, serial, parallel, process, logThreshold: threshold, suspects };
}

export const isConfirmed = (evidence: Evidence): boolean => evidence.process.crossedAt !== null;

/**
 * The confidence of a `parallel-only` verdict (the caller has checked that no serial run of the
 * test failed). A nominee with at least one complete confirmation block is judged on those blocks:
 * `confirmed` once its e-value reached suspects / alpha (the guarantee), else `likely` when
 * P(p_par > p_ser) >= 0.95 on the same sample, else `insufficient`. Any other test (confirmation
 * off, cut by the budget, or not nominated) is described on `allRuns` (the caller's counts of every
 * counted run, serial against the parallel counts pooled) and is at most `likely`: those counts
 * include the runs that nominated it.
 */
export function judgeParallelOnly(runs: readonly RunResult[], id: TestId, nomination: Nomination, allRuns: DecisionSample): Judgement {
  const nominee = nomination.nominees.get(id);
  if (nominee !== undefined) {
    const evidence = evidenceOf(runs, nominee, nomination);
    if (evidence.process.blocks > 0) return fromConfirmation(evidence);
  }
  return fromAllRuns(allRuns, nomination, nominee);
}

/** A nominee's judgement from its confirmation blocks; null before its first complete block. */
export function judgeEvidence(evidence: Evidence): Judgement | null {
  return evidence.process.blocks > 0 ? fromConfirmation(evidence) : null;
}

function fromConfirmation(evidence: Evidence): Judgement {
  const { process, serial, parallel, suspects } = evidence;
  const used = process.crossedAt ?? process.blocks;
  const logE = process.crossedAt === null ? process.maxLogE : (process.path[used - 1] ?? process.maxLogE);
  const s = arm(serial, used * SERIAL_PER_BLOCK);
  const p = arm(parallel, used * PARALLEL_PER_BLOCK);
  const sample: DecisionSample = { source: 'confirmation', serial: s, parallel: p, blocks: used, eValue: Math.exp(logE), threshold: Math.exp(evidence.logThreshold), suspects, alpha: GATE_ALPHA };
  const probParallelWorse = probGreater(p.failed, p.n, s.failed, s.n);
  const pValue = Math.min(1, Math.exp(-logE));
  if (process.crossedAt !== null) return { confidence: 'confirmed', sample, pValue, probParallelWorse };
  const blocks = blocksToThreshold(process, evidence.logThreshold, SERIAL_PER_BLOCK, PARALLEL_PER_BLOCK, PROJECTION_CAP_BLOCKS);
  const confidence = probParallelWorse >= LIKELY_PROBABILITY ? 'likely' : 'insufficient';
  return { confidence, sample, pValue, probParallelWorse, ...(blocks === null ? {} : { runsToDecide: blocks * (SERIAL_PER_BLOCK + PARALLEL_PER_BLOCK) }) };
}

function arm(tape: Tape, n: number): SampleArm {
  const k = Math.min(n, tape.failed.length);
  return { workers: [tape.workers], failed: failuresOf(tape, k), n: k, runs: tape.runs.slice(0, k) };
}

function fromAllRuns(sample: DecisionSample, nomination: Nomination, nominee: Nominee | undefined): Judgement {
  const { serial: s, parallel: p } = sample;
  const comparable = s.n > 0 && p.n > 0;
  const pValue = comparable ? fisherOneSided(p.failed, p.n, s.failed, s.n) : null;
  const probParallelWorse = comparable ? probGreater(p.failed, p.n, s.failed, s.n) : null;
  const confidence = probParallelWorse !== null && probParallelWorse >= LIKELY_PROBABILITY ? 'likely' : 'insufficient';
  // What a confirmation would take from here: a fresh e-process, betting on what these runs saw.
  const suspects = nomination.nominees.size + (nominee === undefined ? 1 : 0);
  const threshold = logThreshold(suspects);
  const prior = { serial: { failed: s.failed, n: s.n }, parallel: { failed: p.failed, n: p.n } };
  const fresh = eProcess({ serial: [], parallel: [], serialPerBlock: SERIAL_PER_BLOCK, parallelPerBlock: PARALLEL_PER_BLOCK, prior, logThreshold: threshold });
  const blocks = blocksToThreshold(fresh, threshold, SERIAL_PER_BLOCK, PARALLEL_PER_BLOCK, PROJECTION_CAP_BLOCKS);
  return { confidence, sample, pValue, probParallelWorse, ...(blocks === null ? {} : { runsToDecide: blocks * (SERIAL_PER_BLOCK + PARALLEL_PER_BLOCK) }) };
}

/**
 * Blocks a nominee needs at the least: it fails in every parallel run and never serially. What a
 * cost estimate can assume before the runs say more. `prior` is what discovery saw of it.
 */
export function fewestBlocks(suspects: number, prior: { readonly serial: Counts; readonly parallel: Counts }, cap = PROJECTION_CAP_BLOCKS): number {
  const threshold = logThreshold(suspects);
  for (let blocks = 1; blocks <= cap; blocks++) {
    const process = eProcess({
      serial: new Array<boolean>(blocks * SERIAL_PER_BLOCK).fill(false),
      parallel: new Array<boolean>(blocks * PARALLEL_PER_BLOCK).fill(true),
      serialPerBlock: SERIAL_PER_BLOCK,
      parallelPerBlock: PARALLEL_PER_BLOCK,
      prior,
      logThreshold: threshold,
    });
    if (process.crossedAt !== null) return process.crossedAt;
  }
  return cap;
}
