import { describe, expect, it } from 'vitest';
import { readContext } from '../../../src/github/context.js';
import { actionsEnv, HEAD_SHA, MERGE_SHA, prPayload } from './env-fixture.js';

describe('readContext', () => {
  it('takes the PR head SHA, not GITHUB_SHA (the merge commit)', () => {
    const ctx = readContext(actionsEnv('http://api', prPayload(false)));
    expect(ctx).toMatchObject({ owner: 'o', repo: 'r', apiUrl: 'http://api', runUrl: 'https://github.example/o/r/actions/runs/42', sha: MERGE_SHA, headSha: HEAD_SHA });
    expect(ctx.pullRequest).toEqual({ number: 7, headSha: HEAD_SHA, baseSha: 'b'.repeat(40), isFork: false });
  });

  it('detects a fork by head.repo.full_name != base.repo.full_name (and a deleted fork)', () => {
    expect(readContext(actionsEnv('x', prPayload(true))).pullRequest?.isFork).toBe(true);
    const deleted = { pull_request: { number: 1, head: { sha: HEAD_SHA, repo: null }, base: { repo: { full_name: 'o/r' } } } };
    expect(readContext(actionsEnv('x', deleted)).pullRequest?.isFork).toBe(true);
  });

  it('uses GITHUB_SHA on push and tolerates a missing event file', () => {
    const ctx = readContext({ ...actionsEnv('x', {}, 'push'), GITHUB_EVENT_PATH: '/nonexistent/event.json' });
    expect(ctx.pullRequest).toBeNull();
    expect(ctx.headSha).toBe(MERGE_SHA);
  });

  it('reads workflow_run: head SHA and pull requests', () => {
    const payload = { workflow_run: { head_sha: HEAD_SHA, pull_requests: [{ number: 9, head: { sha: HEAD_SHA } }], head_repository: { full_name: 'o/r' }, repository: { full_name: 'o/r' } } };
    const ctx = readContext(actionsEnv('x', payload, 'workflow_run'));
    expect(ctx.workflowRun).toEqual({ headSha: HEAD_SHA, pullRequests: [{ number: 9, headSha: HEAD_SHA, isFork: false }], isFork: false, headLabel: null });
    expect(ctx.headSha).toBe(HEAD_SHA);
  });
});
