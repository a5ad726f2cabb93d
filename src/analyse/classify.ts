import type { ConfirmationTier } from '../confirm/tiers.js';
import type { Confidence, TestAnalysis, TestId, Verdict, WorkerStats } from '../model.js';
import { MAX_MESSAGES, type MatrixRow } from './build-matrix.js';
import { confidenceOf } from './confidence.js';
import type { Decision } from './decide.js';
import type { StatsCache } from './stats-cache.js';
import { ran, type Arms, type Counts, type Tally } from './tally.js';
import { wilson } from './wilson.js';

/** Where a test links to others: its cluster and, when the partner search found them, its partners. */
export interface Links {
  /** The test's display form (parse/test-id.ts `displayIds`: unique within the run). */
  readonly display: string;
  readonly cluster: number | null;
  readonly partners?: readonly TestId[];
}

/**
 * Everything the analyse stage concludes about one test (`causes` stays empty for explain).
 * pValue and probParallelWorse compare the pooled parallel arm with serial over runs where the test
 * ran (discovery and confirmation alike); null when either arm has no such run. A `parallel-only`
 * test with a confirmation tier takes confidence, pValue, probParallelWorse and runsToDecide from
 * the confirmation sample instead (see `decideVerdict`).
 */
export function classify(row: MatrixRow, tally: Tally, decision: Decision, arms: Arms, links: Links, stats: StatsCache): TestAnalysis {
  const { verdict, tier } = decision;
  const byWorkers: Record<string, WorkerStats> = {};
  let threshold: number | null = null;
  arms.workerCounts.forEach((workers, i) => {
    const counts = tally.byCount[i];
    if (counts === undefined) return;
    byWorkers[String(workers)] = workerStats(counts);
    if (threshold === null && counts.failed > 0) threshold = workers;
  });
  const judged = verdict === 'parallel-only' && tier !== null ? fromTier(tier) : pooled(verdict, tally, arms, stats);
  // Optional fields are present-but-undefined rather than spread in: every object gets one shape
  // (fast for 20,000 tests) and JSON.stringify drops the undefined ones all the same.
  return {
    id: row.id,
    display: links.display,
    file: row.file,
    line: row.line,
    classname: row.classname,
    name: row.name,
    verdict,
    confidence: judged.confidence,
    pValue: judged.pValue,
    probParallelWorse: judged.probParallelWorse,
    byWorkers,
    threshold,
    cluster: links.cluster,
    runsToDecide: judged.runsToDecide,
    messages: keepMessage(row.messages, decision.serialMessage),
    partners: links.partners,
    causes: [],
  };
}

interface Judged {
  readonly confidence: Confidence;
  readonly pValue: number | null;
  readonly probParallelWorse: number | null;
  readonly runsToDecide?: number;
}

function fromTier(tier: ConfirmationTier): Judged {
  const { confidence, pValue, probParallelWorse, runsToDecide } = tier;
  return { confidence, pValue, probParallelWorse, runsToDecide };
}

/**
 * The tier from every counted run. For `parallel-only` it can only be the discovery tier (no
 * confirmation tier: an arm is empty or confirmation did not run), and discovery only nominates
 * (DESIGN, multiple testing), so it is capped at `likely`: `confirmed` needs the fresh sample.
 */
function pooled(verdict: Verdict, tally: Tally, arms: Arms, stats: StatsCache): Judged {
  const parN = ran(tally.parallel);
  const serN = ran(tally.serial);
  const comparable = parN > 0 && serN > 0;
  const pValue = comparable ? stats.pValue(tally.parallel.failed, parN, tally.serial.failed, serN) : null;
  const probParallelWorse = comparable ? stats.probParallelWorse(tally.parallel.failed, parN, tally.serial.failed, serN) : null;
  const result = confidenceOf(verdict, tally, arms.hasParallel, probParallelWorse);
  const capped = verdict === 'parallel-only' && result.confidence === 'confirmed' ? { confidence: 'likely' as const } : result;
  return { ...capped, pValue, probParallelWorse };
}

/** The rare-serial rule's serial failure stays in view even when other messages filled the list. */
function keepMessage(messages: readonly string[], kept: string | undefined): readonly string[] {
  if (kept === undefined || messages.includes(kept)) return messages;
  return [kept, ...messages].slice(0, MAX_MESSAGES);
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
