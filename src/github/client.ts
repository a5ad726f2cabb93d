// The Octokit flakegate talks to GitHub with: @actions/github's getOctokit (core + REST endpoint
// methods + pagination, proxy-aware) plus the retry and throttling plugins.
// Creates are never retried blindly: POSTs carry `request.retries = 0` (see NO_RETRY) and the
// callers make them idempotent at a higher level (the comment upsert re-lists before creating).
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../model.js';
import { collectSecrets, guardOutgoing } from '../report/sanitize.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** GITHUB_API_URL (GHES: `https://host/api/v3`). */
  readonly apiUrl: string;
  readonly log: Logger;
  /** Rate-limit retries per request (primary and secondary limits). */
  readonly rateLimitRetries?: number;
  /** Do not wait longer than this for a rate limit to reset; give up with a warning instead. */
  readonly maxRateLimitWaitSeconds?: number;
  /** Base of plugin-retry's quadratic backoff for 5xx on reads (1 s, 4 s, 9 s by default). */
  readonly retryBaseMs?: number;
  /** Retries of idempotent requests (GET, PATCH, DELETE) on 5xx / network errors. */
  readonly retries?: number;
  /** Values redacted from every request (default: the environment's secret-looking values and the token). */
  readonly secrets?: readonly string[];
}

/** Request options that address the request rather than carry text: never rewritten. */
const ROUTING = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType', 'owner', 'repo', 'head_sha', 'sha', 'ref', 'per_page', 'page']);

/** Every string a request sends (comment body, check-run title/summary/annotations, issue bodies) through guardOutgoing. */
export function guardRequest(options: Record<string, unknown>, secrets: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!ROUTING.has(key)) options[key] = guardValue(options[key], secrets);
  }
}

function guardValue(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return guardOutgoing(value, secrets);
  if (Array.isArray(value)) return value.map((item) => guardValue(item, secrets));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, guardValue(v, secrets)]));
  }
  return value;
}

/** Per-request option for creates: a 502 may mean "created", so the caller re-reads instead. */
export const NO_RETRY = { retries: 0 } as const;

/**
 * Statuses plugin-retry must leave alone: client errors are final, and 403/429 rate limits
 * belong to the throttling plugin (which honours retry-after / x-ratelimit-reset).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

export function createClient(token: string, opts: ClientOptions): GitHubClient {
  const limit = opts.rateLimitRetries ?? 2;
  const maxWait = opts.maxRateLimitWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${options.method} ${options.url}`;
      if (retryCount < limit && retryAfter <= maxWait) {
        opts.log.warn(`GitHub ${kind} rate limit on ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${limit})`);
        return true;
      }
      opts.log.warn(`GitHub ${kind} rate limit on ${what}; giving up (retry-after ${retryAfter} s)`);
      return false;
    };
  const secrets = opts.secrets ?? collectSecrets(process.env, [token]);
  const octokit = getOctokit(
    token,
    {
      baseUrl: opts.apiUrl,
      retry: { doNotRetry: DO_NOT_RETRY, retries: opts.retries ?? 3, retryAfterBaseValue: opts.retryBaseMs ?? 1000 },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => opts.log.debug(m), error: (m: string) => opts.log.debug(m) },
    },
    retry,
    throttling,
  );
  // The network boundary: whatever a renderer or message built, nothing secret leaves in a request.
  octokit.hook.before('request', (options) => guardRequest(options as unknown as Record<string, unknown>, secrets));
  return octokit;
}
