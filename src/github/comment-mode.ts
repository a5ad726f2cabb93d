// `mode: comment`: the second half of the two-workflow setup for fork PRs. The untrusted
// `pull_request` workflow runs the tests and uploads report.json; a `workflow_run` workflow with a
// write token downloads it and calls this, which posts the sticky comment and runs no tests.
import type { Logger, Report } from '../model.js';
import { collectSecrets } from '../report/sanitize.js';
import { createClient } from './client.js';
import { readContext } from './context.js';
import { describeError } from './errors.js';
import { resolvePullRequest } from './pull-request.js';
import { publishToApi, type ApiDeps, type ApiResult } from './publish-api.js';
import type { PublishInputs } from './publish.js';
export { readReportFile, ReportFileError } from './report-file.js';
import { createRunner, type Runner } from './runner.js';

export interface CommentModeOptions {
  readonly inputs: PublishInputs;
  readonly log: Logger;
  readonly runner?: Runner;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly api?: Pick<ApiDeps, 'client' | 'upsertMinTimeoutMs'>;
}

export async function publishComment(report: Report, opts: CommentModeOptions): Promise<ApiResult | null> {
  const runner = opts.runner ?? createRunner();
  const env = opts.env ?? process.env;
  const ctx = readContext(env);
  const log = opts.log;
  if (opts.inputs.token === '' || ctx.owner === '') {
    log.warn('flakegate (mode: comment): no token or repository; nothing to post');
    return null;
  }
  let pullRequest: number | null;
  try {
    pullRequest = await resolvePullRequest(createClient(opts.inputs.token, { apiUrl: ctx.apiUrl, log, ...opts.api?.client }), ctx);
  } catch (error) {
    log.warn(`flakegate (mode: comment): could not find the pull request: ${describeError(error)}`);
    return null;
  }
  if (pullRequest === null) {
    log.info(`flakegate (mode: comment): no open pull request for ${ctx.workflowRun?.headSha ?? ctx.sha ?? 'this commit'}; nothing to post`);
    return null;
  }
  const secrets = collectSecrets(env, [opts.inputs.token]);
  return publishToApi(report, ctx, { ...opts.inputs, checkName: '' }, { pullRequest, headSha: null }, [], { runner, secrets, ...opts.api });
}
