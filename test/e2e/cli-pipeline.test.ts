// The whole pipeline through the bundled CLI on a stand-in runner with known behaviour: every
// verdict, the lost test of a crashed run, kept raw reports, exit status from the gate.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, runCli } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

describe('custom command, whole pipeline', () => {
  const dir = copyFixture('custom/simulated');
  const out = join(dir, 'out');
  const r = runCli(['run', '--command', 'node fake-suite.mjs {workers} {junit}', '--workers', '1,4', '--iterations', '4', '--no-confirm', '--fail-on-confidence', 'likely', '--cwd', dir, '--out', out]);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  const verdict = (name: string): string | undefined => report.tests.find((t) => t.name === name)?.verdict;

  it('fails the gate (exit 1) and prints the table', () => {
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/gate: FAILED/);
    expect(r.stdout).toMatch(/parallel-only .*test_parallel_only/);
  });

  it('classifies every test', () => {
    expect(verdict('test_parallel_only')).toBe('parallel-only');
    expect(verdict('test_broken')).toBe('broken');
    expect(verdict('test_flaky')).toBe('flaky');
    expect(verdict('test_stable')).toBe('stable');
    expect(verdict('test_lost')).toBe('lost');
    expect(report.summary).toEqual({ parallelOnly: 1, flaky: 1, broken: 1, stable: 1, lost: 1, skipped: 0 });
  });

  it('records runs, interleaved, with the crash as data', () => {
    expect(report.schema).toBe('flakegate/report@1');
    expect(report.runs).toHaveLength(8);
    expect(report.runs.slice(0, 2).map((x) => x.workers).sort()).toEqual([1, 4]);
    const crashed = report.runs.filter((x) => x.signal === 'SIGSEGV');
    expect(crashed.length).toBeGreaterThan(0);
    for (const run of report.runs) {
      expect(run.reportPaths).toHaveLength(1);
      expect(existsSync(join(out, run.reportPaths[0] ?? ''))).toBe(true);
    }
    const par = report.tests.find((t) => t.name === 'test_parallel_only');
    expect(par?.byWorkers['1']).toMatchObject({ runs: 4, failed: 0 });
    expect(par?.byWorkers['4']).toMatchObject({ runs: 4, failed: 4 });
    expect(par?.threshold).toBe(4);
    expect(report.gate).toMatchObject({ failed: true, failOn: 'parallel-only' });
  });

  it('writes report.md', () => {
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/test_parallel_only/);
  });

  it('re-analyses the kept raw reports to the same verdicts', () => {
    const again = runCli(['analyze', '--json', out]);
    expect(again.status).toBe(1);
    const re = JSON.parse(again.stdout) as Report;
    expect(re.tests.map((t) => [t.id, t.verdict])).toEqual(report.tests.map((t) => [t.id, t.verdict]));
  });

  it('passes with --fail-on never', () => {
    const again = runCli(['analyze', '--fail-on', 'never', '--json', out]);
    expect(again.status).toBe(0);
  });
});

describe('a {junit} directory of reports (Surefire/Gradle style)', () => {
  it('reads every *.xml in it as the run report', () => {
    const dir = copyFixture('custom/simulated');
    const script = [
      'mkdir -p "$FLAKEGATE_JUNIT"',
      'printf \'<testsuite><testcase classname="A" name="a1"/></testsuite>\' > "$FLAKEGATE_JUNIT/TEST-A.xml"',
      'if [ {workers} -gt 1 ]; then f=\'<failure message="EADDRINUSE"/>\'; else f=""; fi',
      'printf \'<testsuite><testcase classname="B" name="b1">%s</testcase></testsuite>\' "$f" > "$FLAKEGATE_JUNIT/TEST-B.xml"',
    ].join('; ');
    const out = join(dir, 'out');
    const r = runCli(['run', '--command', `${script} # {junit}`, '--workers', '1,2', '--iterations', '3', '--no-confirm', '--cwd', dir, '--out', out]);
    expect(r.stderr).not.toMatch(/internal error/);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    expect(report.runs[0]?.reportPaths.map((p) => p.split('/').pop())).toEqual(['TEST-A.xml', 'TEST-B.xml']);
    expect(report.tests.map((t) => [t.name, t.verdict])).toEqual([['b1', 'parallel-only'], ['a1', 'stable']]);
  });
});
