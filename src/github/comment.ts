// The sticky PR comment upsert: list comments (paginated), find ours by marker + author, update it
// when the body changed, else create. The whole sequence is retried with p-retry, never the
// create alone: a 502 on create may have created the comment, and re-listing finds it instead of
// posting a duplicate (marocchino/sticky-pull-request-comment finds by marker the same way).
import pRetry from 'p-retry';
import type { Logger } from '../model.js';
import { COMMENT_BODY_MAX_CHARS, COMMENTS_PER_PAGE } from '../report/limits.js';
import { NO_RETRY, type GitHubClient } from './client.js';
import { describeError, isTooLong, isTransient, statusOf } from './errors.js';

export type CommentMode = 'always' | 'on-failure' | 'off';
export const COMMENT_MODES: readonly CommentMode[] = ['always', 'on-failure', 'off'];

export interface UpsertOptions {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** Hidden marker identifying this job's comment (report/comment.ts `commentMarker`). */
  readonly marker: string;
  readonly mode: CommentMode;
  /** Whether the gate failed: `on-failure` deletes the old comment when it passed. */
  readonly failed: boolean;
  /** Renders the body, given the comment it replaces (for "since the last run") and a size budget. */
  readonly render: (previous: string | undefined, maxChars: number) => string;
  readonly log: Logger;
  /** Attempts of the whole upsert on transient errors, and the first backoff. */
  readonly retries?: number;
  readonly minTimeoutMs?: number;
}

export type UpsertAction = 'created' | 'updated' | 'unchanged' | 'deleted' | 'none' | 'skipped';

export interface UpsertResult {
  readonly action: UpsertAction;
  readonly id?: number;
  readonly url?: string;
}

interface IssueComment {
  readonly id: number;
  readonly body?: string;
  readonly html_url: string;
  readonly user: { readonly login: string; readonly type: string } | null;
}

/** Logins our token writes as: Bot comments always count; a user's only if it is us (GET /user). */
async function isOurs(octokit: GitHubClient, c: IssueComment, self: { login?: string | null }): Promise<boolean> {
  if (c.user === null) return false;
  if (c.user.type === 'Bot') return true;
  if (self.login === undefined) {
    try {
      self.login = (await octokit.rest.users.getAuthenticated()).data.login;
    } catch {
      self.login = null; // installation tokens cannot read /user: we post as a bot then
    }
  }
  return self.login === c.user.login;
}

export async function upsertComment(octokit: GitHubClient, opts: UpsertOptions): Promise<UpsertResult> {
  if (opts.mode === 'off') return { action: 'skipped' };
  const { owner, repo, issueNumber } = opts;
  const self: { login?: string | null } = {};
  // Rendered once, from the first listing: a retry after "502 but created" then finds an identical
  // body and leaves it alone instead of describing our own comment as "the last run".
  let body: string | undefined;
  let maxChars = COMMENT_BODY_MAX_CHARS - 1_000;

  const attempt = async (): Promise<UpsertResult> => {
    const all = (await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: COMMENTS_PER_PAGE,
    })) as IssueComment[];
    const mine: IssueComment[] = [];
    for (const c of all) if ((c.body ?? '').includes(opts.marker) && (await isOurs(octokit, c, self))) mine.push(c);
    const [existing, ...duplicates] = mine;
    for (const d of duplicates) await deleteQuietly(octokit, owner, repo, d.id, opts.log);

    if (opts.mode === 'on-failure' && !opts.failed) {
      if (existing === undefined) return { action: 'none' };
      await deleteQuietly(octokit, owner, repo, existing.id, opts.log);
      return { action: 'deleted', id: existing.id };
    }
    body ??= opts.render(existing?.body, maxChars);
    try {
      return await write(existing, body);
    } catch (error) {
      // GitHub may count characters differently from us: shrink the budget once and write again.
      if (!isTooLong(error)) throw error;
      maxChars = Math.floor(maxChars / 2);
      opts.log.warn(`comment body rejected as too long; retrying with a ${maxChars}-character budget`);
      body = opts.render(existing?.body, maxChars);
      return await write(existing, body);
    }
  };

  const write = async (existing: IssueComment | undefined, text: string): Promise<UpsertResult> => {
    if (existing !== undefined) {
      if (normalise(existing.body ?? '') === normalise(text)) return { action: 'unchanged', id: existing.id, url: existing.html_url };
      const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text, request: NO_RETRY });
    return { action: 'created', id: data.id, url: data.html_url };
  };

  return pRetry(attempt, {
    retries: opts.retries ?? 3,
    minTimeout: opts.minTimeoutMs ?? 1_000,
    factor: 2,
    shouldRetry: ({ error }) => isTransient(error),
    onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
      if (retriesLeft > 0 && isTransient(error)) {
        opts.log.warn(`comment upsert attempt ${attemptNumber} failed (${describeError(error)}); re-reading the comments and retrying`);
      }
    },
  });
}

async function deleteQuietly(octokit: GitHubClient, owner: string, repo: string, id: number, log: Logger): Promise<void> {
  try {
    await octokit.rest.issues.deleteComment({ owner, repo, comment_id: id });
  } catch (error) {
    if (statusOf(error) !== 404) throw error; // already gone: that is what we wanted
    log.debug(`comment ${id} was already deleted`);
  }
}

function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').trim();
}
