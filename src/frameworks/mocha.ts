/*
 * Mocha (built-in xunit reporter, so no extra package: mocha-junit-reporter 2.2.1 crashes on
 * Mocha 12 with "Class constructor Base cannot be invoked without 'new'").
 *
 * Workers: `--parallel --jobs=N` runs test *files* in up to N child *processes*; the reporter runs
 * in the main process (checked: the xunit reporter works in parallel mode). Tests in a file run
 * one after another. Root hooks run per worker; `--file`, `--sort` and `.only` across files do
 * not work in parallel mode.
 * 1 worker: no `--parallel`, Mocha's plain in-process serial run.
 * Worker env var: MOCHA_WORKER_ID (0, 1, ...; set by Mocha's worker pool, absent in serial mode).
 * Crash: a worker that dies fails the run ("Worker exited unexpectedly"); its file's tests are
 * absent (-> lost); the xunit report is still written for the files that finished.
 */
import type { Config, Logger } from '../model.js';
import { displayCommand, displayTemplate } from './display.js';
import { requirePackages } from './js-preset-check.js';
import { detectJsRunner, type JsRunner } from './js-runner.js';
import { isMochaHookName } from './pseudo-tests.js';
import { anchoredAlternation, escapeTestName } from './regex-escape.js';
import { warnAboutScriptArgs } from './script-args.js';
import { testIdParts, unique } from './test-id-parts.js';
import { CAPABILITIES } from './capabilities.js';
import { unpassableId } from './safe-args.js';
import { mochaRetries } from './retries.js';
import type { CommandContext, CommandSpec, ResolvedPreset } from './types.js';

export async function resolveMocha(config: Config, log: Logger, reason: string, wrapped = false): Promise<ResolvedPreset> {
  const runner = detectJsRunner(config.cwd);
  requirePackages(runner, config.cwd, ['mocha'], 'framework mocha', log);
  // A wrapper command passes the script's own arguments deliberately.
  if (!wrapped) await warnAboutScriptArgs(config.cwd, 'mocha', [], log);
  return { ...createMochaPreset(runner, reason), retries: await mochaRetries(config.cwd) };
}

export function createMochaPreset(runner: JsRunner, reason: string): ResolvedPreset {
  const args = (workers: readonly string[], junit: string, selection: readonly string[]): string[] => [
    ...runner.prefix,
    'mocha',
    ...workers,
    // Retries turn a parallel failure into a pass: off, whatever .mocharc says (retries.ts).
    '--retries=0',
    '--reporter=xunit',
    `--reporter-option=output=${junit}`,
    `--reporter-option=suiteName=${MOCHA_SUITE_NAME}`,
    ...selection,
  ];
  return {
    name: 'mocha',
    ecosystem: 'javascript',
    template: displayTemplate(runner.file, args(['--parallel', '--jobs={workers}'], '{junit}', [])),
    capabilities: CAPABILITIES.mocha,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx: CommandContext): CommandSpec {
      const argv = args(mochaWorkerFlags(ctx.workers), ctx.junitPath, mochaSelection(ctx.tests));
      return { file: runner.file, args: argv, env: {}, display: displayCommand(runner.file, argv) };
    },
    runnerArguments: (ctx) => ({ args: args(mochaWorkerFlags(ctx.workers), ctx.junitPath, mochaSelection(ctx.tests)).slice(runner.prefix.length + 1), env: {} }),
  };
}

export function mochaWorkerFlags(workers: number): string[] {
  return workers <= 1 ? [] : ['--parallel', `--jobs=${workers}`];
}

/**
 * The xunit report's one `<testsuite>` name. Top-level tests have an empty classname, which the
 * parse stage fills with this suite name; fixed here so a rerun can recognise it.
 */
export const MOCHA_SUITE_NAME = 'Mocha Tests';

// Mocha expands spec arguments as globs; such a file cannot be passed literally.
const GLOB_CHARS = /[*?[\]{}!()]/;

/**
 * `--grep` matching exactly the tests' full titles, and their files when they can be passed
 * literally. The xunit reporter writes classname = the parent suites' full title and name = the
 * test title, and Mocha greps `fullTitle()`: the two joined by a space.
 */
export function mochaSelection(tests: readonly string[] | undefined): string[] {
  if (tests === undefined || tests.length === 0) return [];
  const parts = tests.map((id) => testIdParts(id));
  const args = [`--grep=${anchoredAlternation(parts.flatMap(({ classname, name }) => mochaTitlePatterns(classname, name)))}`];
  const files = unique(parts.map(({ file }) => file));
  if (files.every((file) => file !== '' && !file.startsWith('-') && !GLOB_CHARS.test(file))) args.push(...files);
  return args;
}

/**
 * Full-title patterns: a classname equal to the suite name may be a top-level test, or a describe
 * so named. A hook (`"before all" hook`, src/frameworks/pseudo-tests.ts) runs only with its
 * suite's tests, so it selects them all (a top-level hook: every test of its file).
 */
export function mochaTitlePatterns(classname: string, name: string): string[] {
  if (isMochaHookName(name)) return classname === MOCHA_SUITE_NAME || classname === '' ? ['.+'] : [`${escapeTestName(classname)} .+`];
  const full = escapeTestName(classname === '' ? name : `${classname} ${name}`);
  return classname === MOCHA_SUITE_NAME ? [escapeTestName(name), full] : [full];
}
