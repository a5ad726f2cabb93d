// The id the terminal prints for a test, pasted into .flakegate.yml as written, quarantines that test:
// the real pytest fixture through the bundled CLI, twice (no re-analysis shortcut).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, runCli } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

describe('terminal id -> .flakegate.yml -> quarantined', () => {
  const dir = copyFixture('pytest/basic');
  const args = ['run', '--framework', 'pytest', '--workers', '1,4', '--iterations', '2', '--no-confirm', '--fail-on-confidence', 'likely', '--cwd', dir, '--out', join(dir, 'out')];
  let first: ReturnType<typeof runCli>;
  let second: ReturnType<typeof runCli>;
  let printed: string[];
  let report: Report;

  beforeAll(() => {
    first = runCli(args, { cwd: dir });
    // The terminal table: `parallel-only  likely  0/2  2/2  ...  <test>`; the test is the last column.
    printed = first.stdout.split('\n').filter((line) => line.startsWith('parallel-only ')).map((line) => line.trim().split(/\s{2,}/).at(-1) ?? '');
    const entries = printed.map((id) => `  - test: "${id}"\n    reason: planted parallel-only bug\n    owner: "@fixture"\n`).join('');
    writeFileSync(join(dir, '.flakegate.yml'), `quarantine:\n${entries}`);
    second = runCli(args, { cwd: dir });
    report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as Report;
  }, 600_000);

  it('prints the parallel-only tests by their display ids (pytest node ids), as the gate reason does', () => {
    expect(first.status).toBe(1);
    expect(printed).toHaveLength(6);
    expect(printed).toContain('tests/test_user_db.py::test_registers_user_in_shared_sqlite_db');
    const gateLine = first.stdout.split('\n').find((l) => l.startsWith('gate: FAILED')) ?? '';
    expect(gateLine).toContain(printed[0]);
  });

  it('the pasted ids quarantine exactly those tests, so the gate passes', () => {
    expect(second.stderr).not.toMatch(/matches no test|quarantines none/);
    const quarantined = report.tests.filter((t) => t.quarantined !== undefined).map((t) => t.display).sort();
    expect(quarantined).toEqual([...printed].sort());
    expect(report.tests.filter((t) => t.verdict === 'parallel-only').every((t) => t.quarantined?.owner === '@fixture')).toBe(true);
    expect(second.stdout).toMatch(/parallel-only \(quarantined\)/);
    expect(second.status).toBe(0);
  });
});
