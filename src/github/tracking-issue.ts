// The stability job's tracking issue: one open issue found by label + hidden marker. Each run
// appends its data as a comment (append-only, so concurrent runs cannot overwrite each other),
// then rebuilds the body from all run comments and re-reads: when a run appeared meanwhile, it
// renders again. Whichever run writes last has seen every comment posted before it, so the body
// converges on all runs; the comments keep the data even if a body update is lost.
import pRetry from 'p-retry';
import { mergeHistory, type History } from '../history/merge.js';
import { TRACKING_MARKER, TRACKING_TITLE, renderTrackingBody } from '../history/render.js';
import { parseRunComment, renderRunComment, RUN_MARKER, type StabilityRun } from '../history/run-record.js';
import type { Logger } from '../model.js';
import { COMMENT_BODY_MAX_CHARS, COMMENTS_PER_PAGE } from '../report/limits.js';
import { NO_RETRY, type GitHubClient } from './client.js';
import { describeError, isTransient } from './errors.js';

export const TRACKING_LABEL = 'flakegate';
/** Body re-renders when runs keep arriving meanwhile; beyond this the next run converges it. */
const MAX_RENDER_ROUNDS = 5;

export interface TrackingOptions {
  readonly owner: string;
  readonly repo: string;
  readonly log: Logger;
  readonly label?: string;
  readonly secrets?: readonly string[];
  /** Attempts on transient errors, and the first backoff (tests make it short). */
  readonly retries?: number;
  readonly minTimeoutMs?: number;
}

export interface TrackingIssue {
  readonly number: number;
  readonly url: string;
}

export interface RecordResult {
  readonly issue: TrackingIssue;
  readonly created: boolean;
  readonly history: History;
}

interface IssueData {
  readonly number: number;
  readonly body?: string | null;
  readonly html_url: string;
  readonly pull_request?: unknown;
}

/** The open tracking issue (lowest number when a race created two), or null. */
export async function findTrackingIssue(octokit: GitHubClient, opts: TrackingOptions): Promise<TrackingIssue | null> {
  const all = await listTracking(octokit, opts);
  const first = all[0];
  return first === undefined ? null : { number: first.number, url: first.html_url };
}

async function listTracking(octokit: GitHubClient, opts: TrackingOptions): Promise<IssueData[]> {
  const issues = (await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: opts.owner,
    repo: opts.repo,
    labels: opts.label ?? TRACKING_LABEL,
    state: 'open',
    per_page: 100,
  })) as IssueData[];
  return issues.filter((i) => i.pull_request === undefined && (i.body ?? '').includes(TRACKING_MARKER)).sort((a, b) => a.number - b.number);
}

/** Reads every stored run of the tracking issue; null when there is no tracking issue yet. */
export async function readStabilityHistory(octokit: GitHubClient, opts: TrackingOptions): Promise<History | null> {
  const issue = await findTrackingIssue(octokit, opts);
  if (issue === null) return null;
  return mergeHistory((await listRunComments(octokit, opts, issue.number)).map((c) => c.run));
}

/** Appends `run` to the tracking issue (creating it if needed) and rebuilds its body. */
export async function recordStabilityRun(octokit: GitHubClient, run: StabilityRun, opts: TrackingOptions): Promise<RecordResult> {
  const retrying = <T>(what: string, fn: () => Promise<T>): Promise<T> =>
    pRetry(fn, {
      retries: opts.retries ?? 3,
      minTimeout: opts.minTimeoutMs ?? 1_000,
      factor: 2,
      shouldRetry: ({ error }) => isTransient(error),
      onFailedAttempt: ({ error, retriesLeft }) => {
        if (retriesLeft > 0 && isTransient(error)) opts.log.warn(`tracking issue: ${what} failed (${describeError(error)}); re-reading and retrying`);
      },
    });

  const { issue, created } = await retrying('finding or creating the issue', () => findOrCreate(octokit, opts));
  // Idempotent append: a retry after "502 but created" finds its own comment by run id.
  await retrying('appending the run', async () => {
    const stored = await listRunComments(octokit, opts, issue.number);
    if (stored.some((c) => c.run.runId === run.runId)) return;
    await octokit.rest.issues.createComment({ owner: opts.owner, repo: opts.repo, issue_number: issue.number, body: renderRunComment(run), request: NO_RETRY });
  });
  const history = await retrying('updating the body', () => refreshBody(octokit, opts, issue.number));
  return { issue, created, history };
}

async function findOrCreate(octokit: GitHubClient, opts: TrackingOptions): Promise<{ issue: TrackingIssue; created: boolean }> {
  const existing = await findTrackingIssue(octokit, opts);
  if (existing !== null) return { issue: existing, created: false };
  const body = renderTrackingBody(mergeHistory([]), { maxChars: COMMENT_BODY_MAX_CHARS - 1_000 });
  const { data } = await octokit.rest.issues.create({ owner: opts.owner, repo: opts.repo, title: TRACKING_TITLE, body, labels: [opts.label ?? TRACKING_LABEL], request: NO_RETRY });
  // Two first runs may both have created one: the lowest number wins, the other closes its own.
  const winner = await findTrackingIssue(octokit, opts);
  if (winner !== null && winner.number !== data.number) {
    opts.log.warn(`tracking issue: another run created #${winner.number} at the same time; closing the duplicate #${data.number}`);
    await octokit.rest.issues.update({ owner: opts.owner, repo: opts.repo, issue_number: data.number, state: 'closed', body: `${body}\n\nDuplicate of #${winner.number}.` });
    return { issue: winner, created: false };
  }
  return { issue: { number: data.number, url: data.html_url }, created: true };
}

async function refreshBody(octokit: GitHubClient, opts: TrackingOptions, issueNumber: number): Promise<History> {
  let stored = await listRunComments(octokit, opts, issueNumber);
  let history = mergeHistory(stored.map((c) => c.run));
  for (let round = 1; round <= MAX_RENDER_ROUNDS; round++) {
    const body = renderTrackingBody(history, { maxChars: COMMENT_BODY_MAX_CHARS - 1_000, ...(opts.secrets === undefined ? {} : { secrets: opts.secrets }) });
    await octokit.rest.issues.update({ owner: opts.owner, repo: opts.repo, issue_number: issueNumber, body });
    const again = await listRunComments(octokit, opts, issueNumber);
    if (sameRuns(again, stored)) return history;
    opts.log.debug(`tracking issue: ${again.length - stored.length} runs were recorded meanwhile; rendering again`);
    stored = again;
    history = mergeHistory(stored.map((c) => c.run));
  }
  opts.log.warn('tracking issue: runs kept arriving while the body was rebuilt; the next run brings it up to date (no data is lost: it lives in the run comments)');
  return history;
}

interface RunComment {
  readonly id: number;
  readonly run: StabilityRun;
}

async function listRunComments(octokit: GitHubClient, opts: TrackingOptions, issueNumber: number): Promise<RunComment[]> {
  const all = (await octokit.paginate(octokit.rest.issues.listComments, {
    owner: opts.owner,
    repo: opts.repo,
    issue_number: issueNumber,
    per_page: COMMENTS_PER_PAGE,
  })) as { id: number; body?: string }[];
  const runs: RunComment[] = [];
  for (const c of all) {
    const body = c.body ?? '';
    if (!body.includes(RUN_MARKER)) continue;
    const run = parseRunComment(body);
    if (run === null) opts.log.warn(`tracking issue: comment ${c.id} carries the run marker but its data block is unreadable; skipped`);
    else runs.push({ id: c.id, run });
  }
  return runs;
}

function sameRuns(a: readonly RunComment[], b: readonly RunComment[]): boolean {
  const key = (xs: readonly RunComment[]): string => xs.map((x) => x.id).sort((p, q) => p - q).join(',');
  return key(a) === key(b);
}
