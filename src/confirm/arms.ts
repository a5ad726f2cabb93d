import { meetsConfirmed, sprt, type SprtDecision } from '../analyse/stats.js';
import type { RunResult } from '../model.js';
import { armSample, serialArmSample, type ArmSample } from './samples.js';
import type { Suspect } from './suspects.js';

/**
 * The sequential tests (Wald 1945) that stop each arm. Rates are failure probabilities per run.
 * Serial: H0 p <= 0.02 ("clean enough that a parallel rate three times its upper bound is easy
 *   to show") vs H1 p >= 0.2 ("fails alone: flaky"). ~15 clean runs accept H0; two early
 *   failures accept H1. A 15-run clean record gives a 95% upper bound of 0.18, which the
 *   `confirmed` rule needs to be below a third of the parallel rate.
 * Parallel: H0 p <= 0.05 vs H1 p >= 0.3 (a collision worth reporting fails in at least ~1 run in
 *   3 when its partner runs alongside). Two failures in two runs accept H1; ~10 passes accept H0.
 * alpha = beta = 0.05 both ways (the analyse default beta is 0.1; we pass ours explicitly).
 */
export const SERIAL_SPRT = { p0: 0.02, p1: 0.2, alpha: 0.05, beta: 0.05 } as const;
export const PARALLEL_SPRT = { p0: 0.05, p1: 0.3, alpha: 0.05, beta: 0.05 } as const;

export interface ArmLimits {
  /** Runs per arm (serial: attempts; parallel: attempts in the current mode) before giving up. */
  readonly serialCap: number;
  readonly parallelCap: number;
  /** Subset attempts without a single reproduction before the parallel arm runs the full suite. */
  readonly subsetAttempts: number;
  /** Serial runs before the parallel arm starts. */
  readonly serialLead: number;
}

export const DEFAULT_LIMITS: ArmLimits = { serialCap: 20, parallelCap: 10, subsetAttempts: 3, serialLead: 3 };

export interface ArmState {
  readonly sample: ArmSample;
  readonly decision: SprtDecision;
  /** The arm reached its run cap. */
  readonly capped: boolean;
}

export interface SuspectState {
  readonly suspect: Suspect;
  readonly serial: ArmState;
  readonly parallel: ArmState;
  /** `full` once the subset did not reproduce (or the framework cannot run subsets). */
  readonly mode: 'subset' | 'full';
  /** Which arms the next batch should run. */
  readonly needs: { readonly serial: boolean; readonly parallel: boolean };
  /** Null while open; otherwise why the test needs no more runs. */
  readonly stopped: string | null;
}

/** Where a suspect's confirmation stands, derived from the runs alone (the planner keeps no state). */
export function suspectState(suspect: Suspect, runs: readonly RunResult[], serialCount: number, supportsSubset: boolean, limits: ArmLimits): SuspectState {
  const serialSample = serialArmSample(runs, suspect.id, serialCount);
  const parallelSample = armSample(runs, suspect.id, 'confirm-parallel', suspect.threshold);
  const pilotFailed = parallelSample.subsetAttempts >= limits.subsetAttempts && parallelSample.subsetFailed === 0;
  const mode = !supportsSubset || parallelSample.fullAttempts > 0 || pilotFailed ? 'full' : 'subset';
  const parallelRuns = mode === 'full' ? parallelSample.fullAttempts : parallelSample.attempts;
  const serial = arm(serialSample, SERIAL_SPRT, serialSample.attempts >= limits.serialCap);
  const parallel = arm(parallelSample, PARALLEL_SPRT, parallelRuns >= limits.parallelCap);
  const stopped = stopReason(serial, parallel);
  // Both tests may decide "parallel-only" (serial clean, parallel failing) before the `confirmed`
  // rule holds (e.g. 0/15 serial bounds the rate at 0.18, more than a third of a 2/4 parallel
  // rate): then both arms go on, to their caps, since each run on either side tightens the rule.
  const bothLeanParallelOnly = serial.decision === 'accept-h0' && parallel.decision === 'accept-h1';
  const serialNeeded = stopped === null && !serial.capped && (serial.decision === 'continue' || bothLeanParallelOnly);
  // The serial arm leads: its runs are small and cheap, and a flaky test (p >= 0.2) usually shows
  // itself within a few of them, before any parallel run (often the full suite) is paid for.
  // A test that needs the parallel arm needs at least this many serial runs anyway. And while a
  // serial failure is on record the parallel arm waits for the serial arm to decide: most such
  // tests turn out flaky, which makes every parallel run spent on them wasted.
  const serialLeads = serialNeeded && (serialSample.attempts + serialSample.discovery < limits.serialLead || serialSample.failed > 0);
  const needs = {
    serial: serialNeeded,
    parallel: stopped === null && !serialLeads && !parallel.capped && (parallel.decision === 'continue' || bothLeanParallelOnly),
  };
  const idle = stopped === null && !needs.serial && !needs.parallel;
  return { suspect, serial, parallel, mode, needs, stopped: idle ? `arms ended: serial ${describe(serial)}, parallel ${describe(parallel)}` : stopped };
}

function arm(sample: ArmSample, params: typeof SERIAL_SPRT | typeof PARALLEL_SPRT, capped: boolean): ArmState {
  return { sample, decision: sprt({ failures: sample.failed, n: sample.n, ...params }), capped };
}

function stopReason(serial: ArmState, parallel: ArmState): string | null {
  const s = serial.sample;
  const p = parallel.sample;
  // Already meets the `confirmed` rule on the confirmation sample: more runs cannot add to it.
  if (meetsConfirmed(p.failed, p.n, s.failed, s.n)) return `confirmed: ${p.failed}/${p.n} parallel vs ${s.failed}/${s.n} serial`;
  // Fails alone at a real rate: flaky, whatever parallel does; the parallel arm would be wasted.
  if (serial.decision === 'accept-h1') return `fails serially (${s.failed}/${s.n}): flaky, parallel arm not needed`;
  // Does not fail in parallel beyond 5%: no parallel-only claim left to test.
  if (parallel.decision === 'accept-h0') return `does not reproduce in parallel (${p.failed}/${p.n})`;
  return null;
}

export function describe(state: ArmState): string {
  const { failed, n } = state.sample;
  const what = state.decision === 'accept-h0' ? 'accepted H0' : state.decision === 'accept-h1' ? 'accepted H1' : state.capped ? 'cap reached' : 'open';
  return `${failed}/${n} failed, ${what}`;
}
