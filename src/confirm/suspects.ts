import { compareIds } from '../analyse/build-matrix.js';
import type { RunResult, TestId } from '../model.js';
import { alwaysFailingTests, coFailures, concurrentTests, sameFileTests, steadyCoFailures } from './co-runners.js';
import { outcomes, type Sample } from './samples.js';

/**
 * Why a test is rerun. `parallel-only`: failed in a parallel discovery run and never serially.
 * `rare-serial`: failed serially, but in at most a third of the serial runs and less often than
 * in parallel: one serial failure in three runs cannot tell a flaky test from a parallel-only one
 * hit by a one-off (or by an order-dependence), and a confirmation sample can.
 */
export type SuspectReason = 'parallel-only' | 'rare-serial';

/** Serial failure rate at or below which a serially failing test is still a suspect. */
export const RARE_SERIAL_RATE = 1 / 3;

export interface Suspect {
  readonly id: TestId;
  readonly reason: SuspectReason;
  /** Smallest parallel worker count with a discovery failure: where the parallel arm runs. */
  readonly threshold: number;
  readonly serial: Sample;
  readonly parallel: Sample;
  /**
   * Tests to run with it in the parallel arm: the tests that failed beside it in every parallel
   * discovery run where it failed (at least two), else its co-failures and concurrent tests; and
   * the tests of its file.
   */
  readonly companions: readonly TestId[];
}

/**
 * Discovery only nominates (DESIGN "Verdicts and statistics"): a suspect is a hypothesis that the
 * fresh confirmation sample tests, so the nomination rule may be generous at little cost.
 */
export function nominateSuspects(discovery: readonly RunResult[], serial: number): Suspect[] {
  const runs = discovery.filter((r) => r.record.phase === 'discovery');
  const stats = new Map<TestId, { ser: { failed: number; n: number }; par: { failed: number; n: number }; threshold: number | null }>();
  for (const run of runs) {
    const isSerial = run.record.workers <= serial;
    for (const [id, outcome] of outcomes(run)) {
      const s = stats.get(id) ?? { ser: { failed: 0, n: 0 }, par: { failed: 0, n: 0 }, threshold: null };
      stats.set(id, s);
      const arm = isSerial ? s.ser : s.par;
      arm.n++;
      if (outcome !== 'failed') continue;
      arm.failed++;
      if (!isSerial && (s.threshold === null || run.record.workers < s.threshold)) s.threshold = run.record.workers;
    }
  }
  const suspects: Suspect[] = [];
  const alwaysFailing = alwaysFailingTests(runs);
  for (const [id, s] of [...stats].sort((a, b) => compareIds(a[0], b[0]))) {
    const reason = suspectReason(s.ser, s.par);
    if (reason === null || s.threshold === null) continue;
    // Tests that failed beside it every time are the likeliest partners, and a subset of just them
    // is far smaller than one with every test that shared a time window (the pilot's fallback to
    // the full suite covers a polluter that passes itself).
    const steady = steadyCoFailures(runs, id, serial, alwaysFailing);
    const others = steady.length > 0 ? steady : [...coFailures(runs, id, serial, alwaysFailing), ...concurrentTests(runs, id, serial)];
    const companions = new Set([...others, ...sameFileTests(runs, id)]);
    suspects.push({ id, reason, threshold: s.threshold, serial: s.ser, parallel: s.par, companions: [...companions].sort() });
  }
  return suspects;
}

/** Why discovery's serial and parallel samples make a test a suspect; null when they do not. */
export function suspectReason(ser: Sample, par: Sample): SuspectReason | null {
  if (par.failed === 0) return null;
  if (ser.failed === 0) return 'parallel-only';
  const serRate = ser.failed / ser.n;
  return serRate <= RARE_SERIAL_RATE && par.failed / par.n > serRate ? 'rare-serial' : null;
}
