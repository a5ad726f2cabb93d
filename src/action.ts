// The action's entry (dist/index.js): inputs -> parseConfig -> pipeline -> publish -> exit status.
// It only translates; the gate in the report decides the status, reporting problems never do.
//
// The GitHub API code (Octokit and its plugins, most of the bundle) is imported dynamically, where
// it is used: esbuild puts it in chunks (dist/chunks/) that are evaluated after the runs, so the
// first test run starts sooner (docs/decisions.md, "Code splitting of the action bundle").
import { ConfigError, parseConfig } from './config.js';
import { SetupError } from './frameworks/errors.js';
import type { CommentMode } from './github/comment.js';
import type { PublishInputs } from './github/publish.js';
import { ReportFileError } from './github/report-file.js';
import { createRunner, type Runner } from './github/runner.js';
import { runPipeline } from './pipeline.js';

/**
 * The `comment` input's values. Not github/comment.ts's COMMENT_MODES: importing that module would
 * load the API client before the runs. Written as a Record so tsc rejects a missing or unknown mode.
 */
const COMMENT_MODES = Object.keys({ always: true, 'on-failure': true, off: true } satisfies Record<CommentMode, true>);

/** `timeout-minutes: 10` -> `10m` (parseConfig's duration syntax); anything else passes through to be rejected by name. */
function minutes(value: string): string | undefined {
  if (value === '') return undefined;
  return /^\d+(\.\d+)?$/.test(value) ? `${value}m` : value;
}

function publishInputs(runner: Runner): PublishInputs {
  const comment = runner.input('comment') || 'always';
  if (!COMMENT_MODES.includes(comment)) {
    throw new ConfigError(`input 'comment': unknown value '${comment}'; allowed: ${COMMENT_MODES.join(', ')}`);
  }
  return {
    token: runner.input('token'),
    comment: comment as CommentMode,
    commentKey: runner.input('comment-key') || process.env['GITHUB_JOB'] || 'flakegate',
    checkName: runner.input('check-name'),
  };
}

async function main(runner: Runner): Promise<void> {
  const log = runner.log;
  const mode = runner.input('mode') || 'run';
  if (mode !== 'run' && mode !== 'comment' && mode !== 'aggregate' && mode !== 'stability') {
    throw new ConfigError(`input 'mode': unknown value '${mode}'; allowed: run, comment, aggregate, stability`);
  }
  const inputs = publishInputs(runner);

  if (mode === 'comment') {
    const path = runner.input('report');
    if (path === '') throw new ConfigError("input 'report' is required with mode: comment (the downloaded report.json)");
    const { publishComment, readReportFile } = await import('./github/comment-mode.js');
    await publishComment(await readReportFile(path), { inputs, log, runner });
    return;
  }
  if (mode === 'aggregate') {
    const { runAggregate } = await import('./shard/action-modes.js');
    const merged = await runAggregate(runner, inputs);
    if (merged.gate.failed) runner.setFailed(`flakegate: ${merged.gate.reason}`);
    return;
  }

  const config = parseConfig(
    {
      framework: runner.input('framework'),
      command: runner.input('command'),
      workers: runner.input('workers'),
      iterations: runner.input('iterations'),
      timeout: minutes(runner.input('timeout-minutes')),
      budget: minutes(runner.input('budget-minutes')),
      confirm: runner.input('confirm'),
      'fail-on': runner.input('fail-on'),
      cwd: runner.input('working-directory'),
      out: runner.input('out'),
      shard: runner.input('shard'),
      quarantine: runner.input('quarantine'),
    },
    'action',
  );
  // A cancelled workflow sends SIGINT, then SIGTERM: stop the current run's process tree and still
  // publish what the finished runs showed.
  const controller = new AbortController();
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => controller.abort());
  const known =
    config.failOn === 'new-parallel-only'
      ? await (await import('./github/tracking-issue-mode.js')).readKnownTests({ token: inputs.token, log })
      : undefined;
  const { report, reportJsonPath } = await runPipeline(config, { log, signal: controller.signal, ...(known ? { known } : {}) });
  if (config.shard) await (await import('./shard/action-modes.js')).publishShard(report, reportJsonPath, config.out, runner);
  else await (await import('./github/publish.js')).publish(report, { config, inputs, log, reportJsonPath, runner });
  if (controller.signal.aborted) runner.setFailed('flakegate: cancelled; the report covers the runs that finished');
  // A stability job tracks (a cancelled, partial run is not recorded); it never fails on the gate.
  else if (mode === 'stability') await (await import('./github/tracking-issue-mode.js')).publishStability(report, runner, { token: inputs.token, log });
  else if (report.gate.failed) runner.setFailed(`flakegate: ${report.gate.reason}`);
}

const runner = createRunner();
try {
  await main(runner);
} catch (error) {
  if (error instanceof ConfigError || error instanceof SetupError || error instanceof ReportFileError) {
    const hint = error instanceof SetupError && error.hint ? `\nfix: ${error.hint}` : '';
    runner.setFailed(`${error.message}${hint}`);
  } else {
    runner.setFailed(`flakegate failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  // Setup and usage problems exit 2, like the CLI; the gate alone exits 1.
  process.exitCode = 2;
}
