// The same project through its preset and through its own wrapper script as a custom command
// (`sh run-tests.sh -n {workers} --junitxml={junit}`: plain pytest-xdist, xunit2 without `file`,
// no flakegate plugin): each planted test gets the same file, the project the same ecosystem and
// framework, and the planted tests the same top cause.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, runCli } from '../support/cli.js';
import { readExpected } from '../support/expected.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

function session(args: readonly string[]): Report {
  const dir = copyFixture('pytest/basic');
  const out = join(dir, '.flakegate');
  const r = runCli(['run', ...args, '--workers', '1,4', '--iterations', '2', '--no-confirm', '--cwd', dir, '--out', out], { cwd: dir, timeoutMs: 900_000 });
  expect(r.stderr).not.toMatch(/internal error/);
  return JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
}

/** Planted test name -> what the report says about it: the ids differ (xunit2 has no file), the rest must not. */
function explanations(report: Report, names: readonly string[]): Record<string, { file: string | undefined; verdict: string; cause: string | undefined }> {
  return Object.fromEntries(
    names.map((name) => {
      const t = report.tests.find((x) => x.name === name);
      return [name, { file: t?.source?.file, verdict: t?.verdict ?? 'missing', cause: t?.causes[0]?.cause }];
    }),
  );
}

describe('pytest fixture: preset and wrapper script as a custom command', () => {
  const expected = readExpected(join(import.meta.dirname, '..', 'fixtures', 'pytest', 'basic'));
  const planted = Object.keys(expected.causes ?? {}).map((k) => k.slice(k.indexOf('::') + 2));
  let preset: Report;
  let custom: Report;

  beforeAll(() => {
    preset = session(['--framework', 'pytest']);
    custom = session(['--framework', 'custom', '--command', 'sh run-tests.sh -n {workers} --junitxml={junit} -o junit_family=xunit2']);
  }, 1_900_000);

  it('finds the same project: ecosystem python, framework pytest (the custom command is only a shell script)', () => {
    expect(custom.config.framework).toBe('custom');
    expect(custom.project).toMatchObject({ ecosystem: 'python', framework: 'pytest' });
    expect(preset.project).toMatchObject({ ecosystem: 'python', framework: 'pytest' });
  });

  it('gives each planted test the same file, verdict and top cause', () => {
    const fromPreset = explanations(preset, planted);
    expect(explanations(custom, planted)).toEqual(fromPreset);
    for (const name of planted) expect(fromPreset[name]?.file, name).toMatch(/^tests\/test_\w+\.py$/);
    // How the file was found differs: the preset's xunit1 names it, plain xunit2 only in the classname.
    const viaOf = (r: Report): string[] => [...new Set(r.tests.filter((t) => planted.includes(t.name)).map((t) => t.source?.via ?? 'none'))];
    expect(viaOf(preset)).toEqual(['report-file']);
    expect(viaOf(custom)).toEqual(['python-module']);
  });

  it('gives the planted causes, with pytest fixes, both ways', () => {
    const causes = Object.fromEntries(planted.map((name) => [name, expected.causes?.[Object.keys(expected.causes).find((k) => k.endsWith(`::${name}`)) ?? ''] ?? '']));
    expect(Object.fromEntries(planted.map((name) => [name, custom.tests.find((t) => t.name === name)?.causes[0]?.cause]))).toEqual(causes);
    const fix = custom.tests.find((t) => t.causes[0]?.cause === 'shared-file-path')?.causes[0]?.fix.summary ?? '';
    expect(fix).toMatch(/tmp_path/);
  });
});
