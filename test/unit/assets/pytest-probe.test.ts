// flakegate's pytest plugin with its resource probe, run by real pytest (Debian's python3-pytest
// and python3-pytest-xdist) on a project written here: what it records, that the test sees
// exactly what it would see without it, and how it is loaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pythonProbeEnv } from '../../../src/frameworks/python-probe-env.js';
import { readProbeDir } from '../../../src/parse/probe-reader.js';
import { PROBE_DIR_ENV } from '../../../src/run/probe-env.js';

const PYTHON = '/usr/bin/python3';
const ASSETS = join(import.meta.dirname, '..', '..', '..', 'src', 'assets');
const hasPytest = spawnSync(PYTHON, ['-c', 'import pytest, xdist'], { encoding: 'utf8' }).status === 0;

const TESTS = `
import errno, os, shutil, socket, sqlite3

HERE = os.path.dirname(os.path.abspath(__file__))

def test_records_what_it_touches(monkeypatch):
    out = os.path.join(HERE, "out")
    os.makedirs(os.path.join(out, "sub"), exist_ok=True)
    with open(os.path.join(out, "report.csv"), "w") as f:
        f.write("x")
    assert open(os.path.join(out, "report.csv")).read() == "x"
    shutil.rmtree(os.path.join(out, "sub"))
    os.remove(os.path.join(out, "report.csv"))
    sqlite3.connect(os.path.join(out, "app.db")).close()
    sqlite3.connect(":memory:").close()
    os.environ["APP_SECRET"] = "hunter2"
    monkeypatch.chdir(out)
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    port = server.getsockname()[1]
    server.listen()
    client = socket.socket()
    assert client.connect_ex(("127.0.0.1", port)) == 0
    client.close()
    server.close()

def test_exceptions_reach_the_test_unchanged():
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    second = socket.socket()
    try:
        second.bind(("127.0.0.1", port))
    except OSError as exc:
        assert type(exc) is OSError and exc.errno == errno.EADDRINUSE
    else:
        raise AssertionError("bind should fail")
    finally:
        second.close()
        taken.close()
    # SO_REUSEADDR (http.server): both bind, the second listen is refused.
    first, second = socket.socket(), socket.socket()
    for s in (first, second):
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    first.bind(("127.0.0.1", 0))
    second.bind(("127.0.0.1", first.getsockname()[1]))
    first.listen()
    try:
        second.listen()
    except OSError as exc:
        assert type(exc) is OSError and exc.errno == errno.EADDRINUSE
    else:
        raise AssertionError("listen should fail")
    finally:
        first.close()
        second.close()
    try:
        os.remove(os.path.join(HERE, "missing"))
    except FileNotFoundError as exc:
        assert exc.filename.endswith("missing")
    try:
        open(os.path.join(HERE, "no-such-dir", "x"), "w")
    except FileNotFoundError:
        pass
    try:
        open(os.path.join(HERE, "export.json"))
    except FileNotFoundError:
        pass
    assert "import" in open(__file__).read()
    import json, pathlib
    assert pathlib.Path(json.__file__).read_text()
    assert shutil.rmtree.avoids_symlink_attacks in (True, False)
`;

function project(): { dir: string; probe: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fg-pyprobe-'));
  mkdirSync(join(dir, 'tests'));
  writeFileSync(join(dir, 'tests', 'test_probe.py'), TESTS);
  const probe = join(dir, 'probe');
  mkdirSync(probe);
  return { dir, probe };
}

function pytest(dir: string, args: readonly string[], env: Record<string, string>): { status: number | null; out: string } {
  const r = spawnSync(PYTHON, ['-m', 'pytest', '-p', 'no:cacheprovider', ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!hasPytest)('the pytest resource probe', () => {
  it('records each kind, attributed to the running test, and changes nothing the test sees', async () => {
    const { dir, probe } = project();
    const junit = join(dir, 'junit.xml');
    const r = pytest(dir, ['-p', 'flakegate_pytest', '-p', 'xdist', '-n', '2', `--junitxml=${junit}`, 'tests'], { PYTHONPATH: ASSETS, [PROBE_DIR_ENV]: probe });
    expect(r.out).toMatch(/2 passed/);
    const read = await readProbeDir(probe);
    expect(read?.rejected).toBe(0);
    const mine = (read?.records ?? []).filter((x) => x.test === 'tests/test_probe.py::test_records_what_it_touches');
    const out = join(dir, 'tests', 'out');
    const seen = mine.map((x) => `${x.kind} ${x.res.replace(dir, '<dir>')}${x.err ? ` ${x.err}` : ''}`);
    expect(seen).toEqual(expect.arrayContaining([
      'mkdir <dir>/tests/out/sub',
      'write <dir>/tests/out/report.csv',
      'remove <dir>/tests/out/sub',
      'remove <dir>/tests/out/report.csv',
      'sqlite <dir>/tests/out/app.db',
      'setenv APP_SECRET',
      'chdir <dir>/tests/out',
      'read <dir>/tests/out/report.csv',
    ]));
    // makedirs once (not its inner mkdirs), rmtree once (not its unlinks), no :memory:, no port 0, no value
    expect(seen.filter((s) => s.startsWith('mkdir'))).toHaveLength(1);
    expect(seen.some((s) => s.includes(':memory:') || s.includes(':0'))).toBe(false);
    expect(readFileSync(join(probe, readdirSync(probe)[0] ?? ''), 'utf8')).not.toContain('hunter2');
    expect(mine.some((x) => x.kind === 'connect')).toBe(true);
    expect(existsSync(out)).toBe(true);
    const failures = (read?.records ?? []).filter((x) => x.test === 'tests/test_probe.py::test_exceptions_reach_the_test_unchanged' && x.err !== undefined).map((x) => `${x.kind} ${x.err}`);
    expect(failures).toEqual(expect.arrayContaining(['listen EADDRINUSE', 'remove ENOENT', 'write ENOENT', 'read ENOENT']));
    // The refused bind and the refused listen (on another port): two records.
    expect(failures.filter((f) => f === 'listen EADDRINUSE')).toHaveLength(2);
    // Reads of code (the test file, the standard library) are not the test's resources.
    const reads = (read?.records ?? []).filter((x) => x.test === 'tests/test_probe.py::test_exceptions_reach_the_test_unchanged' && x.kind === 'read').map((x) => x.res.replace(dir, '<dir>'));
    expect(reads).toEqual(['<dir>/tests/export.json']);
    // One file per worker process, each record with the worker's label.
    expect(readdirSync(probe).every((n) => /^py-\d+\.jsonl$/.test(n))).toBe(true);
    expect(new Set(read?.records.map((x) => x.worker))).not.toContain('main');
    // The plugin's first job is unchanged: worker and timing properties in the JUnit.
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toMatch(/name="flakegate_worker" value="gw[01]"/);
    expect(xml).toMatch(/name="flakegate_start"/);
  }, 120_000);

  it('writes nothing without FLAKEGATE_PROBE_DIR', () => {
    const { dir, probe } = project();
    expect(pytest(dir, ['-p', 'flakegate_pytest', 'tests'], { PYTHONPATH: ASSETS }).out).toMatch(/2 passed/);
    expect(readdirSync(probe)).toEqual([]);
  }, 60_000);

  it('loads once through PYTEST_PLUGINS (a custom command) and once with -p as well', async () => {
    const { dir, probe } = project();
    const env: Record<string, string> = { ...pythonProbeEnv({}, ASSETS), [PROBE_DIR_ENV]: probe };
    expect(env['PYTEST_PLUGINS']).toBe('flakegate_pytest');
    const viaEnv = pytest(dir, ['tests'], env);
    expect(viaEnv.out).toMatch(/2 passed/);
    expect((await readProbeDir(probe))?.records.length).toBeGreaterThan(0);
    // Both ways at once: pytest registers a plugin name once (no "Plugin already registered").
    const both = pytest(dir, ['-p', 'flakegate_pytest', '--trace-config', 'tests'], env);
    expect(both.status).toBe(0);
    expect(both.out.match(/PLUGIN registered: <module 'flakegate_pytest'/g)?.length ?? 0).toBe(1);
  }, 120_000);
});

describe('pythonProbeEnv', () => {
  it('keeps the user\'s plugins and path, adding ours once', () => {
    expect(pythonProbeEnv({ PYTEST_PLUGINS: 'a, b', PYTHONPATH: `/src${':'}/lib` }, '/fg')).toEqual({ PYTEST_PLUGINS: 'a,b,flakegate_pytest', PYTHONPATH: '/fg:/src:/lib' });
    expect(pythonProbeEnv({ PYTEST_PLUGINS: 'flakegate_pytest', PYTHONPATH: '/fg' }, '/fg')).toEqual({ PYTEST_PLUGINS: 'flakegate_pytest', PYTHONPATH: '/fg' });
    expect(dirname(ASSETS)).toMatch(/src$/);
  });
});
