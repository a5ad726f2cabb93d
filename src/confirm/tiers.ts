import { LIKELY_PROBABILITY, fisherOneSided, meetsConfirmed, probGreater, runsToDecide } from '../analyse/stats.js';
import type { Confidence, RunResult, TestId } from '../model.js';
import { armSample, parallelArmWorkers, serialArmSample, serialWorkers, type Sample } from './samples.js';

export interface ConfirmationTier {
  readonly confidence: Confidence;
  /** One-sided Fisher exact p on the confirmation sample. */
  readonly pValue: number;
  /** Bayesian P(p_parallel > p_serial), Jeffreys priors, on the confirmation sample. */
  readonly probParallelWorse: number;
  /** For `insufficient`: extra runs per arm estimated to decide, when reachable. */
  readonly runsToDecide?: number;
  /** The samples the tier rests on, so the classifier can see serial failures (flaky) too. */
  readonly serial: Sample;
  readonly parallel: Sample;
}

/**
 * The confidence tier of "fails more in parallel than serially", from the confirmation runs only:
 * serial arm (`confirm-serial` runs at the serial count, plus the clean discovery serial runs:
 * `serialArmSample`) against `confirm-parallel` runs at the test's parallel arm count
 * (partner-search probes excluded; after a fallback to the full suite, only its runs: see
 * `armSample`). Discovery nominated the test for its parallel failures after looking at many
 * tests at once, so its parallel runs carry that selection (multiple testing); the parallel arm
 * is fresh.
 *
 * null when either arm has no confirmation result for the test: the analyse stage's discovery-based tier then
 * stands, capped at `likely` (discovery only nominates).
 */
export function confirmationTier(testId: TestId, runs: readonly RunResult[]): ConfirmationTier | null {
  const { serial: ser, parallel: par, serialReruns } = confirmationSamples(testId, runs);
  // No serial rerun: the planner never put the test to the test (not a suspect, or the budget cut
  // its serial arm); a side observation in someone else's parallel run decides nothing.
  if (serialReruns === 0 || par.n === 0) return null;
  const pValue = fisherOneSided(par.failed, par.n, ser.failed, ser.n);
  const probParallelWorse = probGreater(par.failed, par.n, ser.failed, ser.n);
  const samples = { serial: { failed: ser.failed, n: ser.n }, parallel: { failed: par.failed, n: par.n } };
  if (meetsConfirmed(par.failed, par.n, ser.failed, ser.n)) return { confidence: 'confirmed', pValue, probParallelWorse, ...samples };
  if (probParallelWorse >= LIKELY_PROBABILITY) return { confidence: 'likely', pValue, probParallelWorse, ...samples };
  const more = runsToDecide(par.failed, par.n, ser.failed, ser.n);
  return more === null
    ? { confidence: 'insufficient', pValue, probParallelWorse, ...samples }
    : { confidence: 'insufficient', pValue, probParallelWorse, runsToDecide: more, ...samples };
}

/**
 * The two confirmation samples of a test, also when one is empty: a test ruled flaky by its
 * serial arm never gets parallel runs (its tier is null) but its serial failures are the news.
 */
export function confirmationSamples(testId: TestId, runs: readonly RunResult[]): { readonly serial: Sample; readonly parallel: Sample; readonly serialReruns: number } {
  const serial = serialWorkers(runs.filter((r) => r.record.phase === 'discovery' || r.record.phase === 'confirm-serial'));
  const parallelWorkers = parallelArmWorkers(runs, testId);
  const empty = { failed: 0, n: 0 };
  const ser = serial === null ? { ...empty, discovery: 0 } : serialArmSample(runs, testId, serial);
  const par = parallelWorkers === null ? empty : armSample(runs, testId, 'confirm-parallel', parallelWorkers);
  const serialReruns = serial === null ? 0 : ser.n - ser.discovery;
  return { serial: { failed: ser.failed, n: ser.n }, parallel: { failed: par.failed, n: par.n }, serialReruns };
}
