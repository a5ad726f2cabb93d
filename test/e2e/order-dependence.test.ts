// `flakegate run --framework <f> --workers 1,4 --iterations 5` on test/fixtures/{pytest,mocha}/order:
// a test that needs the state an earlier test leaves (it passes in every full serial run, fails
// alone and in every parallel run; README there). It must end parallel-only, not broken, with cause
// order-dependence and the runs behind it named; with pytest (order replay) the test it needs is
// its partner, with Mocha (which orders its files itself) a planner note says why none is named.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, ROOT, runCli, type CliResult } from '../support/cli.js';
import { findTest, readExpected, verdictsOf } from '../support/expected.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

describe.each(['pytest', 'mocha'])('%s fixture: a test that needs an earlier test', (framework) => {
  const fixture = join(ROOT, 'test', 'fixtures', framework, 'order');
  const expected = readExpected(fixture);
  const partners = (JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as { partners?: Record<string, string> }).partners ?? {};
  const [victimKey, cause] = Object.entries(expected.causes ?? {})[0] ?? ['?', '?'];
  let result: CliResult;
  let report: Report;
  let dir: string;

  beforeAll(() => {
    dir = copyFixture(`${framework}/order`);
    result = runCli(['run', '--framework', framework, '--workers', '1,4', '--iterations', '5', '--cwd', dir, '--out', join(dir, '.flakegate')], { cwd: dir, timeoutMs: 1_200_000 });
    const path = join(dir, '.flakegate', 'report.json');
    if (!existsSync(path)) throw new Error(`no report.json (exit ${result.status}); stderr ends:\n${result.stderr.slice(-3000)}`);
    report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  }, 1_300_000);

  it('calls it parallel-only (confirmed), not broken, and the other tests stable', () => {
    expect(result.stderr).not.toMatch(/internal error/);
    expect(verdictsOf(report, expected)).toEqual(expected.tests);
    expect(findTest(report, victimKey)[0]?.confidence).toBe('confirmed');
  });

  it('observed it serially both alone and in the suite order (full-suite serial runs)', () => {
    const serial = report.runs.filter((r) => r.workers === 1 && r.phase === 'confirm-serial');
    expect(serial.some((r) => r.subset !== undefined)).toBe(true);
    expect(serial.some((r) => r.subset === undefined)).toBe(true);
    expect(report.planner.some((n) => n.text.includes('serial reruns alone; its serial arm now runs the full suite serially'))).toBe(true);
  });

  it('names order-dependence with the evidence of both kinds of serial run', () => {
    const t = findTest(report, victimKey)[0];
    expect(t?.causes[0]?.cause).toBe(cause);
    const text = t?.causes[0]?.evidence.map((e) => e.text).join('\n') ?? '';
    expect(text).toMatch(/passes in (\d+)\/\1 serial runs of the full suite \(its own order; runs? [a-z]-\d{3}-w1/);
    expect(text).toMatch(/fails in (\d+)\/\1 serial runs alone \(runs? s-\d{3}-w1/);
  });

  it('names the test it needs as its partner where the runner keeps the order given, and says why not elsewhere', () => {
    const t = findTest(report, victimKey)[0];
    const needed = partners[victimKey];
    const out = result.stdout + result.stderr;
    if (needed === undefined) {
      expect(t?.partners).toBeUndefined();
      expect(report.planner.some((n) => n.text.includes('the runner chooses its own order'))).toBe(true);
      return;
    }
    const partner = findTest(report, needed)[0];
    expect(t?.partners).toEqual([partner?.id]);
    expect(t?.partnersRunBefore).toBe(true);
    expect(t?.causes[0]?.evidence.map((e) => e.text).join('\n')).toContain(`right after ${partner?.id ?? '?'}`);
    // Said as what it needs, in the terminal and report.md, never as a collision.
    expect(out).toMatch(/tests that need an earlier test[^\n]*:\n\s+\S+test_renders_title_with_slug_plugin\s+needs\s+\S+test_loads_default_plugins\s+to run before it/);
    expect(out).not.toMatch(/collision partners/);
    expect(readFileSync(join(dir, '.flakegate', 'report.md'), 'utf8')).toMatch(/\*\*Needs to run after\*\*[^\n]*test_loads_default_plugins/);
  });

  it('keeps no cause on the stable tests', () => {
    for (const t of report.tests.filter((x) => x.verdict === 'stable')) expect(t.causes).toEqual([]);
  });
});
