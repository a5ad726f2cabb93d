import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { CommandContext, ExecutedRun, ResolvedPreset } from '../frameworks/types.js';
import type { Config, Logger, ProcessResult, RunSpec } from '../model.js';
import { childEnv } from './child-env.js';
import { executeCommand } from './execute.js';
import { withNodeProbe } from './node-options.js';
import { PROBE_DIR_ENV, probeDirectory } from './probe-env.js';

export interface ExecuteRunOptions {
  /** SIGTERM-to-SIGKILL grace (default 5 s); tests shorten it. */
  readonly graceMs?: number;
  /** Live output, e.g. for `--verbose`. */
  readonly onOutput?: (chunk: string) => void;
  /** Environment to clean for the child; default `process.env`. */
  readonly parentEnv?: NodeJS.ProcessEnv;
  /** Stops the run early, ending its whole process tree (see ExecuteOptions.signal). */
  readonly signal?: AbortSignal;
}

// Run ids come from makeRunId; anything else could climb out of <out>/runs/ through the rm below.
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** `<out>/runs/<id>/`: where one run's report and output are kept. */
export function runDirectory(out: string, id: string): string {
  if (!SAFE_ID.test(id)) throw new Error(`unsafe run id: ${JSON.stringify(id)}`);
  return join(resolve(out), 'runs', id);
}

/**
 * Executes one planned run and keeps its files under `<out>/runs/<id>/`: `junit.xml` (written by
 * the test command) and `output.log` (the tail of its output). Never throws for what the test
 * command does; throws only when the output directory itself cannot be created.
 *
 * The run directory is emptied first, not just the report: a report left by an earlier
 * flakegate invocation with the same `--out` must never be read as this run's, and a preset may
 * write files next to it. Ids are unique within an invocation, so nothing of this one is lost.
 */
export async function executeRun(
  spec: RunSpec,
  preset: ResolvedPreset,
  config: Config,
  log: Logger,
  opts: ExecuteRunOptions = {},
): Promise<ExecutedRun> {
  const runDir = runDirectory(config.out, spec.id);
  const junitPath = join(runDir, 'junit.xml');
  await rm(runDir, { recursive: true, force: true });
  await mkdir(runDir, { recursive: true });
  // Its own empty directory, kept with the run's report so `analyze` reads the records again.
  const probeDir = config.resourceProbe === false ? undefined : probeDirectory(runDir);
  if (probeDir !== undefined) await mkdir(probeDir, { recursive: true });

  const selection = passableSubset(spec, preset);
  if (selection.note !== undefined) log.warn(`run ${spec.id}: ${selection.note}`);
  // The record says what ran: a run widened to the full suite is a full-suite run.
  const ran: RunSpec = selection.tests === undefined ? withoutSubset(spec) : spec;
  const ctx: CommandContext = {
    workers: spec.workers,
    junitPath,
    ...(selection.tests === undefined ? {} : { tests: selection.tests }),
    ...(probeDir === undefined ? {} : { probeDir }),
  };
  const cmd = preset.buildCommand(ctx);
  log.debug(`run ${spec.id}: ${cmd.display}`);
  const result = withShellNotFound(await executeCommand(cmd, {
    cwd: config.cwd,
    timeoutMs: config.timeoutMs,
    env: withNodeProbe({ ...childEnv(opts.parentEnv ?? process.env), ...cmd.env, ...(probeDir === undefined ? {} : { [PROBE_DIR_ENV]: probeDir }) }, probeDir, preset.nodePreload, config.cwd),
    ...(opts.graceMs !== undefined ? { graceMs: opts.graceMs } : {}),
    ...(opts.onOutput !== undefined ? { onOutput: opts.onOutput } : {}),
    ...(opts.signal !== undefined ? { signal: opts.signal } : {}),
  }));

  try {
    // A test command that cleans up with `rm -rf` may have taken <out> with it.
    await mkdir(runDir, { recursive: true });
    await writeFile(join(runDir, 'output.log'), result.outputTail);
  } catch (error) {
    log.warn(`run ${spec.id}: could not keep its output in ${runDir}: ${String(error)}`);
  }
  log.info(describeRun(ran, result));
  return { spec: ran, process: result, reportPaths: [junitPath], ...(selection.note === undefined ? {} : { note: selection.note }), ...(probeDir === undefined ? {} : { probeDir }) };
}

/**
 * The tests a run may name on the runner's command line, or none (the full suite) with a note:
 * when the preset cannot run subsets, or cannot pass one of the ids safely (a test file named
 * `--junitxml=x.py` under a custom command). The full suite still includes every named test, so
 * nothing is lost; the run only costs more.
 */
export function passableSubset(spec: RunSpec, preset: ResolvedPreset): { readonly tests?: readonly string[]; readonly note?: string } {
  if (spec.tests === undefined) return {};
  if (!preset.capabilities.subsetReruns) return { note: `${preset.name} cannot run a subset of tests; running the full suite` };
  const refused = spec.tests.flatMap((id) => {
    const why = preset.cannotPass(id);
    return why === null ? [] : [`${JSON.stringify(id.length > 200 ? `${id.slice(0, 200)}…` : id)} (${why})`];
  });
  if (refused.length === 0) return { tests: spec.tests };
  const more = refused.length > 3 ? ` and ${refused.length - 3} more` : '';
  return { note: `not passing test ids to ${preset.name} that it could misread: ${refused.slice(0, 3).join('; ')}${more}; ran the full suite instead` };
}

function withoutSubset(spec: RunSpec): RunSpec {
  const { tests: _dropped, ...rest } = spec;
  return rest;
}

/**
 * A shell that cannot find a command exits 127 (POSIX) and says so in its last lines. Through
 * `sh -c` (custom templates, `npm test`) that is the same setup error as a preset binary that
 * is not installed, so it is reported the same way, as spawnError; the exit code is kept.
 * Matches dash (`sh: 1: jest: not found`), bash (`...: line 1: jest: command not found`), zsh.
 */
export function withShellNotFound(result: ProcessResult): ProcessResult {
  if (result.exitCode !== 127 || result.spawnError !== undefined) return result;
  const lastLines = result.outputTail.trimEnd().split('\n').slice(-5).reverse();
  for (const line of lastLines) {
    const text = line.trim();
    const name = (/(?:^|: )([^\s:][^:]*): (?:command )?not found$/.exec(text) ?? /command not found: (\S+)$/.exec(text))?.[1];
    if (name !== undefined) return { ...result, spawnError: `command not found: ${name}` };
  }
  return result;
}

/** One line per run, e.g. `run d-002-w4 (discovery, iteration 1, 4 workers): exit 1 after 12.3 s`. */
export function describeRun(spec: RunSpec, result: ProcessResult): string {
  const what = [
    spec.phase,
    `iteration ${spec.iteration}`,
    ...(spec.tests !== undefined ? [`${spec.tests.length} test${spec.tests.length === 1 ? '' : 's'}`] : []),
    `${spec.workers} worker${spec.workers === 1 ? '' : 's'}`,
  ].join(', ');
  const took = formatDuration(result.durationMs);
  let outcome: string;
  if (result.spawnError !== undefined) outcome = `could not start: ${result.spawnError}`;
  else if (result.timedOut) outcome = `timed out after ${took}, stopped${result.signal ? ` (${result.signal})` : ''}`;
  else if (result.signal !== null) outcome = `killed by ${result.signal} after ${took}`;
  else outcome = `exit ${result.exitCode ?? '?'} after ${took}`;
  return `run ${spec.id} (${what}): ${outcome}`;
}

function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
}
