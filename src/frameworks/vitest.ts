/*
 * Vitest (built-in junit reporter).
 *
 * Workers: `--maxWorkers=N` runs test *files* in up to N workers: child processes with the
 * default `pool: 'forks'`, worker threads with `pool: 'threads'` (the project's choice is kept).
 * Tests in one file run one after another unless marked `.concurrent`. With isolation (default)
 * each file gets fresh modules; workers share the machine and what `globalSetup` started.
 * 1 worker: `--maxWorkers=1 --no-file-parallelism`, files one at a time in one worker; Vitest has
 * no in-process mode, so the serial run still uses one fork. `--no-cache`: Vitest orders files by
 * cached results (failed and slow first), which would make run order depend on earlier runs.
 * Crash: a dying fork ("[vitest-pool]: Worker forks emitted error", "Worker exited unexpectedly")
 * is an unhandled error failing the run; its file's unfinished tests are absent (-> lost).
 * Timing: flakegate's reporter adds each test's lane and start/end as annotations, which the
 * junit reporter writes as properties (src/assets/flakegate-vitest-reporter.cjs).
 */
import type { Config, Logger } from '../model.js';
import { locateAsset } from './asset-path.js';
import { displayCommand, displayTemplate } from './display.js';
import { requirePackages } from './js-preset-check.js';
import { detectJsRunner, type JsRunner } from './js-runner.js';
import { anchoredAlternation, joinedTitlesPattern } from './regex-escape.js';
import { warnAboutScriptArgs } from './script-args.js';
import { testIdParts, unique } from './test-id-parts.js';
import { CAPABILITIES } from './capabilities.js';
import { unpassableId } from './safe-args.js';
import { vitestRetries } from './retries.js';
import type { CommandContext, CommandSpec, ResolvedPreset } from './types.js';

/** How Vitest's junit reporter joins describe titles and the test title in `name`. */
export const VITEST_NAME_SEPARATOR = ' > ';

export async function resolveVitest(config: Config, log: Logger, reason: string, wrapped = false): Promise<ResolvedPreset> {
  const runner = detectJsRunner(config.cwd);
  requirePackages(runner, config.cwd, ['vitest'], 'framework vitest', log);
  // A wrapper command passes the script's own arguments deliberately.
  if (!wrapped) await warnAboutScriptArgs(config.cwd, 'vitest', ['run', '--run'], log);
  return { ...createVitestPreset(runner, reason, locateAsset(VITEST_REPORTER_FILE)), retries: await vitestRetries(config.cwd) };
}

/** flakegate's reporter (src/assets/): per-test worker lane and start/end, as junit properties. */
export const VITEST_REPORTER_FILE = 'flakegate-vitest-reporter.cjs';

/** `timingReporter`: absolute path of VITEST_REPORTER_FILE; without it, no per-test timing. */
export function createVitestPreset(runner: JsRunner, reason: string, timingReporter?: string): ResolvedPreset {
  const args = (workers: readonly string[], junit: string, selection: readonly string[]): string[] => [
    ...runner.prefix,
    'vitest',
    'run',
    '--reporter=default',
    // Before junit: it appends the timing as annotations, which the junit reporter writes.
    ...(timingReporter === undefined ? [] : [`--reporter=${timingReporter}`]),
    '--reporter=junit',
    `--outputFile.junit=${junit}`,
    '--no-cache',
    // Retries turn a parallel failure into a pass: off, whatever the config says (retries.ts).
    '--retry=0',
    ...workers,
    ...selection,
  ];
  return {
    name: 'vitest',
    ecosystem: 'javascript',
    template: displayTemplate(runner.file, args(['--maxWorkers={workers}'], '{junit}', [])),
    capabilities: CAPABILITIES.vitest,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx: CommandContext): CommandSpec {
      const argv = args(vitestWorkerFlags(ctx.workers), ctx.junitPath, vitestSelection(ctx.tests));
      return { file: runner.file, args: argv, env: {}, display: displayCommand(runner.file, argv) };
    },
    // After `vitest run`: a wrapper starts Vitest in run mode itself (`"test": "vitest run"`).
    runnerArguments: (ctx) => ({ args: args(vitestWorkerFlags(ctx.workers), ctx.junitPath, vitestSelection(ctx.tests)).slice(runner.prefix.length + 2), env: {} }),
  };
}

export function vitestWorkerFlags(workers: number): string[] {
  // Explicit file parallelism: a project config with fileParallelism: false would ignore maxWorkers.
  return workers <= 1 ? ['--maxWorkers=1', '--no-file-parallelism'] : [`--maxWorkers=${workers}`, '--fileParallelism'];
}

/**
 * `-t` matching exactly the tests' full names, and the files as filters. Vitest's junit report
 * has no `file`: its classname is the file path (relative to the root) and its name the describe
 * titles and test title joined by ` > `, while `-t` matches those titles joined by spaces. File
 * filters are substrings of paths, not regexes or globs, so they need no escaping (checked with
 * `we(i)rd [d]/b+c.test.js`). Vitest ignores filters after `--`, so a path starting with `-`
 * (which would read as a flag) drops the file filters: the name pattern alone still selects.
 */
export function vitestSelection(tests: readonly string[] | undefined): string[] {
  if (tests === undefined || tests.length === 0) return [];
  const parts = tests.map((id) => testIdParts(id));
  const args = [`--testNamePattern=${anchoredAlternation(parts.map(({ name }) => vitestNamePattern(name)))}`];
  const files = unique(parts.map(({ file, classname }) => (file !== '' ? file : classname)));
  if (files.every((file) => file !== '' && !file.startsWith('-'))) args.push(...files);
  return args;
}

/**
 * The name split at ` > ` matches either separator: Vitest 4 joins titles with spaces for `-t`,
 * Vitest 5 with ` > `, and a title may contain ` > ` itself.
 */
export function vitestNamePattern(name: string): string {
  return joinedTitlesPattern(name.split(VITEST_NAME_SEPARATOR), VITEST_NAME_SEPARATOR);
}
