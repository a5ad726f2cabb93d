// How GitHub API failures are classified: which are worth another attempt, which mean the token
// cannot write here (fork PRs, `permissions: read-all`), and how they read in a warning.

/** HTTP status of an Octokit RequestError, or undefined (network failure, bug). */
export function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * 403 "Resource not accessible by integration" (GITHUB_TOKEN without the permission, e.g. on a
 * fork PR) or "... by personal access token". Rate limits are 403s too but say "rate limit".
 */
export function isReadOnly(error: unknown): boolean {
  if (statusOf(error) !== 403) return false;
  const message = messageOf(error);
  return !/rate limit/i.test(message);
}

/** 5xx, or no response at all: the request may or may not have happened; re-read and retry. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}

/** 422 "Body is too long (maximum is 65536 characters)". */
export function isTooLong(error: unknown): boolean {
  return statusOf(error) === 422 && /too long/i.test(messageOf(error));
}

export function describeError(error: unknown): string {
  const status = statusOf(error);
  const message = messageOf(error).split('\n')[0] ?? '';
  return status === undefined ? message : `HTTP ${status}: ${message}`;
}
