/*
 * Jest + jest-junit.
 *
 * Workers: `--maxWorkers=N` runs test *files* in up to N child processes (jest-worker); the tests
 * of one file always run one after another in one worker. Each file gets a fresh module registry
 * and environment, so nothing in memory is shared; what workers share is the machine (files,
 * ports, databases, env) and whatever `globalSetup` started once in the parent.
 * 1 worker: `--runInBand`, every file in the main process: the plain serial run. Jest also runs
 * in band on its own when there is one test file, or when its cache says the suite is fast; so
 * every run gets `--no-cache` (verified: without it a 2-file suite ran in band on the second run).
 * Crash: a worker that dies ("Jest worker encountered 4 child process exceptions, exceeding retry
 * limit", "Call retries were exceeded") fails its file, as does a file that cannot load: with
 * JEST_JUNIT_REPORT_TEST_SUITE_ERRORS jest-junit writes the file as an errored testcase
 * (classname "Test suite failed to run", name = the file path; jest-junit 17 writes it twice),
 * and the file's own tests are absent (-> lost).
 * Timing: flakegate's reporter + jest-junit's testcase-properties hook add each test's lane and
 * start/end (JestTimingAssets; docs/decisions.md): which tests overlapped on different workers.
 */
import { basename, dirname } from 'node:path';
import type { Config, Logger } from '../model.js';
import { locateAsset } from './asset-path.js';
import { displayCommand, displayTemplate } from './display.js';
import { requirePackages } from './js-preset-check.js';
import { detectJsRunner, type JsRunner } from './js-runner.js';
import { anchoredAlternation, joinedTitlesPattern } from './regex-escape.js';
import { warnAboutScriptArgs } from './script-args.js';
import { pathArgument, unpassableId } from './safe-args.js';
import { testIdParts, unique } from './test-id-parts.js';
import { CAPABILITIES } from './capabilities.js';
import { jestRetries } from './retries.js';
import type { CommandContext, CommandSpec, ResolvedPreset } from './types.js';

/** Joins describe titles in the classname: Jest's own separator in its console output. */
export const JEST_ANCESTOR_SEPARATOR = ' › ';

/** Checks that jest and jest-junit are installed, and returns the preset. */
export async function resolveJest(config: Config, log: Logger, reason: string, wrapped = false): Promise<ResolvedPreset> {
  const runner = detectJsRunner(config.cwd);
  // jest-junit is not optional: flakegate reads results as JUnit XML, and Jest writes none itself.
  const why = 'framework jest runs Jest with the jest-junit reporter: flakegate reads JUnit XML';
  requirePackages(runner, config.cwd, ['jest', 'jest-junit'], why, log);
  // A wrapper command passes the script's own arguments deliberately.
  if (!wrapped) await warnAboutScriptArgs(config.cwd, 'jest', [], log);
  const preset = createJestPreset(runner, reason, { reporter: locateAsset(JEST_REPORTER_FILE), properties: locateAsset(JEST_PROPERTIES_FILE) });
  return { ...preset, retries: await jestRetries(config.cwd) };
}

export const JEST_REPORTER_FILE = 'flakegate-jest-reporter.cjs';
export const JEST_PROPERTIES_FILE = 'flakegate-jest-properties.cjs';

/**
 * flakegate's helpers for per-test worker lane and start/end (src/assets/): a reporter that
 * records them and jest-junit's testcase-properties hook that writes them as the
 * `flakegate_worker/start/end` properties the parse stage reads (as for pytest). Absolute paths.
 */
export interface JestTimingAssets {
  readonly reporter: string;
  readonly properties: string;
}

export function createJestPreset(runner: JsRunner, reason: string, timing?: JestTimingAssets): ResolvedPreset {
  const fixedArgs = (workers: string): string[] => [
    ...runner.prefix,
    'jest',
    '--ci',
    '--no-cache',
    workers,
    // `default` keeps the familiar console output in the run's output tail. `--reporters` takes
    // every following bare word as another reporter, so only flags may come next (file paths
    // follow the boolean `--runTestsByPath`).
    '--reporters=default',
    // Before jest-junit: Jest runs reporters' onRunComplete in order, and jest-junit reads what
    // ours recorded while it writes the report.
    ...(timing ? [`--reporters=${timing.reporter}`] : []),
    '--reporters=jest-junit',
  ];
  const junitEnv = (junit: string): Record<string, string> => ({
    JEST_JUNIT_OUTPUT_FILE: junit,
    JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
    JEST_JUNIT_REPORT_TEST_SUITE_ERRORS: 'true',
    // classname = the describe chain, name = the test's own title: together Jest's full name.
    JEST_JUNIT_CLASSNAME: '{classname}',
    // A top-level test has an empty classname, which the parse stage fills from the suite name:
    // make that the file path, so "classname == file" reads back as "no describe".
    JEST_JUNIT_SUITE_NAME: '{filepath}',
    JEST_JUNIT_TITLE: '{title}',
    JEST_JUNIT_ANCESTOR_SEPARATOR: JEST_ANCESTOR_SEPARATOR,
    // A user's setting would write the report somewhere else: one fixed file per run.
    JEST_JUNIT_UNIQUE_OUTPUT_NAME: 'false',
    // jest-junit joins directory and file, so an absolute file alone would not do.
    ...(timing
      ? { JEST_JUNIT_TEST_CASE_PROPERTIES_DIR: dirname(timing.properties), JEST_JUNIT_TEST_CASE_PROPERTIES_JSON_FILE: basename(timing.properties) }
      : {}),
  });
  return {
    name: 'jest',
    ecosystem: 'javascript',
    template: displayTemplate(runner.file, fixedArgs('--maxWorkers={workers}'), junitEnv('{junit}')),
    capabilities: CAPABILITIES.jest,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx: CommandContext): CommandSpec {
      const args = [...fixedArgs(jestWorkerFlag(ctx.workers)), ...jestSelection(ctx.tests)];
      const env = junitEnv(ctx.junitPath);
      return { file: runner.file, args, env, display: displayCommand(runner.file, args, env) };
    },
    runnerArguments: (ctx) => ({ args: [...fixedArgs(jestWorkerFlag(ctx.workers)).slice(runner.prefix.length + 1), ...jestSelection(ctx.tests)], env: junitEnv(ctx.junitPath) }),
  };
}

export function jestWorkerFlag(workers: number): string {
  return workers <= 1 ? '--runInBand' : `--maxWorkers=${workers}`;
}

/**
 * `--testNamePattern` matching exactly the tests' full names, and the files by exact path.
 *
 * Jest matches the pattern (case-insensitively) against the full name, the describe titles and
 * the test title joined by spaces, so every title is regex-escaped and the whole is anchored.
 * `--runTestsByPath` makes the file arguments literal paths, not the regexes plain positional
 * arguments are (a file named `a+b (1).test.js` would not match itself). Names and files are
 * combined as a cross product: a same-named test in another selected file reruns too, which only
 * adds data. Tests outside the pattern appear in the report as skipped.
 */
export function jestSelection(tests: readonly string[] | undefined): string[] {
  if (tests === undefined || tests.length === 0) return [];
  const parts = tests.map((id) => testIdParts(id));
  const args = [`--testNamePattern=${anchoredAlternation(parts.map((part) => jestNamePattern(part)))}`];
  const files = unique(parts.map(({ file }) => file));
  // Without every file known, filtering by path could drop a selected test: filter by name only.
  // `./` in front: a file named `--config=x.test.js` is a path, never an option.
  if (files.every((file) => file !== '')) args.push('--runTestsByPath', ...files.map(pathArgument));
  return args;
}

/**
 * A regex for Jest's full name of a test from our classname (describe chain, or the file path
 * for a top-level test, see JEST_JUNIT_SUITE_NAME) and name (title). The chain is split at the
 * separator, but a describe title may contain ` › ` itself, so each split point matches either
 * the space Jest joins with or the separator.
 */
export function jestNamePattern(parts: { readonly file: string; readonly classname: string; readonly name: string }): string {
  const { file, classname, name } = parts;
  const topLevel = classname === '' || (file !== '' && classname.replace(/\\/g, '/') === file);
  const titles = topLevel ? [name] : [...classname.split(JEST_ANCESTOR_SEPARATOR), name];
  return joinedTitlesPattern(titles, JEST_ANCESTOR_SEPARATOR);
}
