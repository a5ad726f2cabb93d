// Retry settings per framework: found in the project's configuration and code, overridden for
// flakegate's runs where the framework has a switch for it, reported where it has none. A retry
// that passes hides exactly the parallel failure flakegate counts.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RetrySetting } from '../model.js';
import { readProjectFiles, type ProjectFile } from './project-files.js';

const JS_SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const JS_TEST = /\.(?:test|spec)\.(?:[cm]?[jt]s|[jt]sx)$/;
const GUARD = 'guard it for flakegate\'s runs, which set FLAKEGATE=1 (e.g. `if (!process.env.FLAKEGATE) ...`)';

/** Each file whose text matches `pattern`, as one setting. */
function found(files: readonly ProjectFile[], pattern: RegExp, setting: Omit<RetrySetting, 'where'>): RetrySetting[] {
  return files.filter((f) => pattern.test(f.text)).map((f) => ({ where: f.path, ...setting }));
}

async function readNamed(cwd: string, names: readonly string[]): Promise<ProjectFile[]> {
  const texts = await Promise.all(names.map((name) => readFile(join(cwd, name), 'utf8').then((text) => ({ path: name, text }), () => null)));
  return texts.filter((f): f is ProjectFile => f !== null);
}

/** The note the pytest plugin's override gets (src/assets/flakegate_pytest.py). */
const PYTEST_OFF = "off for flakegate's runs: its pytest plugin sets --reruns to 0 and removes flaky markers";

/** pytest-rerunfailures: `--reruns` in addopts or PYTEST_ADDOPTS, the `reruns` ini option, `flaky` markers. */
export async function pytestRetries(cwd: string, configFiles: readonly string[], env: NodeJS.ProcessEnv): Promise<RetrySetting[]> {
  const configs = await readNamed(cwd, configFiles);
  const settings = [
    ...found(configs, /--reruns\b|^\s*reruns\s*=/m, { setting: 'reruns', disabled: true, how: PYTEST_OFF }),
    ...(/--reruns\b/.test(env['PYTEST_ADDOPTS'] ?? '') ? [{ where: 'PYTEST_ADDOPTS', setting: '--reruns', disabled: true, how: PYTEST_OFF }] : []),
  ];
  const code = await readProjectFiles(cwd, (name) => name.endsWith('.py'));
  return [...settings, ...found(code, /\bmark\.flaky\s*\(/, { setting: 'flaky marker', disabled: true, how: PYTEST_OFF })];
}

/** Jest: `jest.retryTimes(n)` in setup or test files; Jest has no switch that overrides it. */
export async function jestRetries(cwd: string): Promise<RetrySetting[]> {
  const code = await readProjectFiles(cwd, (name) => JS_SOURCE.test(name));
  return found(code, /\bretryTimes\s*\(/, {
    setting: 'jest.retryTimes',
    disabled: false,
    how: `still on: Jest has no command-line switch that overrides jest.retryTimes, so a test that passes on a retry counts as passed; ${GUARD}`,
  });
}

const VITEST_CONFIGS = ['vitest.config', 'vite.config', 'vitest.workspace'].flatMap((base) => ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((ext) => `${base}.${ext}`));

/** Vitest: the `retry` option in its config (overridden by `--retry=0`) or on a test or suite (not overridden). */
export async function vitestRetries(cwd: string): Promise<RetrySetting[]> {
  const configs = await readNamed(cwd, VITEST_CONFIGS);
  const tests = await readProjectFiles(cwd, (name) => JS_TEST.test(name));
  return [
    ...found(configs, /\bretry\s*:/, { setting: 'retry', disabled: true, how: "off for flakegate's runs: --retry=0 on the command line" }),
    ...found(tests, /\bretry\s*:\s*[1-9]/, {
      setting: 'retry (test option)',
      disabled: false,
      how: `still on: a test's or suite's own retry option wins over --retry=0; ${GUARD}`,
    }),
  ];
}

const MOCHA_CONFIGS = ['.mocharc.js', '.mocharc.cjs', '.mocharc.mjs', '.mocharc.json', '.mocharc.jsonc', '.mocharc.yaml', '.mocharc.yml'];

/** Mocha: `retries` in .mocharc or package.json (overridden by `--retries=0`), `this.retries(n)` in code (not overridden). */
export async function mochaRetries(cwd: string): Promise<RetrySetting[]> {
  const configs = await readNamed(cwd, MOCHA_CONFIGS);
  const manifest = (await readNamed(cwd, ['package.json'])).filter((f) => /"mocha"\s*:\s*\{[^}]*"retries"/s.test(f.text));
  const code = await readProjectFiles(cwd, (name) => JS_SOURCE.test(name));
  const off = { setting: 'retries', disabled: true, how: "off for flakegate's runs: --retries=0 on the command line" };
  return [
    ...found(configs, /\bretries\b/, off),
    ...manifest.map((f) => ({ where: f.path, ...off })),
    ...found(code, /\bthis\.retries\s*\(\s*[1-9]/, {
      setting: 'this.retries',
      disabled: false,
      how: `still on: this.retries(n) in a suite or test wins over --retries=0; ${GUARD}`,
    }),
  ];
}

/** One line for the log and the planner note. */
export function describeRetry(r: RetrySetting): string {
  return `retries: ${r.setting} in ${r.where} is ${r.how}`;
}
