import type { Verdict } from '../model.js';
import type { MatrixRow, OutcomeMatrix } from './build-matrix.js';

/** Outcome counts of one test over some runs. `failed` includes `error`. */
export interface Counts {
  passed: number;
  failed: number;
  lost: number;
  skipped: number;
}

/** One test's counts per worker count, and pooled into the two arms of every comparison. */
export interface Tally {
  /** Same index as `Arms.workerCounts`. */
  readonly byCount: readonly Counts[];
  readonly serial: Counts;
  /** Every worker count above serial, pooled. */
  readonly parallel: Counts;
}

/** Which worker counts exist and which one is serial. */
export interface Arms {
  /** Ascending; the first is serial (the smallest count in the runs). */
  readonly workerCounts: readonly number[];
  /** Per run (matrix index): its index in `workerCounts`. */
  readonly runCountIndex: readonly number[];
  readonly hasParallel: boolean;
}

export function armsOf(matrix: OutcomeMatrix, extraWorkers: readonly number[] = []): Arms {
  const counts = [...new Set([...matrix.runs.map((r) => r.workers), ...extraWorkers])].sort((a, b) => a - b);
  const index = new Map(counts.map((w, i) => [w, i]));
  return {
    workerCounts: counts,
    runCountIndex: matrix.runs.map((r) => index.get(r.workers) ?? 0),
    hasParallel: counts.length > 1,
  };
}

const zero = (): Counts => ({ passed: 0, failed: 0, lost: 0, skipped: 0 });

export function tallyRow(row: MatrixRow, arms: Arms): Tally {
  const byCount = arms.workerCounts.map(zero);
  const { outcomes } = row;
  for (let r = 0; r < outcomes.length; r++) {
    const outcome = outcomes[r];
    const counts = byCount[arms.runCountIndex[r] ?? 0];
    if (outcome === undefined || counts === undefined) continue;
    switch (outcome) {
      case 'passed':
        counts.passed++;
        break;
      case 'failed':
      case 'error':
        counts.failed++;
        break;
      case 'lost':
        counts.lost++;
        break;
      case 'skipped':
        counts.skipped++;
        break;
    }
  }
  const serial = byCount[0] ?? zero();
  const parallel = zero();
  for (const counts of byCount.slice(1)) {
    parallel.passed += counts.passed;
    parallel.failed += counts.failed;
    parallel.lost += counts.lost;
    parallel.skipped += counts.skipped;
  }
  return { byCount, serial, parallel };
}

/** Runs where the test actually ran to an outcome (lost and skipped are counted apart). */
export const ran = (c: Counts): number => c.passed + c.failed;

/**
 * The verdict, first rule that matches:
 * 1. `skipped`: it never ran, and was skipped wherever it was reported (a skipped test missing from
 *    a crashed run would only have been skipped again; calling it `lost` would be noise).
 * 2. `broken`: it ran serially, and failed in every run where it ran, at any count (runs where it
 *    was lost or skipped neither prove nor disprove "always fails").
 * 3. `flaky`: it failed at least once serially.
 * 4. `parallel-only`: it never failed serially and failed at least once in parallel.
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
