// `flakegate run --framework pytest --workers 1,4 --iterations 5` on test/fixtures/pytest/order: a
// test that needs the state an earlier test leaves (it passes in every full serial run, fails alone
// and in every parallel run; README there). It must end parallel-only, not broken, with cause
// order-dependence, the test it needs as its partner, and the runs behind both named.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, ROOT, runCli, type CliResult } from '../support/cli.js';
import { findTest, readExpected, verdictsOf } from '../support/expected.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

describe('pytest fixture: a test that needs an earlier test', () => {
  const fixture = join(ROOT, 'test', 'fixtures', 'pytest', 'order');
  const expected = readExpected(fixture);
  const raw = JSON.parse(readFileSync(join(fixture, 'expected.json'), 'utf8')) as { partners: Record<string, string> };
  let result: CliResult;
  let report: Report;

  beforeAll(() => {
    const dir = copyFixture('pytest/order');
    result = runCli(['run', '--framework', 'pytest', '--workers', '1,4', '--iterations', '5', '--cwd', dir, '--out', join(dir, '.flakegate')], { cwd: dir, timeoutMs: 1_200_000 });
    const path = join(dir, '.flakegate', 'report.json');
    if (!existsSync(path)) throw new Error(`no report.json (exit ${result.status}); stderr ends:\n${result.stderr.slice(-3000)}`);
    report = JSON.parse(readFileSync(path, 'utf8')) as Report;
  }, 1_300_000);

  it('calls it parallel-only (confirmed), not broken, and the other tests stable', () => {
    expect(result.stderr).not.toMatch(/internal error/);
    expect(verdictsOf(report, expected)).toEqual(expected.tests);
    const [victim] = Object.keys(raw.partners);
    expect(findTest(report, victim ?? '?')[0]?.confidence).toBe('confirmed');
  });

  it('observed it serially both alone and in the suite order (full-suite serial runs)', () => {
    const serial = report.runs.filter((r) => r.workers === 1 && r.phase === 'confirm-serial');
    expect(serial.some((r) => r.subset !== undefined)).toBe(true);
    expect(serial.some((r) => r.subset === undefined)).toBe(true);
    expect(report.planner.some((n) => n.text.includes('serial reruns alone; its serial arm now runs the full suite serially'))).toBe(true);
  });

  it('names order-dependence with the evidence of both kinds of serial run, and the test it needs as partner', () => {
    for (const [key, cause] of Object.entries(expected.causes ?? {})) {
      const t = findTest(report, key)[0];
      expect(t?.causes[0]?.cause).toBe(cause);
      const text = t?.causes[0]?.evidence.map((e) => e.text).join('\n') ?? '';
      expect(text).toMatch(/passes in (\d+)\/\1 serial runs of the full suite \(its own order; runs? [a-z]-\d{3}-w1/);
      expect(text).toMatch(/fails in (\d+)\/\1 serial runs alone \(runs? s-\d{3}-w1/);
      const partner = findTest(report, raw.partners[key] ?? '?')[0];
      expect(t?.partners).toEqual([partner?.id]);
      expect(text).toContain(`right after ${partner?.id ?? '?'}`);
    }
  });

  it('keeps no cause on the stable tests', () => {
    for (const t of report.tests.filter((x) => x.verdict === 'stable')) expect(t.causes).toEqual([]);
  });
});
