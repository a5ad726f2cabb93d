// The acceptance runs: `flakegate run --framework <name> --workers 1,4 --iterations 5` on real
// fixture projects with planted parallel-only bugs (deterministic barriers, see each fixture's
// README). Asserts every planted verdict, confirmation tiers, collision partners and causes.
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, ROOT, runCli, type CliResult } from './cli.js';
import { findTest, readExpected, verdictsOf } from './expected.js';

/** One file per framework under test/e2e/fixtures/, so two can run at once on two cores. */
export function describeFixture(framework: string): void {
  beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());
  describe(`${framework} fixture`, () => {
    const expected = readExpected(join(ROOT, 'test', 'fixtures', framework, 'basic'));
    let result: CliResult;
    let report: Report;
    let dir: string;

    beforeAll(() => {
      dir = copyFixture(`${framework}/basic`);
      // Generous: a loaded two-core machine can take many minutes; the runs are what is tested.
      result = runCli(['run', '--framework', framework, '--workers', '1,4', '--iterations', '5', '--cwd', dir, '--out', join(dir, '.flakegate')], { cwd: dir, timeoutMs: 1_800_000 });
      const path = join(dir, '.flakegate', 'report.json');
      if (!existsSync(path)) throw new Error(`no report.json (exit ${result.status}); stderr ends:\n${result.stderr.slice(-3000)}`);
      report = JSON.parse(readFileSync(path, 'utf8')) as Report;
    }, 1_900_000);

    it('fails the gate on the planted parallel-only tests', () => {
      expect(result.stderr).not.toMatch(/internal error/);
      expect(result.status).toBe(1);
      expect(report.gate.failed).toBe(true);
    });

    it('gives every planted test its verdict, and no stable test anything else', () => {
      expect(verdictsOf(report, expected)).toEqual(expected.tests);
      const planted = new Set(Object.keys(expected.tests).flatMap((k) => findTest(report, k).map((t) => t.id)));
      const unexpected = report.tests.filter((t) => !planted.has(t.id)).map((t) => `${t.id}: ${t.verdict}`);
      expect(unexpected).toEqual([]);
    });

    it('confirms every planted parallel-only test with confirmation reruns', () => {
      const parallelOnly = Object.entries(expected.tests).filter(([, v]) => v === 'parallel-only').map(([k]) => k);
      const tiers = Object.fromEntries(parallelOnly.map((k) => [k, findTest(report, k)[0]?.confidence]));
      expect(tiers).toEqual(Object.fromEntries(parallelOnly.map((k) => [k, 'confirmed'])));
      expect(report.runs.some((r) => r.phase === 'confirm-serial')).toBe(true);
      expect(report.runs.some((r) => r.phase === 'confirm-parallel')).toBe(true);
    });

    it('names the collision partner of each planted pair', () => {
      for (const [a, b] of expected.clusters ?? []) {
        if (a === undefined || b === undefined) continue;
        const ta = findTest(report, a)[0];
        const tb = findTest(report, b)[0];
        const named = (ta?.partners ?? []).includes(tb?.id ?? '?') || (tb?.partners ?? []).includes(ta?.id ?? '?');
        expect(named, `${a} <-> ${b}`).toBe(true);
      }
    });

    it('puts the planted cause first', () => {
      const top = Object.fromEntries(Object.keys(expected.causes ?? {}).map((k) => [k, findTest(report, k)[0]?.causes[0]?.cause]));
      expect(top).toEqual(expected.causes);
    });

    it('re-analyses the kept runs in the same project to the same ids, verdicts and causes', () => {
      const outcome = (r: Report): string[][] => r.tests.map((t) => [t.id, t.verdict, t.causes[0]?.cause ?? 'none']);
      // A bare runs/index.json (a run whose report.json was never written) records no directory.
      const bare = join(mkdtempSync(join(tmpdir(), 'fg-kept-')), 'kept');
      cpSync(join(dir, '.flakegate', 'runs'), join(bare, 'runs'), { recursive: true });
      const kept = join(dir, '.flakegate', 'report.json');
      const ways: Array<[string, string[], string]> = [
        ['report.json, in the project', [kept], dir],
        ['runs/index.json alone, in the project', [bare], dir],
        ['report.json, from elsewhere with --cwd', ['--cwd', dir, kept], ROOT],
      ];
      for (const [way, args, cwd] of ways) {
        const out = join(mkdtempSync(join(tmpdir(), 'fg-reanalysed-')), 'out');
        const again = runCli(['analyze', '--out', out, ...args], { cwd });
        expect(again.stderr, way).not.toMatch(/internal error|made in another directory/);
        expect(outcome(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report), way).toEqual(outcome(report));
      }
      // From elsewhere without --cwd the sources are not there to scan: said, not silent.
      const elsewhere = runCli(['analyze', '--out', join(mkdtempSync(join(tmpdir(), 'fg-reanalysed-')), 'out'), kept], { cwd: ROOT });
      expect(elsewhere.stderr).toMatch(/kept runs were made in another directory than .*pass --cwd/);
    });
  });
}
