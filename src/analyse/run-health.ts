import type { RunResult, TestCase } from '../model.js';

// Texts by which a framework says a worker or a whole file died rather than a test failing. Only
// failing cases are checked, and only their name and message: a stack trace may quote anything.
const CRASH_IN_CASE: readonly RegExp[] = [
  /\bworker '?[\w-]+'? crashed\b/i, // pytest-xdist: "worker 'gw1' crashed while running ..."
  /\bTest suite failed to run\b/, // Jest: the file never got to run its tests
  /\bworker\b.{0,80}\b(?:died|crashed|exited unexpectedly|was terminated|terminated unexpectedly|was killed)/i,
  /\bchild process\b.{0,60}\b(?:crashed|died|exceptions?)\b/i, // jest-worker: "... child process exceptions"
];

// Lines a crashing runner prints to the console even when its JUnit file looks fine.
const CRASH_IN_OUTPUT: readonly RegExp[] = [
  /\bworker '?gw\d+'? crashed\b/i,
  /\breplacing crashed worker\b/i, // pytest-xdist
  /\bnode down: Not properly terminated\b/, // pytest-xdist
  /\bA jest worker process \(pid=\d+\) was terminated\b/i,
  // Vitest 4 (forks pool) writes the test of a worker that died as *passing*; only this shows it.
  /\bWorker exited unexpectedly\b/,
];

/** True when a failing test case is a framework's report of a dead worker or unrunnable file. */
export function isCrashCase(testCase: TestCase): boolean {
  if (testCase.outcome !== 'failed' && testCase.outcome !== 'error') return false;
  const text = `${testCase.name}\n${testCase.message ?? ''}`;
  return CRASH_IN_CASE.some((re) => re.test(text));
}

/**
 * A run "finished cleanly" when its report can be trusted to list every test it ran: the process
 * exited on its own with 0 or 1 (pass / test failures; anything else is an interrupt, internal or
 * usage error, or a spawn failure with no exit code), nothing timed out or killed it, the report
 * parsed `ok`, and neither report nor output says a worker crashed. Tests missing from a run that
 * did not finish cleanly are `lost`.
 */
export function isCleanRun(run: RunResult): boolean {
  const { record } = run;
  if (record.timedOut || record.signal !== null) return false;
  if (record.exitCode !== 0 && record.exitCode !== 1) return false;
  if (record.parse !== 'ok') return false;
  for (const testCase of run.cases) if (isCrashCase(testCase)) return false;
  const output = record.outputTail ?? '';
  return !CRASH_IN_OUTPUT.some((re) => re.test(output));
}
