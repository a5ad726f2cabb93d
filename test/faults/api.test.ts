// GitHub API faults against the action bundle: the step's exit status and the verdict depend on
// the gate alone, report.json is on disk before the first request, and there is never more than
// one comment. Unit-level retry/upsert details: test/unit/github/{publish,upsert-comment}.
import { afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { bundleProblem } from '../support/cli.js';
import { FakeGitHub, type Fault } from '../support/fake-github.js';
import { ourComments, runAction } from './action-run.js';
import { record } from './harness.js';

const COMMENTS = /\/issues\/\d+\/comments$/;
const CHECK_RUNS = /\/check-runs$/;

interface ApiCase {
  readonly input: string;
  readonly arm: (fake: FakeGitHub) => void;
  /** The fault must leave the comment in place (transient faults) or may lose it (final ones). */
  readonly commentExpected: boolean;
  readonly allPass?: boolean;
}

const fault = (method: string, path: RegExp, f: Fault) => (fake: FakeGitHub) => fake.fault(method, path, f);

const CASES: readonly ApiCase[] = [
  { input: '5xx burst while listing comments', arm: fault('GET', COMMENTS, { status: 502, times: 3 }), commentExpected: true },
  { input: '5xx on creating the check run', arm: fault('POST', CHECK_RUNS, { status: 500, times: 5 }), commentExpected: true },
  { input: '502 after the comment was created', arm: fault('POST', COMMENTS, { status: 502, afterEffect: true }), commentExpected: true },
  { input: '403 secondary rate limit with retry-after', arm: fault('POST', COMMENTS, { status: 403, retryAfter: 1, message: 'You have exceeded a secondary rate limit' }), commentExpected: true },
  { input: '403 primary rate limit (x-ratelimit-remaining: 0)', arm: fault('GET', COMMENTS, { status: 403, rateLimitResetIn: 1, message: 'API rate limit exceeded' }), commentExpected: true },
  { input: '429 with retry-after', arm: fault('POST', COMMENTS, { status: 429, retryAfter: 1, message: 'You have exceeded a secondary rate limit' }), commentExpected: true },
  { input: '429 without retry-after', arm: fault('POST', COMMENTS, { status: 429, message: 'Too Many Requests' }), commentExpected: false },
  { input: '422 body too long', arm: fault('POST', COMMENTS, { status: 422, message: 'Body is too long (maximum is 65536 characters)' }), commentExpected: true },
  { input: '404 for a deleted PR', arm: fault('GET', COMMENTS, { status: 404, times: 10, message: 'Not Found' }), commentExpected: false },
  { input: 'connection reset while listing comments', arm: fault('GET', COMMENTS, { status: 0, reset: true }), commentExpected: true },
  { input: 'connection reset after the comment was created', arm: fault('POST', COMMENTS, { status: 0, reset: true, afterEffect: true }), commentExpected: true },
  { input: 'read-only token', arm: (fake) => (fake.readOnly = true), commentExpected: false },
  { input: 'gate passes, comment create answers 500', arm: fault('POST', COMMENTS, { status: 500, times: 5 }), commentExpected: false, allPass: true },
];

let fake: FakeGitHub;
beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());
beforeEach(async () => {
  fake = await FakeGitHub.start();
});
afterEach(async () => fake.close());

describe('API faults never change the verdict, lose the report or duplicate the comment', () => {
  it.each(CASES)('$input', async ({ input, arm, commentExpected, allPass }) => {
    arm(fake);
    const run = await runAction(fake, { allPass: allPass === true });
    const expectedStatus = allPass ? 0 : 1;
    const comments = ourComments(fake);
    const clear = run.status === expectedStatus && run.outputs['gate'] === (allPass ? 'passed' : 'failed') && run.reportBeforeApi === true;
    record({ category: 'api', input, clearStatus: clear, resultsLost: run.reportBeforeApi === false ? 1 : 0, processesLeft: 0, duplicateComments: Math.max(0, comments - 1), secretsLeaked: 0 });

    expect(run.status, run.stdout.slice(-3000)).toBe(expectedStatus);
    expect(run.outputs['gate']).toBe(allPass ? 'passed' : 'failed');
    expect(run.reportBeforeApi).toBe(true);
    expect(comments).toBeLessThanOrEqual(1);
    if (commentExpected) expect(comments).toBe(1);
    // A reporting failure is a warning on the log, never an error annotation that fails the step.
    expect(run.stdout).not.toMatch(/^::error::.*(GitHub|comment|check run)/im);
  });
});
