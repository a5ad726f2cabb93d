import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coRunnerCandidates, testsInChangedFiles } from '../../../src/changes/changed-tests.js';
import { changedFiles, isSafeRef } from '../../../src/run/changed-files.js';

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@localhost', ...args], { encoding: 'utf8' }).trim();

describe('changedFiles (git diff, argv only)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fg-changes-'));
  git(dir, 'init', '--quiet');
  writeFileSync(join(dir, 'a_test.py'), 'def test_a():\n    pass\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(join(dir, 'b_test.py'), 'def test_b():\n    pass\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'pr');

  it('names the files changed since the base', async () => {
    expect(await changedFiles(dir, base)).toEqual({ ok: true, base, files: ['b_test.py'], truncated: false });
  });

  it('never hands git an option or a range, and says when the base is missing', async () => {
    for (const bad of ['--output=/tmp/x', '-p', 'a..b', 'a b', '']) {
      expect(isSafeRef(bad), bad).toBe(false);
      expect(await changedFiles(dir, bad)).toMatchObject({ ok: false });
    }
    const missing = await changedFiles(dir, '0123456789abcdef0123456789abcdef01234567');
    expect(missing).toMatchObject({ ok: false, problem: expect.stringMatching(/fetch-depth: 0/) as unknown });
  });
});

describe('testsInChangedFiles / coRunnerCandidates', () => {
  const sources = new Map([
    ['tests/test_new.py', "import socket\n\ndef test_new_server():\n    s = socket.socket()\n    s.bind(('', 25000))\n"],
    ['tests/test_old.py', "import socket\n\ndef test_old_server():\n    s = socket.socket()\n    s.bind(('127.0.0.1', 25000))\n\ndef test_math():\n    assert 1 + 1 == 2\n"],
    ['tests/test_helper_port.py', "def test_spawned(kernel):\n    start_echo_server(25000)\n"],
    ['tests/test_other.py', "def test_port_250000():\n    x = 250000\n"],
  ]);
  const tests = [
    { id: 'tests/test_new.py::test_new_server', file: './tests/test_new.py', name: 'test_new_server' },
    { id: 'tests/test_old.py::test_old_server', file: 'tests/test_old.py', name: 'test_old_server' },
    { id: 'tests/test_old.py::test_math', file: 'tests/test_old.py', name: 'test_math' },
    { id: 'tests/test_helper_port.py::test_spawned', file: 'tests/test_helper_port.py', name: 'test_spawned' },
    { id: 'tests/test_other.py::test_port_250000', file: 'tests/test_other.py', name: 'test_port_250000' },
  ];

  it('maps changed files to their tests', () => {
    expect(testsInChangedFiles(tests, ['tests/test_new.py', 'README.md'])).toEqual(['tests/test_new.py::test_new_server']);
  });

  it('ranks tests whose own code uses the resource first, then tests whose file names it, never a longer number', () => {
    const found = coRunnerCandidates(['tests/test_new.py::test_new_server'], tests.map((t) => ({ ...t, file: t.file.replace(/^\.\//, '') })), sources, 'python');
    expect(found[0]).toEqual({ id: 'tests/test_old.py::test_old_server', shared: ['port:25000'] });
    expect(found.map((f) => f.id)).toContain('tests/test_helper_port.py::test_spawned');
    expect(found.map((f) => f.id)).not.toContain('tests/test_other.py::test_port_250000');
  });
});
