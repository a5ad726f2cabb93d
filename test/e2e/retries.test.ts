// Retries configured in a suite are turned off for flakegate's runs where the framework allows it,
// and reported either way: real pytest (pytest-rerunfailures), Jest, Vitest and Mocha on fixture
// projects whose retried tests fail on the first attempt in a process and pass on a retry.
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report, TestAnalysis } from '../../src/model.js';
import { validate } from '../../src/schema/validator.js';
import { bundleProblem, copyFixture, ROOT, runCli } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

function run(framework: string): { report: Report; stdout: string; stderr: string } {
  const dir = copyFixture(`${framework}/retries`);
  const modules = join(ROOT, 'test', 'fixtures', framework, 'basic', 'node_modules');
  if (existsSync(modules)) symlinkSync(modules, join(dir, 'node_modules'));
  const r = runCli(['run', '--framework', framework, '--workers', '1,2', '--iterations', '1', '--no-confirm', '--cwd', dir, '--out', join(dir, 'out')], { cwd: dir });
  const path = join(dir, 'out', 'report.json');
  if (!existsSync(path)) throw new Error(`${framework}: no report.json (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  const report: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const checked = validate('report', report);
  if (!checked.ok) throw new Error(`${framework}: report.json does not match schema/report@1.json: ${checked.problem}`);
  return { report: report as Report, stdout: r.stdout, stderr: r.stderr };
}

const byName = (report: Report, name: string): TestAnalysis | undefined => report.tests.find((t) => t.name.endsWith(name));
const failedEverywhere = (t: TestAnalysis | undefined): boolean => t !== undefined && Object.values(t.byWorkers).every((w) => w.runs > 0 && w.failed === w.runs);

describe.each([
  ['pytest', ['reruns', 'flaky marker'], ['test_passes_only_on_a_rerun', 'test_marked_flaky_passes_only_on_a_rerun']],
  ['vitest', ['retry'], ['passes only on a retry']],
  ['mocha', ['retries'], ['passes only on a retry']],
])('%s: retries in the project are off for the runs', (framework, settings, retried) => {
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    result = run(framework);
  }, 300_000);

  it('report.json names each setting as disabled, and the planner says so', () => {
    const disabled = (result.report.retries ?? []).filter((r) => r.disabled).map((r) => r.setting);
    expect([...new Set(disabled)].sort()).toEqual([...settings].sort());
    expect(result.report.planner.some((n) => /^retries: .* off for flakegate's runs/.test(n.text))).toBe(true);
  });

  it('a test that only passes on a retry fails in every run', () => {
    for (const name of retried) {
      const t = byName(result.report, name);
      expect(failedEverywhere(t), `${name}: ${JSON.stringify(t?.byWorkers)}`).toBe(true);
      expect(t?.verdict).toBe('broken');
    }
  });
});

describe.each([
  ['jest', 'jest.retryTimes', 'passes only on a retry'],
  ['vitest', 'retry (test option)', 'retries by its own option'],
  ['mocha', 'this.retries', 'retries by the suite setting'],
])('%s: a retry the command line cannot override is reported', (framework, setting, name) => {
  let result: ReturnType<typeof run>;
  beforeAll(() => {
    result = run(framework);
  }, 300_000);

  it('as still on, with a warning in the report and the log', () => {
    const still = (result.report.retries ?? []).filter((r) => !r.disabled);
    expect(still.map((r) => r.setting)).toEqual([setting]);
    expect(result.report.warnings.some((w) => w.includes(setting) && w.includes('FLAKEGATE'))).toBe(true);
    expect(result.stderr).toContain(`retries: ${setting}`);
    // The retry still hides the failure: which is what the warning says.
    expect(byName(result.report, name)?.verdict).toBe('stable');
  });
});
