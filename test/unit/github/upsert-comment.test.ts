import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient, type GitHubClient } from '../../../src/github/client.js';
import { upsertComment, type UpsertOptions } from '../../../src/github/comment.js';
import { isReadOnly } from '../../../src/github/errors.js';
import { FakeGitHub } from '../../support/fake-github.js';
import { recordingLogger } from './recording-runner.js';

const MARKER = '<!-- flakegate:comment key=tests -->';
const COMMENTS = /^\/repos\/o\/r\/issues\/7\/comments$/;
const ONE_COMMENT = /^\/repos\/o\/r\/issues\/comments\/\d+$/;

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

function opts(body: string, over: Partial<UpsertOptions> = {}): UpsertOptions {
  return {
    owner: 'o',
    repo: 'r',
    issueNumber: 7,
    marker: MARKER,
    mode: 'always',
    failed: true,
    render: () => `${MARKER}\n${body}`,
    log: recordingLogger(logs),
    minTimeoutMs: 10,
    ...over,
  };
}

describe('upsertComment', () => {
  it('creates once, then updates the same comment in place', async () => {
    const first = await upsertComment(octokit, opts('run 1'));
    const second = await upsertComment(octokit, opts('run 2'));
    expect(first.action).toBe('created');
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain('run 2');
    expect(fake.requestsTo('POST', COMMENTS)).toHaveLength(1);
    expect(fake.requestsTo('PATCH', ONE_COMMENT)).toHaveLength(1);
  });

  it('leaves an identical comment alone', async () => {
    await upsertComment(octokit, opts('same'));
    const again = await upsertComment(octokit, opts('same'));
    expect(again.action).toBe('unchanged');
    expect(fake.requestsTo('PATCH', ONE_COMMENT)).toHaveLength(0);
  });

  it('passes the previous body to render (for "since the last run")', async () => {
    await upsertComment(octokit, opts('old'));
    const seen: (string | undefined)[] = [];
    await upsertComment(octokit, opts('', { render: (prev) => (seen.push(prev), `${MARKER}\nnew`) }));
    expect(seen).toEqual([`${MARKER}\nold`]);
  });

  it('does not duplicate when create answers 502 after creating: re-lists and finds it', async () => {
    fake.fault('POST', COMMENTS, { status: 502, afterEffect: true });
    const result = await upsertComment(octokit, opts('body'));
    expect(fake.comments).toHaveLength(1);
    expect(fake.requestsTo('POST', COMMENTS)).toHaveLength(1);
    expect(result).toMatchObject({ action: 'unchanged', id: fake.comments[0]?.id });
    expect(logs.warnings.join('\n')).toMatch(/HTTP 502.*re-reading/);
  });

  it('creates on the next attempt when a 502 create did not happen', async () => {
    fake.fault('POST', COMMENTS, { status: 502 });
    const result = await upsertComment(octokit, opts('body'));
    expect(result.action).toBe('created');
    expect(fake.comments).toHaveLength(1);
    expect(fake.requestsTo('POST', COMMENTS)).toHaveLength(2);
  });

  it('finds its comment on a later page (per_page=100, link header)', async () => {
    for (let i = 0; i < 230; i++) fake.addComment(7, `chatter ${i}`, { login: 'someone', type: 'User' });
    const ours = fake.addComment(7, `${MARKER}\nold`);
    const result = await upsertComment(octokit, opts('new'));
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    const pages = fake.requestsTo('GET', COMMENTS).map((r) => `${r.query['per_page']}:${r.query['page'] ?? '1'}`);
    expect(pages).toEqual(['100:1', '100:2', '100:3']);
  });

  it("ignores someone else's comment carrying our marker, unless the token is that user", async () => {
    const theirs = fake.addComment(7, `${MARKER}\nfake`, { login: 'mallory', type: 'User' });
    expect((await upsertComment(octokit, opts('x'))).action).toBe('created');
    expect(fake.comments.find((c) => c.id === theirs.id)?.body).toContain('fake');

    fake.userLogin = 'mallory'; // a PAT of that user: it is ours after all
    const fake2 = fake.comments.filter((c) => c.user.type === 'Bot').map((c) => c.id);
    for (const id of fake2) fake.comments.splice(fake.comments.findIndex((c) => c.id === id), 1);
    expect((await upsertComment(octokit, opts('y'))).id).toBe(theirs.id);
  });

  it('removes duplicates of its own comment', async () => {
    fake.addComment(7, `${MARKER}\na`);
    fake.addComment(7, `${MARKER}\nb`);
    await upsertComment(octokit, opts('c'));
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain('c');
  });

  it('on-failure: deletes the old comment when the gate passed, posts nothing', async () => {
    fake.addComment(7, `${MARKER}\nold failure`);
    const result = await upsertComment(octokit, opts('fine', { mode: 'on-failure', failed: false }));
    expect(result.action).toBe('deleted');
    expect(fake.comments).toHaveLength(0);
    expect((await upsertComment(octokit, opts('fine', { mode: 'on-failure', failed: false }))).action).toBe('none');
  });

  it('off: makes no request at all', async () => {
    expect((await upsertComment(octokit, opts('x', { mode: 'off' }))).action).toBe('skipped');
    expect(fake.requests).toHaveLength(0);
  });

  it('shrinks the body once when GitHub says it is too long', async () => {
    fake.fault('POST', COMMENTS, { status: 422, message: 'Body is too long (maximum is 65536 characters)' });
    const budgets: number[] = [];
    const result = await upsertComment(octokit, opts('', { render: (_p, max) => (budgets.push(max), `${MARKER}\n${max}`) }));
    expect(result.action).toBe('created');
    expect(budgets).toHaveLength(2);
    expect(budgets[1]).toBeLessThan(budgets[0] ?? 0);
  });

  it('surfaces a read-only token as a 403 the publisher recognises', async () => {
    fake.readOnly = true;
    const error = await upsertComment(octokit, opts('x')).catch((e: unknown) => e);
    expect(isReadOnly(error)).toBe(true);
    expect(fake.requestsTo('POST', COMMENTS)).toHaveLength(1);
  });

  it('honours a secondary rate limit with retry-after', async () => {
    fake.fault('GET', COMMENTS, { status: 403, message: 'You have exceeded a secondary rate limit', retryAfter: 1 });
    const result = await upsertComment(octokit, opts('x'));
    expect(result.action).toBe('created');
    expect(fake.requestsTo('GET', COMMENTS).map((r) => r.status)).toEqual([403, 200]);
    expect(logs.warnings.join('\n')).toMatch(/secondary rate limit .* retrying in 1 s/);
  });

  it('gives up on a secondary rate limit without retry-after when its default wait (60 s) exceeds the limit, creating nothing', async () => {
    const impatient = createClient('test-token', { apiUrl: fake.url, log: recordingLogger(logs), retryBaseMs: 10, maxRateLimitWaitSeconds: 30 });
    fake.fault('GET', COMMENTS, { status: 403, message: 'You have exceeded a secondary rate limit' });
    const error = await upsertComment(impatient, opts('x')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(fake.requestsTo('GET', COMMENTS).map((r) => r.status)).toEqual([403]);
    expect(fake.requestsTo('POST', COMMENTS)).toHaveLength(0);
    expect(logs.warnings.join('\n')).toMatch(/secondary rate limit .* giving up \(retry-after 60 s\)/);
  });

  it('honours a primary rate limit (x-ratelimit-remaining: 0, reset)', async () => {
    fake.fault('GET', COMMENTS, { status: 403, message: 'API rate limit exceeded', rateLimitResetIn: 0 });
    const result = await upsertComment(octokit, opts('x'));
    expect(result.action).toBe('created');
    expect(logs.warnings.join('\n')).toMatch(/primary rate limit/);
  });
});
