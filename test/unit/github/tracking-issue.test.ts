// The stability tracking issue against the fake GitHub over real HTTP: one issue across runs,
// body rebuilt from append-only run comments, concurrent runs both survive, retries stay idempotent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type GitHubClient } from '../../../src/github/client.js';
import { readStabilityHistory, recordStabilityRun, type TrackingOptions } from '../../../src/github/tracking-issue.js';
import type { StabilityRun } from '../../../src/history/run-record.js';
import { FakeGitHub } from '../../support/fake-github.js';
import { recordingLogger } from './recording-runner.js';

let fake: FakeGitHub;
let octokit: GitHubClient;
const logs = { info: [] as string[], warnings: [] as string[] };

beforeEach(async () => {
  fake = await FakeGitHub.start();
  logs.info.length = 0;
  logs.warnings.length = 0;
  octokit = createClient('test-token', { apiUrl: fake.url, log: recordingLogger(logs), retryBaseMs: 10 });
});
afterEach(async () => fake.close());

/** A second runner's client: its own throttling queue, so its requests really interleave with ours. */
const otherClient = (): GitHubClient => createClient('test-token', { apiUrl: fake.url, log: recordingLogger(logs), retryBaseMs: 10 });
const opts = (): TrackingOptions => ({ owner: 'o', repo: 'r', log: recordingLogger(logs), minTimeoutMs: 10 });

function run(n: number, rates: Record<string, number>): StabilityRun {
  return {
    runId: String(n),
    runUrl: `https://github.example/o/r/actions/runs/${n}`,
    at: `2026-11-${String(n).padStart(2, '0')}T03:00:00.000Z`,
    sha: null,
    testsSeen: 5,
    tests: Object.entries(rates).map(([id, rate]) => ({ id, verdict: 'parallel-only' as const, rate })),
  };
}

describe('recordStabilityRun', () => {
  it('creates one labelled issue, then updates it in place with trends', async () => {
    const first = await recordStabilityRun(octokit, run(1, { 'a.py::t': 0.6 }), opts());
    const second = await recordStabilityRun(octokit, run(2, { 'a.py::t': 0.4, 'b.py::t': 0.2 }), opts());
    expect(first.created).toBe(true);
    expect(second).toMatchObject({ created: false, issue: { number: first.issue.number } });
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]).toMatchObject({ title: 'Parallel-only and flaky tests', labels: ['flakegate'], state: 'open' });
    const body = fake.issues[0]?.body ?? '';
    expect(body).toContain('0.60 → 0.40');
    expect(body).toContain('**Newly appeared:** `b.py::t`');
    expect(fake.comments.filter((c) => c.issue === first.issue.number)).toHaveLength(2);
    const history = await readStabilityHistory(octokit, opts());
    expect(history?.runs.map((r) => r.runId)).toEqual(['1', '2']);
  });

  it('two runs recording at the same time both survive, in the comments and in the body', async () => {
    await recordStabilityRun(octokit, run(1, { 'a.py::t': 0.5 }), opts());
    await Promise.all([recordStabilityRun(octokit, run(2, { 'x.py::t': 0.3 }), opts()), recordStabilityRun(otherClient(), run(3, { 'y.py::t': 0.7 }), opts())]);
    expect(fake.issues).toHaveLength(1);
    const body = fake.issues[0]?.body ?? '';
    for (const id of ['a.py::t', 'x.py::t', 'y.py::t']) expect(body).toContain(id);
    expect(body).toContain('3 runs recorded');
  });

  it('two first runs at once: the duplicate issue is closed and both runs land in the survivor', async () => {
    await Promise.all([recordStabilityRun(octokit, run(1, { 'a.py::t': 0.5 }), opts()), recordStabilityRun(otherClient(), run(2, { 'b.py::t': 0.5 }), opts())]);
    const open = fake.issues.filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    const history = await readStabilityHistory(octokit, opts());
    expect(history?.runs.map((r) => r.runId).sort()).toEqual(['1', '2']);
  });

  it('a 502 after the comment was created does not append the run twice', async () => {
    await recordStabilityRun(octokit, run(1, { 'a.py::t': 0.5 }), opts());
    fake.fault('POST', /\/issues\/\d+\/comments$/, { status: 502, afterEffect: true });
    await recordStabilityRun(octokit, run(2, { 'a.py::t': 0.4 }), opts());
    expect(fake.comments).toHaveLength(2);
    expect(logs.warnings.join('\n')).toMatch(/appending the run failed \(HTTP 502/);
  });

  it('a read-only token fails with a 403 the caller turns into a warning', async () => {
    fake.readOnly = true;
    await expect(recordStabilityRun(octokit, run(1, {}), opts())).rejects.toMatchObject({ status: 403 });
  });

  it('no tracking issue yet: nothing is known', async () => {
    expect(await readStabilityHistory(octokit, opts())).toBeNull();
  });
});
