/*
 * Go (`go test`, JUnit via gotestsum).
 *
 * Workers: two knobs, both set to N. `-p N` runs up to N package test binaries at once (separate
 * *processes*: what they share is the machine -- a database, ports, files in the repo), and
 * `-parallel N` lets up to N tests that call `t.Parallel()` run at once inside one binary
 * (goroutines: package-level variables, env via t.Setenv, the cwd are shared). Tests without
 * t.Parallel() stay sequential within their package whatever N is.
 * 1 worker: `-p 1 -parallel 1`, one package at a time, one test at a time.
 * `-count=1` on every run: otherwise go test replays cached results and nothing is rerun.
 * No worker env var: Go does not name goroutines or package binaries.
 * Crash: a panic or `fatal error: concurrent map writes` kills the package's binary: the running
 * test fails with the panic, the package's remaining tests never report (-> lost), and gotestsum
 * still writes the JUnit file for the other packages.
 */
import { execFile } from 'node:child_process';
import type { Config, Logger } from '../model.js';
import { displayCommand, displayTemplate } from './display.js';
import { SetupError } from './errors.js';
import { escapeGoRegExp } from './regex-escape.js';
import { testIdParts, unique } from './test-id-parts.js';
import { CAPABILITIES } from './capabilities.js';
import { unpassableId } from './safe-args.js';
import type { CommandContext, CommandSpec, ResolvedPreset } from './types.js';

export async function resolveGo(config: Config, log: Logger, reason: string): Promise<ResolvedPreset> {
  if (!(await runs('gotestsum', ['--version'], config.cwd))) {
    throw new SetupError(
      'gotestsum is not installed (framework go reads results as JUnit XML, which `go test` does not write)',
      'go install gotest.tools/gotestsum@latest (and make sure $(go env GOPATH)/bin is on PATH)',
    );
  }
  log.debug('go: using gotestsum for JUnit output');
  return createGoPreset(reason);
}

export function createGoPreset(reason: string): ResolvedPreset {
  const args = (workers: string, junit: string, goArgs: readonly string[]): string[] => [
    `--junitfile=${junit}`,
    '--format=standard-quiet',
    '--',
    '-count=1',
    `-p=${workers}`,
    `-parallel=${workers}`,
    ...goArgs,
  ];
  return {
    name: 'go',
    ecosystem: 'go',
    template: displayTemplate('gotestsum', args('{workers}', '{junit}', ['./...'])),
    capabilities: CAPABILITIES.go,
    reason,
    cannotPass: unpassableId,
    buildCommand(ctx: CommandContext): CommandSpec {
      const argv = args(String(ctx.workers), ctx.junitPath, goSelection(ctx.tests));
      return { file: 'gotestsum', args: argv, env: {}, display: displayCommand('gotestsum', argv) };
    },
    runnerArguments: (ctx) => ({ args: args(String(ctx.workers), ctx.junitPath, goSelection(ctx.tests)), env: {} }),
  };
}

/**
 * `-run '^(?:TestA|TestB)$'` and the packages holding them. gotestsum's classname is the package
 * import path and the name `TestA` or `TestA/subcase`: a subtest reruns through its top-level
 * test (subtests often share its setup). One `go test` takes one -run for all its packages, so a
 * name selected in one package also runs a same-named test in another selected package.
 */
export function goSelection(tests: readonly string[] | undefined): string[] {
  if (tests === undefined || tests.length === 0) return ['./...'];
  const parts = tests.map((id) => testIdParts(id));
  const names = unique(parts.map(({ name }) => name.split('/')[0] ?? name));
  const packages = unique(parts.map(({ classname }) => classname));
  const run = `-run=^(?:${names.map(escapeGoRegExp).join('|')})$`;
  // Without every package known as a plain import path, run the name filter over the whole module:
  // a classname is text from the report, and `-exec=...`, `std` or `./...` must never reach go test.
  return packages.every(isImportPath) ? [run, ...packages] : [run, './...'];
}

/** A plain import path (`example.com/m/pkg`): no flag, pattern, meta-package or relative path. */
export function isImportPath(pkg: string): boolean {
  if (!/^[A-Za-z0-9_~+][A-Za-z0-9_.~+/-]{0,499}$/.test(pkg) || pkg.includes('...')) return false;
  if (pkg === 'std' || pkg === 'all' || pkg === 'cmd' || pkg.startsWith('cmd/')) return false;
  return pkg.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

function runs(file: string, args: readonly string[], cwd: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, timeout: 30_000, windowsHide: true }, (error) => resolve(error === null));
  });
}
