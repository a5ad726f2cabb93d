// The action's two uses of the tracking issue: `mode: stability` records the run, and a PR job with
// `fail-on: new-parallel-only` reads which tests are already known. API problems are warnings:
// a read-only token never changes a verdict; an unreadable history is stated in the gate reason.
import { knownTests } from '../history/merge.js';
import { runFromReport } from '../history/run-record.js';
import type { Logger, Report } from '../model.js';
import type { KnownTests } from '../quarantine/gate-input.js';
import { collectSecrets } from '../report/sanitize.js';
import { createClient } from './client.js';
import { readContext } from './context.js';
import { describeError, isReadOnly } from './errors.js';
import { whyNoApi } from './publish.js';
import type { Runner } from './runner.js';
import { readStabilityHistory, recordStabilityRun } from './tracking-issue.js';

type Env = Readonly<Record<string, string | undefined>>;

export interface TrackingDeps {
  readonly token: string;
  readonly log: Logger;
  readonly env?: Env;
  /** Test-only: first backoff of retried API sequences. */
  readonly minTimeoutMs?: number;
}

/** Known tests from the tracking issue; when it cannot be read, an empty set and a note saying so. */
export async function readKnownTests(deps: TrackingDeps): Promise<KnownTests> {
  const ctx = readContext(deps.env ?? process.env);
  const skipped = whyNoApi(ctx, deps.token);
  const unknown = (why: string): KnownTests => {
    deps.log.warn(`fail-on new-parallel-only: ${why}; only quarantined tests count as known`);
    return { ids: new Set(), note: `the stability history could not be read (${why}), so every parallel-only test that is not quarantined counts as new` };
  };
  if (skipped !== undefined) return unknown(skipped);
  try {
    const octokit = createClient(deps.token, { apiUrl: ctx.apiUrl, log: deps.log });
    const history = await readStabilityHistory(octokit, { owner: ctx.owner, repo: ctx.repo, log: deps.log, ...(deps.minTimeoutMs === undefined ? {} : { minTimeoutMs: deps.minTimeoutMs }) });
    if (history === null) return { ids: new Set(), note: 'no stability tracking issue exists yet, so only quarantined tests count as known' };
    const ids = knownTests(history);
    deps.log.info(`fail-on new-parallel-only: ${ids.size} tests known from the stability history (${history.runs.length} runs)`);
    return { ids };
  } catch (error) {
    return unknown(describeError(error));
  }
}

/** `mode: stability`: appends this run to the tracking issue and rebuilds its body. Never throws for API problems. */
export async function publishStability(report: Report, runner: Runner, deps: TrackingDeps): Promise<void> {
  const env = deps.env ?? process.env;
  const ctx = readContext(env);
  const skipped = whyNoApi(ctx, deps.token);
  if (skipped !== undefined) {
    deps.log.warn(`stability tracking issue not updated: ${skipped}`);
    return;
  }
  const attempt = env['GITHUB_RUN_ATTEMPT'];
  const runId = `${ctx.runId ?? 'local'}${attempt && attempt !== '1' ? `-${attempt}` : ''}`;
  const run = runFromReport(report, { runId, runUrl: ctx.runUrl, at: new Date().toISOString(), sha: ctx.sha });
  try {
    const octokit = createClient(deps.token, { apiUrl: ctx.apiUrl, log: deps.log });
    const result = await recordStabilityRun(octokit, run, {
      owner: ctx.owner,
      repo: ctx.repo,
      log: deps.log,
      secrets: collectSecrets(env, [deps.token]),
      ...(deps.minTimeoutMs === undefined ? {} : { minTimeoutMs: deps.minTimeoutMs }),
    });
    deps.log.info(`stability: ${result.created ? 'created' : 'updated'} tracking issue #${result.issue.number} (${result.history.runs.length} ${result.history.runs.length === 1 ? 'run' : 'runs'} recorded) ${result.issue.url}`);
  } catch (error) {
    const why = isReadOnly(error) ? 'the token cannot write issues (add `permissions: issues: write` to the job)' : describeError(error);
    runner.notice(`flakegate: the stability tracking issue was not updated: ${why}. The report and job summary are complete.`);
  }
}
