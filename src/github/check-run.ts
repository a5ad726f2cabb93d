// A completed check run on the commit under test, with the report as its output and annotations
// sent in batches of 50 (the create carries the first batch, updates the rest).
import type { Logger } from '../model.js';
import { CHECK_RUN_ANNOTATIONS_PER_REQUEST, CHECK_RUN_ANNOTATIONS_TOTAL, CHECK_RUN_TITLE_MAX_CHARS } from '../report/limits.js';
import { truncate } from '../report/sanitize.js';
import { NO_RETRY, type GitHubClient } from './client.js';

export interface CheckAnnotation {
  /** Path relative to the repository root. */
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
}

export interface CheckRunOptions {
  readonly owner: string;
  readonly repo: string;
  readonly name: string;
  /** The PR head SHA (not the merge commit), or GITHUB_SHA on push. */
  readonly headSha: string;
  readonly conclusion: 'success' | 'failure';
  readonly title: string;
  /** Markdown, already within CHECK_RUN_SUMMARY_MAX_CHARS. */
  readonly summary: string;
  readonly annotations: readonly CheckAnnotation[];
  readonly detailsUrl?: string;
  readonly log: Logger;
}

export interface CheckRunResult {
  readonly id: number;
  readonly url: string;
  readonly annotations: number;
}

export async function publishCheckRun(octokit: GitHubClient, opts: CheckRunOptions): Promise<CheckRunResult> {
  const { owner, repo } = opts;
  const title = truncate(opts.title, CHECK_RUN_TITLE_MAX_CHARS);
  const annotations = opts.annotations.slice(0, CHECK_RUN_ANNOTATIONS_TOTAL);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + CHECK_RUN_ANNOTATIONS_PER_REQUEST));
  }
  const output = (batch: CheckAnnotation[] | undefined) => ({
    title,
    summary: opts.summary,
    ...(batch === undefined ? {} : { annotations: batch }),
  });
  // Not retried: a create that timed out may exist; a second one would be a duplicate check.
  const { data } = await octokit.rest.checks.create({
    owner,
    repo,
    name: opts.name,
    head_sha: opts.headSha,
    status: 'completed',
    conclusion: opts.conclusion,
    ...(opts.detailsUrl === undefined ? {} : { details_url: opts.detailsUrl }),
    output: output(batches[0]),
    request: NO_RETRY,
  });
  // Updates append annotations, so they are not retried either (a retried 502 could double them).
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({ owner, repo, check_run_id: data.id, output: output(batch), request: NO_RETRY });
  }
  if (opts.annotations.length > annotations.length) {
    opts.log.info(`check run: ${annotations.length} of ${opts.annotations.length} annotations sent; the rest are in the summary`);
  }
  return { id: data.id, url: data.html_url ?? '', annotations: annotations.length };
}
