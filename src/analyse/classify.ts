import type { TestAnalysis, TestId, WorkerStats } from '../model.js';
import { wilson } from '../stats/wilson.js';
import { ran, type Counts, type Tally } from '../verdict/index.js';
import type { MatrixRow } from './build-matrix.js';
import type { Decision } from './decide.js';
import type { Arms } from './tally.js';

/** Where a test links to others: its cluster and, when the partner search found them, its partners. */
export interface Links {
  /** The test's display form (parse/test-id.ts `displayIds`: unique within the run). */
  readonly display: string;
  readonly cluster: number | null;
  readonly partners?: readonly TestId[];
  /** The partners are tests it needs to run before it (PartnerFinding `kind: 'predecessor'`). */
  readonly partnersRunBefore?: boolean;
}

/** Everything the analyse stage concludes about one test (`causes` stays empty for explain). */
export function classify(row: MatrixRow, tally: Tally, decision: Decision, arms: Arms, links: Links): TestAnalysis {
  const byWorkers: Record<string, WorkerStats> = {};
  let threshold: number | null = null;
  arms.workerCounts.forEach((workers, i) => {
    const counts = tally.byCount[i];
    if (counts === undefined) return;
    byWorkers[String(workers)] = workerStats(counts);
    // A parallel-only test's serial failures, if any, were alone, out of the suite's order
    // (decide.ts `inSuiteOrder`): its threshold is where it starts failing in parallel.
    if (threshold === null && counts.failed > 0 && (i > 0 || decision.verdict !== 'parallel-only')) threshold = workers;
  });
  // Optional fields are present-but-undefined rather than spread in: every object gets one shape
  // (fast for 20,000 tests) and JSON.stringify drops the undefined ones all the same.
  return {
    id: row.id,
    display: links.display,
    file: row.file,
    line: row.line,
    classname: row.classname,
    name: row.name,
    verdict: decision.verdict,
    confidence: decision.confidence,
    pValue: decision.pValue,
    probParallelWorse: decision.probParallelWorse,
    sample: decision.sample,
    byWorkers,
    threshold,
    cluster: links.cluster,
    runsToDecide: decision.runsToDecide,
    messages: row.messages,
    partners: links.partners,
    partnersRunBefore: links.partnersRunBefore,
    causes: [],
  };
}

function workerStats(c: Counts): WorkerStats {
  const interval = wilson(c.failed, ran(c));
  return {
    runs: c.passed + c.failed + c.lost + c.skipped,
    passed: c.passed,
    failed: c.failed,
    lost: c.lost,
    skipped: c.skipped,
    rateLow: interval.low,
    rateHigh: interval.high,
  };
}
