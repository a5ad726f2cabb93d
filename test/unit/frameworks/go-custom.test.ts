// Argv of the Go preset (Go is not installed here, so argv only) and the custom preset built on
// the real command-template module.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessRunner, resolveCustom } from '../../../src/frameworks/custom.js';
import { SetupError } from '../../../src/frameworks/errors.js';
import { createGoPreset, goSelection } from '../../../src/frameworks/go.js';
import type { Config } from '../../../src/model.js';
import { testId } from '../../../src/parse/test-id.js';

describe('go', () => {
  const preset = createGoPreset('test');

  it('bounds packages and t.Parallel tests by the worker count, never from the test cache', () => {
    const spec = preset.buildCommand({ workers: 4, junitPath: '/o/j.xml' });
    expect(spec.file).toBe('gotestsum');
    expect(spec.args).toEqual(['--junitfile=/o/j.xml', '--format=standard-quiet', '--', '-count=1', '-p=4', '-parallel=4', './...']);
    expect(preset.buildCommand({ workers: 1, junitPath: '/o/j.xml' }).args).toContain('-parallel=1');
    expect(preset.capabilities.workerEnvVar).toBeUndefined();
  });

  it('reruns top-level tests of their packages with an escaped, anchored -run', () => {
    const args = goSelection([
      testId({ classname: 'example.com/m/store', name: 'TestSave/with_cache' }),
      testId({ classname: 'example.com/m/store', name: 'TestLoad' }),
      testId({ classname: 'example.com/m/api', name: 'TestServe' }),
    ]);
    expect(args).toEqual(['-run=^(?:TestSave|TestLoad|TestServe)$', 'example.com/m/store', 'example.com/m/api']);
    expect(goSelection([testId({ classname: '', name: 'Test.x+' })])).toEqual(['-run=^(?:Test\\.x\\+)$', './...']);
  });
});

describe('custom', () => {
  const config = (command: string | null): Config => ({
    framework: 'custom', command, workers: [1, 4], iterations: 1, timeoutMs: 60_000, budgetMs: null,
    confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd: '/repo', out: join('/repo', '.flakegate'),
  });

  it('runs the template through command-template, with subset support when it has {tests}', () => {
    const preset = resolveCustom(config('cd api && pytest -n {workers} --junitxml={junit} {tests}'), 'configured');
    expect(preset).toMatchObject({ name: 'custom', ecosystem: 'python', capabilities: { subsetReruns: true, orderReplay: false, testSelection: 'test-ids', workerEnvVar: 'PYTEST_XDIST_WORKER' } });
    const spec = preset.buildCommand({ workers: 3, junitPath: '/o/j.xml', tests: ['a::b::$(id)'] });
    expect(spec.file).toBe('sh');
    expect(spec.args.at(-1)).toBe('a::b::$(id)');
    expect(spec.env).toEqual({ FLAKEGATE_JUNIT: '/o/j.xml' });
  });

  it('loads the pytest plugin and its probe through the environment only when the run has a probe directory', () => {
    const preset = resolveCustom(config('./run-tests.sh {workers} {junit}'), 'configured', { PYTHONPATH: '/repo/src', PYTEST_PLUGINS: 'myplugin' });
    const probed = preset.buildCommand({ workers: 4, junitPath: '/o/j.xml', probeDir: '/o/runs/d-001-w4/probe' });
    expect(probed.env['PYTEST_PLUGINS']).toBe('myplugin,flakegate_pytest');
    expect(probed.env['PYTHONPATH']).toMatch(/^\/.*assets:\/repo\/src$/);
    expect(preset.buildCommand({ workers: 4, junitPath: '/o/j.xml' }).env).toEqual({ FLAKEGATE_JUNIT: '/o/j.xml' });
  });

  it('has no subset without {tests}, and an unknown ecosystem for an unknown runner', () => {
    const preset = resolveCustom(config('./run-tests.sh {workers} {junit}'), 'configured');
    expect(preset.capabilities.subsetReruns).toBe(false);
    expect(preset.ecosystem).toBe('unknown');
    expect(preset.capabilities.workerEnvVar).toBeUndefined();
  });

  it('rejects a missing or invalid template with a SetupError', () => {
    expect(() => resolveCustom(config(null), 'x')).toThrow(SetupError);
    expect(() => resolveCustom(config('pytest -n {workers}'), 'x')).toThrow(/\{junit\}/);
  });

  it('guesses the ecosystem for fixes from the command', () => {
    expect(guessRunner('npx vitest run --maxWorkers={workers}')?.ecosystem).toBe('javascript');
    expect(guessRunner('./mvnw -T {workers} test')?.ecosystem).toBe('java');
    expect(guessRunner('go test -p {workers} ./... | go-junit-report > {junit}')?.ecosystem).toBe('go');
  });
});
