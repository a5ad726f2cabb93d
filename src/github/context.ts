// The workflow's context as plain data, read from the runner's environment and event payload
// (GITHUB_EVENT_PATH). Read once at the edge; nothing else looks at process.env for GitHub facts.
import { readFileSync } from 'node:fs';

export interface PullRequestRef {
  readonly number: number;
  /** `pull_request.head.sha`: the commit pushed. GITHUB_SHA is the test merge commit instead. */
  readonly headSha: string;
  /** Head repository differs from the base: the token is read-only on `pull_request`. */
  readonly isFork: boolean;
  /** `pull_request.base.sha`: what the pull request's changes are measured against. */
  readonly baseSha?: string;
}

export interface WorkflowRunRef {
  readonly headSha: string;
  /** Filled by GitHub for same-repo PRs only; empty for forks. */
  readonly pullRequests: readonly PullRequestRef[];
  readonly isFork: boolean;
  /** `owner:branch` of the head, for finding a fork's PR (`GET /pulls?head=`). */
  readonly headLabel: string | null;
}

export interface GitHubContext {
  readonly owner: string;
  readonly repo: string;
  readonly eventName: string;
  readonly serverUrl: string;
  readonly apiUrl: string;
  readonly runId: string | null;
  /** `<server>/<owner>/<repo>/actions/runs/<id>`, when known. */
  readonly runUrl: string | null;
  /** GITHUB_SHA. */
  readonly sha: string | null;
  readonly workspace: string | null;
  readonly pullRequest: PullRequestRef | null;
  /** For `workflow_run` events: the triggering run's head commit and its pull requests. */
  readonly workflowRun: WorkflowRunRef | null;
  /** The commit a check run belongs on: the PR head, else the workflow_run head, else GITHUB_SHA. */
  readonly headSha: string | null;
}

type Env = Readonly<Record<string, string | undefined>>;

export function readContext(env: Env): GitHubContext {
  const payload = readPayload(env['GITHUB_EVENT_PATH']);
  const [owner = '', repo = ''] = (env['GITHUB_REPOSITORY'] ?? '').split('/');
  const serverUrl = (env['GITHUB_SERVER_URL'] || 'https://github.com').replace(/\/+$/, '');
  const runId = env['GITHUB_RUN_ID'] || null;
  const pullRequest = pullRequestOf(get(payload, 'pull_request'));
  const wr = get(payload, 'workflow_run');
  const workflowRun =
    str(get(wr, 'head_sha')) === undefined
      ? null
      : {
          headSha: str(get(wr, 'head_sha')) ?? '',
          pullRequests: arr(get(wr, 'pull_requests'))
            .map(pullRequestOf)
            .filter((p): p is PullRequestRef => p !== null),
          isFork: differs(str(get(get(wr, 'head_repository'), 'full_name')), str(get(get(wr, 'repository'), 'full_name'))),
          headLabel: labelOf(str(get(get(get(wr, 'head_repository'), 'owner'), 'login')), str(get(wr, 'head_branch'))),
        };
  const sha = env['GITHUB_SHA'] || null;
  return {
    owner,
    repo,
    eventName: env['GITHUB_EVENT_NAME'] ?? '',
    serverUrl,
    apiUrl: (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, ''),
    runId,
    runUrl: runId !== null && owner !== '' ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : null,
    sha,
    workspace: env['GITHUB_WORKSPACE'] || null,
    pullRequest,
    workflowRun,
    headSha: pullRequest?.headSha ?? workflowRun?.headSha ?? sha,
  };
}

function labelOf(owner: string | undefined, branch: string | undefined): string | null {
  return owner === undefined || branch === undefined ? null : `${owner}:${branch}`;
}

function pullRequestOf(pr: unknown): PullRequestRef | null {
  const number = get(pr, 'number');
  const headSha = str(get(get(pr, 'head'), 'sha'));
  if (typeof number !== 'number' || headSha === undefined) return null;
  const head = str(get(get(get(pr, 'head'), 'repo'), 'full_name'));
  const base = str(get(get(get(pr, 'base'), 'repo'), 'full_name'));
  const baseSha = str(get(get(pr, 'base'), 'sha'));
  return { number, headSha, isFork: differs(head, base), ...(baseSha === undefined ? {} : { baseSha }) };
}

/** A deleted fork has `head.repo: null`: treat it as a fork (the token is still read-only). */
function differs(head: string | undefined, base: string | undefined): boolean {
  if (base === undefined) return false;
  return head === undefined || head.toLowerCase() !== base.toLowerCase();
}

function readPayload(path: string | undefined): unknown {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    // No readable event (local runs, `act`): behave as a push without a pull request.
    return {};
  }
}

function get(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
