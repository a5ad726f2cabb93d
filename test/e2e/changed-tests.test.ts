// `--base`: a pull request that adds one test binding a port an existing test binds gets that
// test and its co-runner candidates listed, on a git copy of the real pytest fixture.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, copyFixture, runCli } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], { encoding: 'utf8' }).trim();

describe('changed tests of a pull request', () => {
  const dir = copyFixture('pytest/basic');
  git(dir, 'init', '--quiet');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'tests', 'test_pr_status.py'), 'import socket\n\n\ndef test_status_page_listens():\n    s = socket.socket()\n    s.bind(("127.0.0.1", 18765))\n    s.close()\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'add a status page test');
  const out = join(dir, 'out');
  const r = runCli(['run', '--framework', 'pytest', '--workers', '1,2', '--iterations', '1', '--no-confirm', '--base', base, '--cwd', dir, '--out', out]);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;

  it('names the changed test and the tests sharing its port', () => {
    expect(r.stderr).not.toMatch(/internal error|changed tests:/);
    const note = report.planner.find((n) => n.text.startsWith('pull request against'))?.text ?? '';
    expect(note).toMatch(/1 changed file hold 1 test \(tests\/test_pr_status\.py::[^)]*test_status_page_listens\)/);
    expect(note).toMatch(/test_api_server_listens_on_fixed_port: port:18765/);
  });

  it('refuses a base that could be read as an option (exit 2)', () => {
    const bad = runCli(['run', '--framework', 'pytest', '--base=--output=/tmp/x', '--cwd', dir, '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--base: '--output=\/tmp\/x' is not a commit or ref name/);
  });
});
