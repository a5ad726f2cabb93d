// The aggregate's confirmation: rerun the merged discovery's suspects in the aggregate job's own
// checkout, as the single job would, so merged verdicts can reach `confirmed`.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ConfigError, FRAMEWORKS } from '../config.js';
import { SetupError } from '../frameworks/errors.js';
import { resolvePreset } from '../frameworks/index.js';
import type { Config, FrameworkName, Logger, PartnerFinding, PlannerNote, RunResult } from '../model.js';
import { confirmSuspects, createExecutor, type Executor } from '../pipeline.js';
import type { PlanIdentity } from './manifest.js';

export interface MergedConfirmation {
  /** Merged discovery runs followed by the confirmation runs that were analysable. */
  readonly runs: readonly RunResult[];
  readonly notes: readonly PlannerNote[];
  readonly partners: readonly PartnerFinding[];
  /** False when nothing was rerun (project absent, preset unresolved, not runnable). */
  readonly ran: boolean;
}

export interface ConfirmMergedInput {
  readonly runs: readonly RunResult[];
  readonly identity: PlanIdentity;
  /** The aggregate's config: cwd (the checkout), out (the merged dir), timeout, fail-on. */
  readonly config: Config;
  /** The aggregate's own command template (its `command` input / --command), never the shards'. */
  readonly ownCommand: string | null;
  /** The aggregate's own `framework` setting, when given; else the shards' framework name. */
  readonly ownFramework: string | null;
  readonly budgetMs: number | null;
  readonly log: Logger;
}

/** Thrown by the guarded executor when the first rerun shows the project cannot run here. */
class NotRunnable extends Error {}

const FALLBACK = 'tiers rest on the merged discovery runs and are capped at likely';

export async function confirmMerged(input: ConfirmMergedInput): Promise<MergedConfirmation> {
  const { identity, log } = input;
  const skip = (why: string): MergedConfirmation => {
    log.warn(`no confirmation in the aggregate: ${why}`);
    return { runs: input.runs, notes: [{ kind: 'fallback', text: `no confirmation reruns in the aggregate: ${why}; ${FALLBACK}` }], partners: [], ran: false };
  };
  if (!existsSync(input.config.cwd)) return skip(`the project directory ${input.config.cwd} is not present in this job (check the project out before the aggregate step)`);
  const name = input.ownFramework !== null && input.ownFramework !== 'auto' ? input.ownFramework : identity.framework;
  if (!(FRAMEWORKS as readonly string[]).includes(name)) return skip(`the framework '${name}' is unknown to this flakegate`);
  const framework = name as FrameworkName;
  // An artifact names the shards' command only so it can be compared: a command is never taken from
  // one (a fork's shard could name anything), so `custom` needs the aggregate's own template.
  if (framework === 'custom' && input.ownCommand === null) {
    return skip(`the shards ran a custom command; flakegate never runs a command read from an artifact, so give the aggregate the same command (input command / --command) to confirm`);
  }
  const config: Config = { ...input.config, framework, command: input.ownCommand, confirm: true };
  let preset;
  try {
    preset = await resolvePreset(config, log);
  } catch (error) {
    if (error instanceof SetupError || error instanceof ConfigError) return skip(`the ${framework} preset does not resolve in ${config.cwd} (${error.message})`);
    throw error;
  }
  // Reruns must be the shards' command, or they would sample another experiment.
  if (preset.name !== identity.framework || preset.template !== identity.command) {
    return skip(`this job's command ('${preset.template}', ${preset.name}) differs from the shards' ('${identity.command}', ${identity.framework}); confirmation reruns only the command the shards ran`);
  }

  const inner = createExecutor(preset, config, { log }, input.runs.length);
  inner.results.push(...input.runs);
  const executor: Executor = {
    results: inner.results,
    notes: inner.notes,
    async execute(spec) {
      const result = await inner.execute(spec);
      const first = inner.results.length === input.runs.length + 1;
      if (first && result.record.parse === 'missing') throw new NotRunnable(`the first rerun (${result.record.id}) exited with code ${result.record.exitCode} and wrote no JUnit report (its output is in runs/${result.record.id}/output.log); is the project checked out and set up in this job?`);
      return result;
    },
  };
  const seq = nextSeq(input.runs);
  log.info(`confirming the merged suspects in ${config.cwd} (${preset.name}); run ids from ${seq}`);
  const lead: PlannerNote = { kind: 'confirm', text: `confirmation reruns in the aggregate job (${preset.name} in ${config.cwd}) against the ${input.runs.length} merged discovery runs; run ids continue at ${seq}` };
  try {
    const outcome = await confirmSuspects(preset, config, executor, input.budgetMs, seq);
    return { runs: [...inner.results], notes: [lead, ...outcome.notes], partners: outcome.partners, ran: true };
  } catch (error) {
    if (!(error instanceof NotRunnable)) throw error;
    // The failed rerun says nothing about the tests: keep its files, drop it from the index and analysis.
    await writeFile(join(config.out, 'runs', 'index.json'), JSON.stringify(input.runs.map((r) => r.record), null, 1));
    return skip(error.message);
  }
}

/** One past the highest sequence number among the merged ids (`d-008-w2` -> 9), so ids never collide. */
export function nextSeq(runs: readonly RunResult[]): number {
  let max = runs.length;
  for (const r of runs) {
    const seq = /^[a-z]+-(\d+)-/.exec(r.record.id)?.[1];
    if (seq !== undefined) max = Math.max(max, Number(seq));
  }
  return max + 1;
}
