// The API half of publishing: sticky comment and check run. Reporting is best effort: a read-only
// token (fork PRs, `permissions: read-all`) becomes one notice, anything else a warning, and
// neither ever changes the gate.
import type { Report } from '../model.js';
import type { TestAnnotation } from '../report/annotations.js';
import { commentMarker, renderComment } from '../report/comment.js';
import { verdictTitle } from '../report/headline.js';
import { CHECK_RUN_SUMMARY_MAX_CHARS } from '../report/limits.js';
import { renderMarkdown } from '../report/markdown.js';
import { createClient, type ClientOptions } from './client.js';
import { upsertComment, type CommentMode, type UpsertResult } from './comment.js';
import { publishCheckRun, type CheckAnnotation, type CheckRunResult } from './check-run.js';
import type { GitHubContext } from './context.js';
import { describeError, isReadOnly } from './errors.js';
import type { Runner } from './runner.js';

export interface ApiInputs {
  readonly token: string;
  readonly comment: CommentMode;
  readonly commentKey: string;
  /** Empty = no check run (comment mode never creates one). */
  readonly checkName: string;
}

export interface ApiTargets {
  /** Pull request to comment on, if any. */
  readonly pullRequest: number | null;
  /** Commit for the check run, if any. */
  readonly headSha: string | null;
}

export interface ApiResult {
  readonly comment: UpsertResult | null;
  readonly checkRun: CheckRunResult | null;
  /** The token could not write; comment and check run were skipped with one notice. */
  readonly readOnly: boolean;
}

export interface ApiDeps {
  readonly runner: Runner;
  readonly secrets: readonly string[];
  /** Overrides for tests (backoff bases); production uses the defaults. */
  readonly client?: Partial<Omit<ClientOptions, 'log' | 'apiUrl'>>;
  readonly upsertMinTimeoutMs?: number;
}

export const READ_ONLY_NOTICE =
  'flakegate: the token cannot write to this repository (fork pull request or read-only permissions), so the PR comment and check run were skipped. The job summary and annotations have the full report; for fork PRs see the two-workflow setup (mode: comment) in the README.';

export async function publishToApi(
  report: Report,
  ctx: GitHubContext,
  inputs: ApiInputs,
  targets: ApiTargets,
  annotations: readonly CheckAnnotation[],
  deps: ApiDeps,
): Promise<ApiResult> {
  const { runner, secrets } = deps;
  const log = runner.log;
  const octokit = createClient(inputs.token, { apiUrl: ctx.apiUrl, log, ...deps.client });
  let comment: UpsertResult | null = null;
  let checkRun: CheckRunResult | null = null;
  const runUrl = ctx.runUrl ?? undefined;

  try {
    if (targets.pullRequest !== null && inputs.comment !== 'off') {
      const marker = commentMarker(inputs.commentKey);
      comment = await upsertComment(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        issueNumber: targets.pullRequest,
        marker,
        mode: inputs.comment,
        failed: report.gate.failed,
        render: (previous, maxChars) =>
          renderComment(report, { marker, secrets, maxChars, ...(runUrl === undefined ? {} : { runUrl }), ...(previous === undefined ? {} : { previous }) }),
        log,
        ...(deps.upsertMinTimeoutMs === undefined ? {} : { minTimeoutMs: deps.upsertMinTimeoutMs }),
      });
      log.info(`PR comment: ${comment.action}${comment.url ? ` (${comment.url})` : ''}`);
    }
  } catch (error) {
    if (isReadOnly(error)) return readOnly(runner, comment, checkRun);
    log.warn(`flakegate could not update the PR comment: ${describeError(error)}`);
  }

  try {
    if (targets.headSha !== null && inputs.checkName !== '') {
      checkRun = await publishCheckRun(octokit, {
        owner: ctx.owner,
        repo: ctx.repo,
        name: inputs.checkName,
        headSha: targets.headSha,
        conclusion: report.gate.failed ? 'failure' : 'success',
        title: verdictTitle(report),
        // Bytes >= characters, so a byte budget under the character limit is always safe.
        summary: renderMarkdown(report, { secrets, maxBytes: CHECK_RUN_SUMMARY_MAX_CHARS - 500, omittedHint: 'the job summary / report.json', ...(runUrl === undefined ? {} : { runUrl }) }),
        annotations,
        ...(runUrl === undefined ? {} : { detailsUrl: runUrl }),
        log,
      });
      log.info(`check run '${inputs.checkName}' on ${targets.headSha}: ${checkRun.url}`);
    }
  } catch (error) {
    if (isReadOnly(error)) return readOnly(runner, comment, checkRun);
    log.warn(`flakegate could not create the check run: ${describeError(error)}`);
  }
  return { comment, checkRun, readOnly: false };
}

function readOnly(runner: Runner, comment: UpsertResult | null, checkRun: CheckRunResult | null): ApiResult {
  runner.notice(READ_ONLY_NOTICE);
  return { comment, checkRun, readOnly: true };
}

/** Check-run annotations for tests with a file (the API requires a path and a line). */
export function checkAnnotations(all: readonly TestAnnotation[], toRepoPath: (file: string) => string | null): CheckAnnotation[] {
  const out: CheckAnnotation[] = [];
  for (const a of all) {
    const path = a.file === undefined ? null : toRepoPath(a.file);
    if (path === null) continue;
    const line = a.line ?? 1;
    out.push({
      path,
      start_line: line,
      end_line: line,
      annotation_level: a.level === 'error' ? 'failure' : a.level,
      message: a.message,
      title: a.title,
    });
  }
  return out;
}
