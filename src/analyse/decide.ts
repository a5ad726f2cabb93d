import type { Confidence, DecisionSample, RunResult, SampleArm, Verdict } from '../model.js';
import { isFailure } from '../observe/index.js';
import { fisherOneSided } from '../stats/fisher.js';
import { probGreater } from '../stats/prob-greater.js';
import { judgeParallelOnly, needsPredecessors, observedConfidence, serialSplit, verdictOf, type Counts, type Nomination, type Tally } from '../verdict/index.js';
import type { MatrixRow, OutcomeMatrix } from './build-matrix.js';

/** A test's verdict, how sure it is, and the sample that rests on. */
export interface Decision {
  readonly verdict: Verdict;
  readonly confidence: Confidence;
  readonly pValue: number | null;
  readonly probParallelWorse: number | null;
  readonly sample?: DecisionSample;
  readonly runsToDecide?: number;
}

/** What deciding needs of the whole analysis, computed once. */
export interface DecisionContext {
  /** The counted runs (experiments already left out), in execution order, and their matrix. */
  readonly runs: readonly RunResult[];
  readonly matrix: OutcomeMatrix;
  /** Discovery's nominees: which tests confirmation put to the test, and K. */
  readonly nomination: Nomination;
  readonly hasParallel: boolean;
}

/**
 * The verdict (`verdictOf`, every counted run) and its confidence: for `parallel-only` the
 * decision rule (`judgeParallelOnly`: the confirmation e-process of a nominee, else a description of
 * all runs, at most `likely`); for `flaky` the serial failures seen, with the all-runs sample
 * that shows them; for the others the observations alone (no comparison, no sample).
 */
export function decide(row: MatrixRow, tally: Tally, context: DecisionContext): Decision {
  const verdict = verdictOf(inSuiteOrder(row, tally, context));
  if (verdict === 'parallel-only') return { verdict, ...judgeParallelOnly(context.runs, row.id, context.nomination, allRunsSample(row, context)) };
  const { confidence, runsToDecide } = observedConfidence(verdict, tally, context.hasParallel);
  const base = { verdict, confidence, pValue: null, probParallelWorse: null, ...(runsToDecide === undefined ? {} : { runsToDecide }) };
  if (verdict !== 'flaky') return base;
  const sample = allRunsSample(row, context);
  const { serial: s, parallel: p } = sample;
  if (s.n === 0 || p.n === 0) return { ...base, sample };
  return { ...base, sample, pValue: fisherOneSided(p.failed, p.n, s.failed, s.n), probParallelWorse: probGreater(p.failed, p.n, s.failed, s.n) };
}

/**
 * Serial against every parallel count pooled, over every counted run: the descriptive sample, the
 * same counts as `byWorkers` (an event row's implicit passes included, lost and skipped runs not).
 */
function allRunsSample(row: MatrixRow, { matrix, nomination }: DecisionContext): DecisionSample {
  const serial = { workers: new Set<number>(), failed: 0, runs: [] as string[] };
  const parallel = { workers: new Set<number>(), failed: 0, runs: [] as string[] };
  row.outcomes.forEach((outcome, r) => {
    const run = matrix.runs[r];
    if (run === undefined || (outcome !== 'passed' && !isFailure(outcome))) return;
    const side = run.workers <= nomination.serialWorkers ? serial : parallel;
    side.workers.add(run.workers);
    side.runs.push(run.id);
    if (isFailure(outcome)) side.failed++;
  });
  const arm = (side: typeof serial): SampleArm => ({ workers: [...side.workers].sort((a, b) => a - b), failed: side.failed, n: side.runs.length, runs: side.runs });
  return { source: 'all-runs', serial: arm(serial), parallel: arm(parallel) };
}

/**
 * The tally the verdict reads: a test that failed every serial run alone and passed every one in
 * the suite's order (src/verdict/serial-order.ts `needsPredecessors`) has its alone failures taken
 * out of the serial arm: serially, in the order its suite runs, it passes. They stay in `byWorkers`
 * and in the confirmation sample, where they were observed.
 */
function inSuiteOrder(row: MatrixRow, tally: Tally, { runs, nomination }: DecisionContext): Tally {
  if (tally.serial.failed === 0) return tally;
  const split = serialSplit(runs, row.id, nomination.serialWorkers);
  if (!needsPredecessors(split)) return tally;
  const without = (c: Counts): Counts => ({ ...c, failed: c.failed - split.alone.failed });
  return { byCount: tally.byCount.map((c, i) => (i === 0 ? without(c) : c)), serial: without(tally.serial), parallel: tally.parallel };
}
