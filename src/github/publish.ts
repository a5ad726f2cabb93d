// Everything the action tells GitHub about a report: job summary, step outputs, annotations, then
// (best effort) the sticky PR comment and the check run. Reporting failures are warnings; the
// caller alone decides the exit status, from report.gate.
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Config, Logger, Report } from '../model.js';
import { buildAnnotations, selectStepAnnotations } from '../report/annotations.js';
import { verdictTitle } from '../report/headline.js';
import { renderMarkdown } from '../report/markdown.js';
import { collectSecrets } from '../report/sanitize.js';
import type { CommentMode } from './comment.js';
import { readContext, type GitHubContext } from './context.js';
import { checkAnnotations, publishToApi, READ_ONLY_NOTICE, type ApiDeps, type ApiResult } from './publish-api.js';
import { createRunner, type Runner } from './runner.js';

export interface PublishInputs {
  readonly token: string;
  readonly comment: CommentMode;
  readonly commentKey: string;
  readonly checkName: string;
}

export interface PublishOptions {
  readonly config?: Config;
  readonly inputs: PublishInputs;
  readonly log: Logger;
  readonly reportJsonPath: string;
  readonly runner?: Runner;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Test-only knobs (backoff bases). */
  readonly api?: Pick<ApiDeps, 'client' | 'upsertMinTimeoutMs'>;
}

export interface PublishResult {
  readonly api: ApiResult | null;
  /** Why the API part was skipped, when it was. */
  readonly skipped?: string;
}

export async function publish(report: Report, opts: PublishOptions): Promise<PublishResult> {
  const runner = opts.runner ?? createRunner();
  const env = opts.env ?? process.env;
  const ctx = readContext(env);
  const secrets = collectSecrets(env, [opts.inputs.token]);
  const log = opts.log;

  await writeLocal(report, ctx, runner, secrets, opts.reportJsonPath, log);

  const all = buildAnnotations(report, secrets);
  const toRepoPath = repoPathMapper(report.config.cwd, ctx.workspace ?? process.cwd());
  const selection = selectStepAnnotations(all);
  for (const a of selection.shown) {
    const file = a.file === undefined ? null : toRepoPath(a.file);
    runner.annotate({ level: a.level, message: a.message, title: a.title, ...(file === null ? {} : { file }), ...(a.line === undefined ? {} : { line: a.line }) });
  }
  const omitted = selection.omitted.error + selection.omitted.warning + selection.omitted.notice;
  if (omitted > 0) runner.notice(`flakegate: ${omitted} more test annotations are not shown (GitHub shows 10 per level per step); see the job summary`);

  const skipped = whyNoApi(ctx, opts.inputs.token);
  if (skipped !== undefined) {
    log.info(`PR comment and check run skipped: ${skipped}`);
    return { api: null, skipped };
  }
  if (ctx.eventName === 'pull_request' && ctx.pullRequest?.isFork === true) {
    // Known up front: the token of a fork PR is read-only, so do not spend requests on 403s.
    runner.notice(READ_ONLY_NOTICE);
    return { api: { comment: null, checkRun: null, readOnly: true } };
  }
  const api = await publishToApi(
    report,
    ctx,
    opts.inputs,
    { pullRequest: ctx.pullRequest?.number ?? null, headSha: ctx.headSha },
    checkAnnotations(all, toRepoPath),
    { runner, secrets, ...opts.api },
  );
  return { api };
}

/** Job summary and step outputs: written first, and never blocked by the API. */
async function writeLocal(report: Report, ctx: GitHubContext, runner: Runner, secrets: readonly string[], reportJsonPath: string, log: Logger): Promise<void> {
  runner.setOutput('parallel-only', String(report.summary.parallelOnly));
  runner.setOutput('flaky', String(report.summary.flaky));
  runner.setOutput('broken', String(report.summary.broken));
  runner.setOutput('lost', String(report.summary.lost));
  runner.setOutput('gate', report.gate.failed ? 'failed' : 'passed');
  runner.setOutput('summary', verdictTitle(report));
  runner.setOutput('report-json', reportJsonPath);
  // finish() writes report.md and report.html beside report.json.
  runner.setOutput('report-md', join(dirname(reportJsonPath), 'report.md'));
  runner.setOutput('report-html', join(dirname(reportJsonPath), 'report.html'));
  try {
    await runner.appendSummary(renderMarkdown(report, { secrets, ...(ctx.runUrl === null ? {} : { runUrl: ctx.runUrl }) }));
  } catch (error) {
    log.warn(`flakegate could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function whyNoApi(ctx: GitHubContext, token: string): string | undefined {
  if (token === '') return 'no token';
  if (ctx.owner === '' || ctx.repo === '') return 'GITHUB_REPOSITORY is not set (not running in GitHub Actions)';
  return undefined;
}

/**
 * Report files are relative to the project directory (`working-directory`); annotations need
 * paths relative to the repository root (GITHUB_WORKSPACE). Paths outside it get no file.
 */
export function repoPathMapper(projectDir: string, workspace: string): (file: string) => string | null {
  return (file) => {
    const rel = relative(workspace, resolve(projectDir, file));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
    return rel.split(sep).join('/');
  };
}
