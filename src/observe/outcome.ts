import type { Outcome, TestCase } from '../model.js';

/** Worst wins: when one run reports a test twice (pytest: failure + teardown error), or a retry hid a failure. */
export function outcomeRank(outcome: Outcome): number {
  switch (outcome) {
    case 'skipped':
      return 0;
    case 'passed':
      return 1;
    case 'lost':
      return 2;
    case 'failed':
      return 3;
    case 'error':
      return 4;
  }
}

/**
 * The case's outcome with retries folded in: any failed attempt makes the run a failure. A test
 * that failed and passed on retry did fail in that run, and a retry that hides parallel failures
 * is exactly what flakegate looks for; every stage reads this, never `TestCase.outcome` alone.
 */
export function effectiveOutcome(testCase: TestCase): Outcome {
  let outcome = testCase.outcome;
  if (testCase.attempts === undefined) return outcome;
  for (const attempt of testCase.attempts) if (outcomeRank(attempt.outcome) > outcomeRank(outcome)) outcome = attempt.outcome;
  return outcome;
}

/** `failed` or `error`: the test did not pass. */
export function isFailure(outcome: Outcome | undefined): boolean {
  return outcome === 'failed' || outcome === 'error';
}

/** THE definition of "this case failed in its run", retries included. */
export function failedInRun(testCase: TestCase): boolean {
  return isFailure(effectiveOutcome(testCase));
}
