import type { Counts, Tally } from '../verdict/index.js';
import type { MatrixRow, OutcomeMatrix } from './build-matrix.js';

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
