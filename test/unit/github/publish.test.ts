import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publish, repoPathMapper, type PublishInputs } from '../../../src/github/publish.js';
import { publishComment } from '../../../src/github/comment-mode.js';
import type { TestAnalysis } from '../../../src/model.js';
import { FakeGitHub } from '../../support/fake-github.js';
import { sampleReport, stats, test } from '../report/sample-report.js';
import { actionsEnv, HEAD_SHA, MERGE_SHA, prPayload } from './env-fixture.js';
import { recordingLogger, recordingRunner } from './recording-runner.js';

const inputs: PublishInputs = { token: 'test-token-value', comment: 'always', commentKey: 'tests', checkName: 'flakegate' };
const api = { client: { retryBaseMs: 10 }, upsertMinTimeoutMs: 10 };
let fake: FakeGitHub;

beforeEach(async () => {
  fake = await FakeGitHub.start();
});
afterEach(async () => fake.close());

function run(env: Record<string, string>, report = sampleReport()) {
  const { runner, rec } = recordingRunner();
  const done = publish(report, { inputs, log: recordingLogger(rec), reportJsonPath: '/out/report.json', runner, env, api });
  return { done, rec };
}

describe('publish', () => {
  it('same-repo PR: summary, outputs, annotations, comment and a check run on the head SHA', async () => {
    const report = { ...sampleReport(), config: { ...sampleReport().config, cwd: '/work/project' } };
    const { done, rec } = run(actionsEnv(fake.url, prPayload(false)), report);
    const result = await done;
    expect(rec.outputs).toEqual({
      'parallel-only': '1', flaky: '1', broken: '0', lost: '0', 'report-json': '/out/report.json', 'report-md': '/out/report.md', 'report-html': '/out/report.html',
      gate: 'failed', summary: 'flakegate: 1 parallel-only test, 1 flaky test — gate failed',
    });
    expect(rec.summaries[0]).toContain('flakegate: 1 parallel-only test');
    expect(rec.annotations[0]).toMatchObject({ level: 'error', file: 'project/tests/test_db.py', line: 12 });
    expect(result.api?.comment?.action).toBe('created');
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain('<!-- flakegate:comment key=tests -->');
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ name: 'flakegate', head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
    expect(fake.checkRuns[0]?.annotations).toHaveLength(2);
    expect(rec.warnings).toEqual([]);
  });

  it('fork PR: no API request, one notice, outputs and summary still written', async () => {
    const { done, rec } = run(actionsEnv(fake.url, prPayload(true)));
    const result = await done;
    expect(fake.requests).toHaveLength(0);
    expect(rec.notices.filter((n) => /cannot write/.test(n))).toHaveLength(1);
    expect(result.api?.readOnly).toBe(true);
    expect(rec.outputs['gate']).toBe('failed');
    expect(rec.summaries).toHaveLength(1);
  });

  it('read-only token on a same-repo PR: one notice, no warning, no check-run attempt', async () => {
    fake.readOnly = true;
    const { done, rec } = run(actionsEnv(fake.url, prPayload(false)));
    const result = await done;
    expect(result.api?.readOnly).toBe(true);
    expect(rec.notices.filter((n) => /cannot write/.test(n))).toHaveLength(1);
    expect(rec.warnings).toEqual([]);
    expect(fake.requestsTo('POST', /check-runs/)).toHaveLength(0);
  });

  it('a failing check-run create is a warning; the comment is still posted and nothing throws', async () => {
    fake.fault('POST', /check-runs$/, { status: 500 });
    const { done, rec } = run(actionsEnv(fake.url, prPayload(false)));
    await done;
    expect(fake.comments).toHaveLength(1);
    expect(fake.requestsTo('POST', /check-runs$/)).toHaveLength(1); // creates are not retried blindly
    expect(rec.warnings.join('\n')).toMatch(/could not create the check run: HTTP 500/);
  });

  it('a deleted PR (404 on its comments): a warning, the check run still created, nothing throws', async () => {
    fake.fault('GET', /\/issues\/\d+\/comments$/, { status: 404, message: 'Not Found', times: 10 });
    const { done, rec } = run(actionsEnv(fake.url, prPayload(false)));
    const result = await done;
    expect(fake.comments).toHaveLength(0);
    expect(rec.warnings.join('\n')).toMatch(/404/);
    expect(fake.requestsTo('POST', /check-runs$/)).toHaveLength(1);
    expect(rec.outputs['gate']).toBe('failed');
    expect(result.api?.readOnly ?? false).toBe(false);
  });

  it('a burst of 5xx answers while listing: retried, exactly one comment', async () => {
    fake.fault('GET', /\/issues\/\d+\/comments$/, { status: 503, times: 2 });
    const { done } = run(actionsEnv(fake.url, prPayload(false)));
    await done;
    expect(fake.comments).toHaveLength(1);
    expect(fake.requestsTo('GET', /\/issues\/\d+\/comments$/).map((r) => r.status)).toEqual([503, 503, 200]);
  });

  it('push: check run on GITHUB_SHA, no comment', async () => {
    const { done } = run(actionsEnv(fake.url, { ref: 'refs/heads/main' }, 'push'));
    await done;
    expect(fake.comments).toHaveLength(0);
    expect(fake.checkRuns[0]?.head_sha).toBe(MERGE_SHA);
  });

  it('sends more than 50 check annotations in batches of 50', async () => {
    const tests: TestAnalysis[] = Array.from({ length: 120 }, (_, i) =>
      test({ id: `t${String(i).padStart(3, '0')}`, name: `t${i}`, file: 'a.py', line: i + 1, verdict: 'parallel-only', byWorkers: { '1': stats(0, 5), '2': stats(2, 3) } }),
    );
    const { done, rec } = run(actionsEnv(fake.url, { ref: 'x' }, 'push'), sampleReport(tests));
    await done;
    expect(fake.checkRuns[0]?.annotations).toHaveLength(120);
    expect(fake.requestsTo('PATCH', /check-runs\/\d+$/)).toHaveLength(2);
    expect(rec.annotations.filter((a) => a.level === 'error')).toHaveLength(9);
    expect(rec.notices.join('\n')).toMatch(/111 more test annotations/);
  });

  it('without a token: local outputs only', async () => {
    const { runner, rec } = recordingRunner();
    const result = await publish(sampleReport(), { inputs: { ...inputs, token: '' }, log: recordingLogger(rec), reportJsonPath: 'r.json', runner, env: actionsEnv(fake.url, prPayload(false)) });
    expect(result.skipped).toBe('no token');
    expect(fake.requests).toHaveLength(0);
  });
});

describe('publishComment (mode: comment)', () => {
  it('resolves the PR by head SHA and posts the comment without a check run', async () => {
    fake.pullsByCommit.set(HEAD_SHA, [{ number: 12, state: 'open', head: { sha: HEAD_SHA } }]);
    const payload = { workflow_run: { head_sha: HEAD_SHA, pull_requests: [], head_repository: { full_name: 'fork/r' }, repository: { full_name: 'o/r' } } };
    const { runner, rec } = recordingRunner();
    const result = await publishComment(sampleReport(), { inputs, log: recordingLogger(rec), runner, env: actionsEnv(fake.url, payload, 'workflow_run'), api });
    expect(result?.comment?.action).toBe('created');
    expect(fake.comments[0]?.issue).toBe(12);
    expect(fake.requestsTo('GET', new RegExp(`/commits/${HEAD_SHA}/pulls$`))).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(0);
  });
});

describe('publishComment for a fork (payload has no pull_requests, commits/{sha}/pulls is empty)', () => {
  it('finds the PR by head label and exact head SHA', async () => {
    fake.openPulls.push({ number: 30, state: 'open', head: { sha: 'b'.repeat(40), label: 'forker:feature' } });
    fake.openPulls.push({ number: 31, state: 'open', head: { sha: HEAD_SHA, label: 'forker:feature' } });
    const payload = { workflow_run: { head_sha: HEAD_SHA, head_branch: 'feature', pull_requests: [], head_repository: { full_name: 'forker/r', owner: { login: 'forker' } }, repository: { full_name: 'o/r' } } };
    const { runner, rec } = recordingRunner();
    await publishComment(sampleReport(), { inputs, log: recordingLogger(rec), runner, env: actionsEnv(fake.url, payload, 'workflow_run'), api });
    expect(fake.requestsTo('GET', /^\/repos\/o\/r\/pulls$/)[0]?.query['head']).toBe('forker:feature');
    expect(fake.comments.map((c) => c.issue)).toEqual([31]);
  });

  it('posts nothing when no open PR has that head commit', async () => {
    const payload = { workflow_run: { head_sha: HEAD_SHA, head_branch: 'x', pull_requests: [], head_repository: { full_name: 'f/r', owner: { login: 'f' } }, repository: { full_name: 'o/r' } } };
    const { runner, rec } = recordingRunner();
    expect(await publishComment(sampleReport(), { inputs, log: recordingLogger(rec), runner, env: actionsEnv(fake.url, payload, 'workflow_run'), api })).toBeNull();
    expect(fake.comments).toHaveLength(0);
    expect(rec.info.join('\n')).toMatch(/no open pull request/);
  });
});

describe('repoPathMapper', () => {
  it('maps project-relative files to repository paths and drops outside ones', () => {
    const map = repoPathMapper('/work/pkg', '/work');
    expect(map('tests/a.py')).toBe('pkg/tests/a.py');
    expect(map('../../etc/passwd')).toBeNull();
  });
});
