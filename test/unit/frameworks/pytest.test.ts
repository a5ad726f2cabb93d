// The pytest preset: argv for N workers, plugin blocks, and real runs of the built command on
// fixtures/pytest-ids (a subset with hostile names, at 2 workers, read back by the parse stage).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPytestPreset, resolvePytest } from '../../../src/frameworks/pytest.js';
import { decidePytestBlocks } from '../../../src/frameworks/pytest-options.js';
import type { ResolvedPreset } from '../../../src/frameworks/types.js';
import type { Config } from '../../../src/model.js';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { testId } from '../../../src/parse/test-id.js';
import { recordingLogger, runSpec, tempProject } from './temp-project.js';

const project = join(import.meta.dirname, 'fixtures', 'pytest-ids');

const preset = createPytestPreset({ python: '/usr/bin/python3', pluginDir: '/opt/flakegate/assets', reason: 'test' });

describe('createPytestPreset', () => {
  it('runs the plain in-process session for 1 worker (-n 0) and xdist workers otherwise', () => {
    const serial = preset.buildCommand({ workers: 1, junitPath: '/out/runs/d-001-w1/junit.xml' });
    expect(serial.file).toBe('/usr/bin/python3');
    expect(serial.args).toEqual([
      '-m', 'pytest', '-p', 'xdist', '-n', '0', '--junitxml=/out/runs/d-001-w1/junit.xml', '-o', 'junit_family=xunit1',
      '-p', 'flakegate_pytest', '-p', 'no:cacheprovider', '-p', 'no:randomly',
    ]);
    const parallel = preset.buildCommand({ workers: 4, junitPath: '/out/j.xml' });
    expect(parallel.args.slice(4, 6)).toEqual(['-n', '4']);
  });

  it('puts the plugin first on PYTHONPATH and keeps the user\'s entries', () => {
    expect(preset.buildCommand({ workers: 2, junitPath: '/j.xml' }).env).toEqual({ PYTHONPATH: '/opt/flakegate/assets' });
    const withUser = createPytestPreset({ python: 'py', pluginDir: '/a', pythonPath: '/src:/lib', reason: 'x' });
    expect(withUser.buildCommand({ workers: 2, junitPath: '/j.xml' }).env['PYTHONPATH']).toBe('/a:/src:/lib');
  });

  it('keeps a JUnit path with spaces and quotes as one argument', () => {
    const spec = preset.buildCommand({ workers: 2, junitPath: `/tmp/my "out" dir/it's.xml` });
    expect(spec.args).toContain(`--junitxml=/tmp/my "out" dir/it's.xml`);
    expect(spec.display).toContain(`'--junitxml=/tmp/my "out" dir/it'\\''s.xml'`);
  });

  it('passes node ids as arguments, never through a shell', () => {
    const tests = [
      testId({ file: 'tests/test_x.py', classname: 'tests.test_x', name: 'test_param[$(touch pwned); `id`]' }),
      testId({ file: 'tests/test_x.py', classname: 'tests.test_x.TestOuter', name: 'test_m' }),
    ];
    const spec = preset.buildCommand({ workers: 2, junitPath: '/j.xml', tests });
    expect(spec.args.slice(-2)).toEqual(['./tests/test_x.py::test_param[$(touch pwned); `id`]', './tests/test_x.py::TestOuter::test_m']);
  });

  it('passes a node id whose file looks like an option or an @file as a path (./ in front)', () => {
    const tests = [
      testId({ file: '--junitxml=evil_test.py', classname: '--junitxml=evil_test', name: 'test_x' }),
      testId({ file: '@args_test.py', classname: '@args_test', name: 'test_y' }),
      testId({ file: '/abs/tests/test_z.py', classname: 'tests.test_z', name: 'test_z' }),
    ];
    const spec = preset.buildCommand({ workers: 2, junitPath: '/j.xml', tests });
    expect(spec.args.slice(-3)).toEqual(['./--junitxml=evil_test.py::test_x', './@args_test.py::test_y', '/abs/tests/test_z.py::test_z']);
    expect(spec.args.filter((a) => a.startsWith('--junitxml'))).toEqual(['--junitxml=/j.xml']);
    expect(preset.cannotPass('tests/x.py::test_a')).toBeNull();
    expect(preset.cannotPass('tests/x.py::t::n\u0000')).toMatch(/NUL/);
  });

  it('describes itself with placeholders', () => {
    expect(preset.template).toContain('-n {workers} --junitxml={junit}');
    expect(preset.capabilities.workerEnvVar).toBe('PYTEST_XDIST_WORKER');
    expect(preset.capabilities.subsetReruns).toBe(true);
  });
});

describe('decidePytestBlocks', () => {
  it('blocks the cache and randomly plugins by default', () => {
    expect(decidePytestBlocks(['[pytest]\naddopts = -q\n'])).toMatchObject({ cacheprovider: true, randomly: true, notes: [] });
  });

  it('keeps a plugin whose options the project uses (pytest would reject them otherwise)', () => {
    const lf = decidePytestBlocks(['[tool.pytest.ini_options]\naddopts = "--ff -q"\n']);
    expect(lf.cacheprovider).toBe(false);
    expect(lf.notes[0]).toContain('cacheprovider');
    expect(decidePytestBlocks(['', '--sw']).cacheprovider).toBe(false);
    expect(decidePytestBlocks(['[pytest]\naddopts = -p randomly --randomly-seed=1\n']).randomly).toBe(false);
    // Substrings of other options are not the cache's.
    expect(decidePytestBlocks(['[pytest]\naddopts = --self-contained-html\n']).cacheprovider).toBe(true);
  });
});

describe('pytest, for real', () => {
  const config = (cwd: string): Config => ({
    framework: 'pytest', command: null, workers: [1, 2], iterations: 1, timeoutMs: 60_000, budgetMs: null,
    confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd, out: join(cwd, '.flakegate'),
  });

  // Resolved once: each resolution probes every candidate interpreter.
  const log = recordingLogger();
  let real: ResolvedPreset;
  beforeAll(async () => {
    real = await resolvePytest(config(project), log, 'test');
  });

  it('reruns a hostile-named subset at 2 workers and records the worker of each test', async () => {
    expect(log.lines.some((line) => line.startsWith('info: pytest: ') && line.includes('pytest-xdist'))).toBe(true);
    const wanted = [
      testId({ file: 'tests/test_x.py', classname: 'tests.test_x', name: 'test_param[x::y]' }),
      testId({ file: 'tests/test_x.py', classname: 'tests.test_x', name: `test_param[q'"$(id)]` }),
      testId({ file: 'tests/test_x.py', classname: 'tests.test_x', name: 'test_param[[]' }),
      testId({ file: 'tests/test_x.py', classname: 'tests.test_x.TestOuter.TestInner', name: 'test_n' }),
    ];
    const junitPath = join(tempProject(), 'run dir', 'junit.xml');
    const spec = real.buildCommand({ workers: 2, junitPath, tests: wanted });
    const finished = await runSpec(spec, project, { PYTHONDONTWRITEBYTECODE: '1' });
    expect(finished.code, finished.output).toBe(0);
    const report = await parseJunitFile(junitPath);
    expect(report.tests.map((test) => test.id).sort()).toEqual([...wanted].sort());
    expect(report.tests.every((test) => test.outcome === 'passed' && /^gw[01]$/.test(test.worker ?? ''))).toBe(true);
    expect(existsSync(join(project, '.pytest_cache'))).toBe(false);
  });

  it('runs the whole suite in-process for 1 worker', async () => {
    const junitPath = join(tempProject(), 'junit.xml');
    const finished = await runSpec(real.buildCommand({ workers: 1, junitPath }), project, { PYTHONDONTWRITEBYTECODE: '1' });
    expect(finished.code).toBe(1); // tests/sub/test_y.py fails on purpose
    const report = await parseJunitFile(junitPath);
    expect(report.tests).toHaveLength(9);
    expect(new Set(report.tests.map((test) => test.worker))).toEqual(new Set(['main']));
    expect(report.tests.find((test) => test.name === 'test_fail')?.outcome).toBe('failed');
  });

  it('warns when $FLAKEGATE_PYTHON cannot run pytest -n and another Python can', async () => {
    const warned = recordingLogger();
    await resolvePytest(config(project), warned, 'test', { ...process.env, FLAKEGATE_PYTHON: '/nonexistent/python' });
    expect(warned.lines.some((line) => line.startsWith('warn: FLAKEGATE_PYTHON=/nonexistent/python'))).toBe(true);
  });
});
