// `--base` with `--burn-in`: a pull request adds a test that binds the port an existing test
// holds. The burn-in's parallel subset runs (the changed test, the test sharing its port, a sample)
// expose the collision, and confirmation decides it under the same rule. A trimmed copy of the
// pytest fixture with test/fixtures/pytest/pr-collision (its planted bugs removed, its barrier
// kept: the two tests meet, so they overlap in every parallel run and the verdict is certain).
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, ROOT, runCli } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], { encoding: 'utf8' }).trim();

const PR = join(ROOT, 'test', 'fixtures', 'pytest', 'pr-collision');

describe('burn-in of a pull request that adds a colliding test', () => {
  const dir = copyFixture('pytest/basic');
  for (const planted of readFileSync(join(PR, 'PLANTED'), 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, 'tests', `${planted}.py`));
  copyFileSync(join(PR, 'test_status_api.py'), join(dir, 'tests', 'test_status_api.py'));
  git(dir, 'init', '--quiet');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  copyFileSync(join(PR, 'test_status_page.py'), join(dir, 'tests', 'test_status_page.py'));
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'add a status page test');
  const out = join(dir, 'out');
  const r = runCli(['run', '--framework', 'pytest', '--workers', '1,4', '--iterations', '1', '--base', base, '--burn-in', '2', '--cwd', dir, '--out', out]);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  const added = report.tests.find((t) => t.id.endsWith('test_status_page_listens'));
  const existing = report.tests.find((t) => t.id.endsWith('test_status_api_serves'));

  it('runs the changed test with the test sharing its port in parallel subset runs, where it fails', () => {
    expect(r.stderr).not.toMatch(/internal error|changed tests:/);
    const burnIn = report.runs.filter((run) => run.phase === 'burn-in');
    expect(burnIn).toHaveLength(2);
    for (const run of burnIn) {
      expect(run.workers).toBe(4);
      expect(run.subset).toEqual(expect.arrayContaining([added?.id, existing?.id]));
      expect(run.subset?.length).toBeLessThan(report.tests.length);
    }
    expect(report.planner.some((n) => n.text.startsWith('burn-in: 2 run(s) at 4 workers of 1 changed test(s)'))).toBe(true);
  });

  it('confirms the new test parallel-only under the rule, and fails the gate on it alone', () => {
    expect(added).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed' });
    expect(existing?.verdict).toBe('stable');
    expect(report.tests.filter((t) => t.verdict !== 'stable').map((t) => t.id)).toEqual([added?.id]);
    expect(r.status).toBe(1);
  });
});
