import type { RunResult, TestId } from '../model.js';
import { failuresIn, nominates } from '../observe/index.js';
import type { Nomination, Nominee } from '../verdict/index.js';
import { alwaysFailingTests, coFailures, concurrentTests, sameFileTests, steadyCoFailures } from './co-runners.js';

/** A nominee with the tests its parallel arm runs beside it. */
export interface Suspect {
  readonly id: TestId;
  readonly nominee: Nominee;
  /** Smallest parallel worker count with a discovery failure: where the parallel arm runs. */
  readonly threshold: number;
  /**
   * Tests to run with it in the parallel arm: the tests that failed beside it in every parallel
   * discovery run where it failed (at least two), else its co-failures and the tests that ran
   * alongside it each time; and the tests of its file.
   */
  readonly companions: readonly TestId[];
}

/** The nominees of `nomination` (src/verdict/nominate.ts) with their companions, from discovery. */
export function suspectsOf(nomination: Nomination, discovery: readonly RunResult[]): Suspect[] {
  const runs = discovery.filter(nominates);
  const serial = nomination.serialWorkers;
  // Tests that failed serially (flaky, broken) co-fail with anything by their own doing: as
  // companions they would only grow every subset and merge unrelated groups.
  const alwaysFailing = new Set([...alwaysFailingTests(runs), ...serialFailures(runs, serial)]);
  return [...nomination.nominees.values()].map((nominee) => {
    const { id } = nominee;
    // Tests that failed beside it every time are the likeliest partners, and a subset of just them
    // is far smaller than one with every test that shared a time window; failing that, its
    // co-failures and the tests that ran alongside it every time it failed (the fallback to the
    // full suite covers a polluter that neither fails nor was timed).
    const steady = steadyCoFailures(runs, id, serial, alwaysFailing);
    const others = steady.length > 0 ? steady : [...coFailures(runs, id, serial, alwaysFailing), ...concurrentTests(runs, id, serial, true)];
    const companions = new Set([...others, ...sameFileTests(runs, id)]);
    companions.delete(id);
    return { id, nominee, threshold: nominee.threshold, companions: [...companions].sort() };
  });
}

/** Tests that failed in a serial discovery run. */
function serialFailures(runs: readonly RunResult[], serial: number): Set<TestId> {
  const out = new Set<TestId>();
  for (const run of runs) if (run.record.workers <= serial) for (const id of failuresIn(run)) out.add(id);
  return out;
}
