// The action's entry (dist/index.js): inputs -> parseConfig -> pipeline -> publish -> exit status.
// It only translates; the gate in the report decides the status, reporting problems never do.
//
// The GitHub API code (Octokit and its plugins, most of the bundle) is imported dynamically, where
// it is used: esbuild puts it in chunks (dist/chunks/) that are evaluated after the runs, so the
// first test run starts sooner (docs/decisions.md, "Code splitting of the action bundle").
import { readContext } from './github/context.js';
import { ConfigError, parseChoice, parseConfig, settingsFromInputs } from './config.js';
import { SetupError } from './frameworks/errors.js';
import type { CommentMode } from './github/comment.js';
import type { PublishInputs } from './github/publish.js';
import { ReportFileError } from './github/report-file.js';
import { createRunner, type Runner } from './github/runner.js';
import { inputNamed } from './inputs.js';
import { runPipeline } from './pipeline.js';

/** A choice input of the action alone (`comment`, `mode`): its declared values and default. */
function actionChoice(runner: Runner, name: 'comment' | 'mode'): string {
  const decl = inputNamed(name);
  return parseChoice(decl, runner.input(name) || decl.default, `input '${name}'`);
}

function publishInputs(runner: Runner): PublishInputs {
  const comment = actionChoice(runner, 'comment');
  return {
    token: runner.input('token'),
    comment: comment as CommentMode,
    commentKey: runner.input('comment-key') || process.env['GITHUB_JOB'] || 'flakegate',
    checkName: runner.input('check-name'),
  };
}

async function main(runner: Runner): Promise<void> {
  const log = runner.log;
  const mode = actionChoice(runner, 'mode');
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

  const settings = settingsFromInputs((name) => runner.input(name));
  // On a pull request the changed tests are found against its base commit unless `base` says otherwise.
  const config = parseConfig({ ...settings, base: settings['base'] || readContext(process.env).pullRequest?.baseSha }, 'action');
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
