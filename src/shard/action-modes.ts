// The action's two shard roles: a matrix job (`shard: i/n`) and the job that merges them (`mode: aggregate`).
import type { Report } from '../model.js';
import { publish, type PublishInputs } from '../github/publish.js';
import type { Runner } from '../github/runner.js';
import { reanalyse } from '../reanalyse.js';
import { findShardDirs } from './find-shards.js';
import { settingsFromInputs } from '../config.js';
import { inputNamed } from '../inputs.js';

/**
 * A shard neither comments nor creates a check (the aggregate does, once): it only says where its
 * result is, for actions/upload-artifact. Its gate is never failed (see markPartial).
 */
export async function publishShard(report: Report, reportJsonPath: string, out: string, runner: Runner): Promise<void> {
  const label = report.shard ? `shard ${report.shard.index}/${report.shard.count}` : 'shard';
  runner.setOutput('report-json', reportJsonPath);
  runner.log.info(`flakegate ${label}: ${report.runs.length} runs kept in ${out}; upload that directory as an artifact for the aggregate job`);
  try {
    await runner.appendSummary(`flakegate ${label}: ${report.runs.length} runs done; the aggregate job publishes the report.\n`);
  } catch (error) {
    runner.log.warn(`flakegate could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * `mode: aggregate`: merge the downloaded shard results, confirm the suspects in this job's checkout
 * (unless `confirm: false`), then publish like a single job would.
 */
export async function runAggregate(runner: Runner, inputs: PublishInputs): Promise<Report> {
  const dirs = findShardDirs(runner.input('shards') || inputNamed('shards').default, "input 'shards'");
  // Only what applies to merging: workers and iterations come from the shards. The framework and
  // command are this job's own (confirmation never runs a command read from an artifact; the
  // shards' is only compared). The aggregate confirms by default (the project is checked out
  // here); `confirm: false` skips it.
  const given = settingsFromInputs((name) => runner.input(name), ['out', 'fail-on', 'fail-on-confidence', 'cwd', 'confirm', 'timeout', 'budget', 'framework', 'command']);
  const raw = Object.fromEntries(Object.entries(given).map(([key, value]) => [key, value === '' ? undefined : value]));
  raw['confirm'] ??= 'true';
  const { report, reportJsonPath } = await reanalyse(dirs, raw, runner.log);
  await publish(report, { inputs, log: runner.log, reportJsonPath, runner });
  return report;
}
