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
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config, Logger } from '../model.js';
import { displayCommand, displayTemplate } from './display.js';
import { SetupError } from './errors.js';
import { escapeGoRegExp, escapeRegExp } from './regex-escape.js';
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

/** The module path on go.mod's `module` line (quoted or not), or null. */
export function goModulePath(goMod: string): string | null {
  const m = /^[ \t]{0,20}module[ \t]{1,20}"?([^"\s]{1,500})"?/m.exec(goMod);
  return m?.[1] ?? null;
}

/** A package's directory relative to the module root ('' = the root), or null for another module's package. */
export function goPackageDir(modulePath: string, importPath: string): string | null {
  if (importPath === modulePath) return '';
  return importPath.startsWith(`${modulePath}/`) ? importPath.slice(modulePath.length + 1) : null;
}

/** The first of `files` that declares the test's top-level function (`func TestX(`), or null. */
export function goFileDeclaring(files: ReadonlyArray<{ readonly path: string; readonly text: string }>, testName: string): string | null {
  const top = testName.split('/')[0] ?? testName;
  const declaration = new RegExp(`^func[ \\t]{1,5}${escapeRegExp(top)}[ \\t]{0,5}\\(`, 'm');
  return files.find((f) => declaration.test(f.text))?.path ?? null;
}

/**
 * gotestsum's JUnit names no file (classname = package import path, name = `TestX` or
 * `TestX/sub`), and the explain stage reads a test's source by its file. For each test: the
 * `_test.go` file of its package's directory (the import path under the module at `cwd`) that
 * declares `func TestX(`. Keyed by test id; tests of other modules, or not found, are absent.
 */
export async function goTestFiles(
  cwd: string,
  tests: ReadonlyArray<{ readonly id: string; readonly classname: string; readonly name: string }>,
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const modulePath = goModulePath(await readFile(join(cwd, 'go.mod'), 'utf8').catch(() => ''));
  if (modulePath === null) return found;
  const packages = new Map<string, Promise<Array<{ path: string; text: string }>>>();
  for (const test of tests) {
    const dir = goPackageDir(modulePath, test.classname);
    if (dir === null || dir.split('/').includes('..')) continue;
    let files = packages.get(dir);
    if (files === undefined) {
      files = readTestFiles(cwd, dir);
      packages.set(dir, files);
    }
    const file = goFileDeclaring(await files, test.name);
    if (file !== null) found.set(test.id, file);
  }
  return found;
}

async function readTestFiles(cwd: string, dir: string): Promise<Array<{ path: string; text: string }>> {
  const names = await readdir(join(cwd, dir)).catch(() => [] as string[]);
  const files: Array<{ path: string; text: string }> = [];
  for (const name of names.filter((n) => n.endsWith('_test.go')).sort()) {
    const text = await readFile(join(cwd, dir, name), 'utf8').catch(() => '');
    if (text.length <= 1_000_000) files.push({ path: dir === '' ? name : `${dir}/${name}`, text });
  }
  return files;
}

function runs(file: string, args: readonly string[], cwd: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, timeout: 30_000, windowsHide: true }, (error) => resolve(error === null));
  });
}
