import type { Verdict } from '../model.js';

/** Outcome counts of one test over some runs. `failed` includes `error`. */
export interface Counts {
  passed: number;
  failed: number;
  lost: number;
  skipped: number;
}

/** One test's counts per worker count, and pooled into serial and parallel. */
export interface Tally {
  /** Same index as the ascending worker counts; the first is serial. */
  readonly byCount: readonly Counts[];
  readonly serial: Counts;
  /** Every worker count above serial, pooled. */
  readonly parallel: Counts;
}

/** Runs where the test actually ran to an outcome (lost and skipped are counted apart). */
export const ran = (c: Counts): number => c.passed + c.failed;

/**
 * The verdict (DESIGN "Verdicts and statistics"), first rule that matches, over every counted run
 * (discovery and confirmation; experiments excluded):
 * 1. `skipped`: it never ran, and was skipped wherever it was reported (a skipped test missing from
 *    a crashed run would only have been skipped again; calling it `lost` would be noise).
 * 2. `broken`: it ran serially, and failed in every run where it ran, at any count.
 * 3. `flaky`: it failed at least once serially. Every observed serial failure counts, in
 *    discovery or confirmation alike: none is ever set aside.
 * 4. `parallel-only`: it never failed serially and failed at least once in parallel. How sure
 *    that is (the confidence) is `judgeParallelOnly`'s, on the sample it names.
 * 5. `lost`: it never failed but was lost at least once.
 * 6. `stable`. A test skipped in parallel runs but passing serially stays `stable`: a skip is the
 *    suite's own choice (markers, conditions), not evidence of interference.
 */
export function verdictOf(t: Tally): Verdict {
  const totalRan = ran(t.serial) + ran(t.parallel);
  const lost = t.serial.lost + t.parallel.lost;
  if (totalRan === 0 && (lost === 0 || t.serial.skipped + t.parallel.skipped > 0)) return 'skipped';
  if (t.serial.failed > 0) {
    return ran(t.serial) > 0 && t.serial.passed + t.parallel.passed === 0 ? 'broken' : 'flaky';
  }
  if (t.parallel.failed > 0) return 'parallel-only';
  return lost > 0 ? 'lost' : 'stable';
}
