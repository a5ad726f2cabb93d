// The npm package as users get it: `npm pack`, installed into an empty project with no registry
// (the package has no dependencies: dist/ is bundled), then `npx flakegate --version` and a run on
// the pytest fixture from that project.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleProblem, copyFixture, ROOT } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

describe('npm pack -> install into an empty project -> npx flakegate', () => {
  const work = mkdtempSync(join(tmpdir(), 'fg-pack-'));
  const project = join(work, 'project');
  let tarball: string;
  let files: string[];

  beforeAll(() => {
    const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
    tarball = join(work, packed[0]?.filename ?? '');
    files = (packed[0]?.files ?? []).map((f) => f.path);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
    // --offline: any dependency the package still declared would fail the install here.
    npm(['install', '--offline', '--no-package-lock', tarball], project);
  }, 300_000);

  it('packs the bundle, its assets, action.yml, the schema, LICENSE and CHANGELOG.md, and no sources', () => {
    for (const f of ['dist/cli.js', 'dist/index.js', 'dist/assets/flakegate_pytest.py', 'action.yml', 'schema/report@1.json', 'LICENSE', 'CHANGELOG.md', 'README.md', 'package.json']) expect(files, f).toContain(f);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'flakegate', 'package.json'), 'utf8')) as { dependencies?: object };
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  it('npx flakegate --version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = spawnSync('npx', ['--offline', 'flakegate', '--version'], { cwd: project, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(version);
  });

  it('npx flakegate run finds the planted parallel-only tests of the pytest fixture', () => {
    const fixture = copyFixture('pytest/basic');
    const out = join(project, 'flakegate-out');
    const r = spawnSync('npx', ['--offline', 'flakegate', 'run', '--framework', 'pytest', '--workers', '1,4', '--iterations', '2', '--no-confirm', '--fail-on-confidence', 'likely', '--cwd', fixture, '--out', out], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 600_000,
    });
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(1);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { summary: { parallelOnly: number } };
    expect(report.summary.parallelOnly).toBe(6);
  });
});
