// A preset run through the project's own command (`--framework pytest --command "sh run-tests.sh
// {args}"`, `make -s test`, `npm test -- {args}`) keeps subset reruns and partner search, on the
// real pytest and Jest fixture projects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report, RunRecord } from '../../src/model.js';
import { bundleProblem, copyFixture, runCli } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

interface Session {
  readonly status: number | null;
  readonly stderr: string;
  readonly report: Report;
}

function session(fixture: string, framework: string, command: string): Session {
  const dir = copyFixture(fixture);
  const out = join(dir, '.flakegate');
  const r = runCli(['run', '--framework', framework, '--command', command, '--workers', '1,4', '--iterations', '2', '--cwd', dir, '--out', out]);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  return { status: r.status, stderr: r.stderr, report };
}

const expected = (fixture: string): Record<string, string> =>
  (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', fixture, 'expected.json'), 'utf8')) as { tests: Record<string, string> }).tests;

function parallelOnly(report: Report): string[] {
  return report.tests.filter((t) => t.verdict === 'parallel-only').map((t) => `${t.file ?? ''}::${t.name}`).sort();
}

const subsetRuns = (report: Report): RunRecord[] => report.runs.filter((r) => r.subset !== undefined);

describe.each([
  ['a wrapper script with {args}', 'sh run-tests.sh {args}'],
  ['a make target without {args} (PYTEST_ADDOPTS)', 'make -s test'],
])('pytest through %s', (_, command) => {
  const s = session('pytest/basic', 'pytest', command);

  it('reruns subsets that hold only the asked-for tests', () => {
    expect(s.stderr).not.toMatch(/internal error|asked for \d+ tests? and the command ran/);
    const subsets = subsetRuns(s.report);
    expect(subsets.some((r) => r.phase === 'confirm-serial')).toBe(true);
    expect(subsets.some((r) => r.phase === 'confirm-parallel' || r.phase === 'confirm-partner')).toBe(true);
    // pytest reports exactly the node ids it was given.
    for (const run of subsets) expect(run.tests, run.id).toBe(run.subset?.length);
  });

  it('reaches the fixture verdicts, with partners, and keeps the command in the report', () => {
    const want = Object.entries(expected('pytest/basic')).filter(([, v]) => v === 'parallel-only').map(([k]) => k).sort();
    expect(parallelOnly(s.report)).toEqual(want);
    expect(s.report.tests.filter((t) => (t.partners ?? []).length > 0).length).toBeGreaterThan(0);
    expect(s.report.config.command).toBe(command);
    expect(s.status).toBe(1);
  });
});

describe('Jest through npm test -- {args}', () => {
  const s = session('jest/basic', 'jest', 'npm test -- {args}');

  it('reruns subsets and reaches the fixture verdicts', () => {
    expect(s.stderr).not.toMatch(/internal error|asked for \d+ tests? and the command ran/);
    expect(subsetRuns(s.report).some((r) => r.phase === 'confirm-serial')).toBe(true);
    const want = Object.entries(expected('jest/basic')).filter(([, v]) => v === 'parallel-only').length;
    expect(parallelOnly(s.report)).toHaveLength(want);
    expect(s.status).toBe(1);
  });
});

describe('commands that cannot be honoured safely', () => {
  it('refuses {args} inside a make variable (exit 2, nothing run)', () => {
    const dir = copyFixture('pytest/basic');
    const r = runCli(['run', '--framework', 'pytest', '--command', 'make test ARGS={args}', '--cwd', dir, '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\{args\} must be a word of its own/);
  });

  it('custom without {tests} says on its first line what it costs', () => {
    const dir = copyFixture('custom/simulated');
    const r = runCli(['run', '--command', 'node fake-suite.mjs {workers} {junit}', '--workers', '1,4', '--iterations', '1', '--no-confirm', '--cwd', dir, '--out', join(dir, 'out')]);
    const first = r.stderr.split('\n').find((line) => line.trim() !== '') ?? '';
    expect(first).toMatch(/framework: custom .*no subset reruns: every confirmation rerun runs the full suite/);
  });
});
