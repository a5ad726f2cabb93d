import type { FailOn, Gate, TestAnalysis } from '../model.js';

/** How many test ids a reason names before "and N more". */
const NAMED_IN_REASON = 5;

const isEvidenced = (t: TestAnalysis): boolean => t.confidence === 'confirmed' || t.confidence === 'likely';

/**
 * Pass or fail, with one sentence saying why.
 * - `parallel-only`: fails when a parallel-only test is `confirmed` or `likely`. `insufficient`
 *   suspects alone do not fail the build (a gate that fails on one unlucky run gets switched off),
 *   but the reason names them so nobody mistakes silence for a clean bill.
 * - `flaky`: also fails on `flaky` tests (always `confirmed` or `likely`: a serial failure is seen).
 * - `never`: reports, never fails.
 */
export function decideGate(tests: readonly TestAnalysis[], failOn: FailOn): Gate {
  const parallelOnly = tests.filter((t) => t.verdict === 'parallel-only');
  const proven = parallelOnly.filter(isEvidenced);
  const suspects = parallelOnly.filter((t) => !isEvidenced(t));
  const flaky = failOn === 'parallel-only' ? [] : tests.filter((t) => t.verdict === 'flaky' && isEvidenced(t));
  const failed = failOn !== 'never' && proven.length + flaky.length > 0;
  const parts: string[] = [];
  if (proven.length > 0) parts.push(`${plural(proven.length, 'test fails', 'tests fail')} only in parallel: ${names(proven)}`);
  if (flaky.length > 0) parts.push(`${plural(flaky.length, 'test is', 'tests are')} flaky: ${names(flaky)}`);
  if (suspects.length > 0) {
    parts.push(`${plural(suspects.length, 'suspect needs', 'suspects need')} more runs to decide: ${names(suspects)}`);
  }
  if (parts.length === 0) parts.push(failOn === 'parallel-only' ? 'No test fails only in parallel' : 'No test fails only in parallel or is flaky');
  const note = failOn === 'never' && proven.length + flaky.length > 0 ? ' (fail-on: never, so the gate passes)' : '';
  return { failed, failOn, reason: `${parts.join('; ')}${note}.` };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function names(tests: readonly TestAnalysis[]): string {
  const shown = tests.slice(0, NAMED_IN_REASON).map((t) => t.id);
  const rest = tests.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
