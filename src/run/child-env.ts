/**
 * The environment a test command gets: the parent's, minus what must never reach code under test.
 *
 * The test suite is code from the pull request, and on `pull_request_target` or a push it could
 * read secrets from its environment or write to the runner's command files. So the child gets no:
 *
 * - `ACTIONS_*`: runner internals with credentials (ACTIONS_RUNTIME_TOKEN for the cache and
 *   artifact services, ACTIONS_ID_TOKEN_REQUEST_TOKEN / _URL to mint OIDC tokens for cloud
 *   roles, ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL, ...).
 * - `INPUT_*`: our own action inputs, which include `token`.
 * - `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `GITHUB_STATE`, `GITHUB_ENV`, `GITHUB_PATH`: files
 *   whose content the runner obeys. A test writing to GITHUB_ENV could set variables (e.g.
 *   NODE_OPTIONS) for every later step; writing GITHUB_OUTPUT could forge our outputs.
 * - `GITHUB_TOKEN`, `GH_TOKEN`, `FLAKEGATE_TOKEN`: API tokens.
 * - Worker markers of a test runner that is running flakegate itself (JEST_WORKER_ID,
 *   VITEST_WORKER_ID, VITEST_POOL_ID, PYTEST_XDIST_WORKER, ...): inherited, they make the child
 *   runner believe it is a worker (pytest-xdist does) or mislabel which worker ran a test.
 *
 * Everything else (PATH, HOME, CI, RUNNER_TEMP, GITHUB_WORKSPACE, language settings) is kept: the
 * suite must run as it does in the user's own CI step. `FLAKEGATE=1` lets a suite detect us.
 * Names are compared upper-cased because Windows treats environment names case-insensitively.
 */
import { PROBE_DIR_ENV } from './probe-env.js';

export function childEnv(parent: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === undefined || isWithheld(name)) continue;
    env[name] = value;
  }
  env['FLAKEGATE'] = '1';
  return env;
}

const WITHHELD_PREFIXES: readonly string[] = ['ACTIONS_', 'INPUT_'];

const WITHHELD_NAMES: ReadonlySet<string> = new Set([
  'GITHUB_OUTPUT',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_STATE',
  'GITHUB_ENV',
  'GITHUB_PATH',
  'GITHUB_TOKEN',
  'GH_TOKEN',
  'FLAKEGATE_TOKEN',
  'JEST_WORKER_ID',
  'VITEST_WORKER_ID',
  'VITEST_POOL_ID',
  'PYTEST_XDIST_WORKER',
  'PYTEST_XDIST_WORKER_COUNT',
  'PYTEST_XDIST_TESTRUNUID',
  'PYTEST_CURRENT_TEST',
  // A flakegate running inside a suite flakegate runs: the run stage sets its own, or none.
  PROBE_DIR_ENV,
]);

/** Whether `name` is kept out of the child environment (exported for the report and tests). */
export function isWithheld(name: string): boolean {
  const upper = name.toUpperCase();
  return WITHHELD_NAMES.has(upper) || WITHHELD_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
