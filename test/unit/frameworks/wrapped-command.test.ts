import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CAPABILITIES } from '../../../src/frameworks/capabilities.js';
import { createJestPreset } from '../../../src/frameworks/jest.js';
import { createPytestPreset, pytestSelection } from '../../../src/frameworks/pytest.js';
import { parseWrappedTemplate, shlexQuote, wrapPreset, type WrappedTemplate } from '../../../src/frameworks/wrapped-command.js';

const ok = (source: string, framework = 'jest'): WrappedTemplate => {
  const r = parseWrappedTemplate(source, framework, CAPABILITIES[framework as 'jest'].argumentsEnvVar);
  if (!r.ok) throw new Error(r.problem);
  return r.template;
};
const problem = (source: string, framework = 'jest'): string => {
  const r = parseWrappedTemplate(source, framework, CAPABILITIES[framework as 'jest'].argumentsEnvVar);
  return r.ok ? '' : r.problem;
};
const hostile = ['tests/a.py::test_x[$(touch /tmp/pwned)]', "it's `id`; rm -rf ~", '-n 99', 'a b\tc'];

describe('parseWrappedTemplate', () => {
  it('splits quoted words once and finds {args}', () => {
    expect(ok(`./run "my tests.sh" 'a b' {args} --tail`)).toMatchObject({ words: ['./run', 'my tests.sh', 'a b', '{args}', '--tail'], argsAt: 3 });
    expect(ok('make -s test', 'pytest').argsAt).toBeNull();
  });

  it('refuses what would need a shell, {args} inside a word, and custom placeholders', () => {
    expect(problem('npm test -- {args} && echo done')).toMatch(/shell syntax '&&'/);
    expect(problem('run $HOME {args}')).toMatch(/uses \$HOME/);
    expect(problem('run tests/*.js {args}')).toMatch(/shell syntax 'tests\/\*\.js'/);
    expect(problem('make test ARGS={args}', 'pytest')).toMatch(/must be a word of its own/);
    expect(problem('pytest -n {workers} {args}', 'pytest')).toMatch(/belong to framework custom/);
    expect(problem('{args} x')).toMatch(/must start with the program/);
    expect(problem('npm test')).toMatch(/needs \{args\} as a word of its own/);
  });
});

describe('wrapPreset', () => {
  const pytest = createPytestPreset({ python: '/usr/bin/python3', pluginDir: '/fg', reason: 'r' });

  it('puts the runner arguments in place of {args}, one argv word per argument, ids untouched', () => {
    const wrapped = wrapPreset({ ...pytest, runnerArguments: pytest.runnerArguments! }, ok('sh run.sh {args} -q', 'pytest'));
    const spec = wrapped.buildCommand({ workers: 4, junitPath: '/o/j.xml', tests: hostile });
    expect(spec.file).toBe('sh');
    expect(spec.args.slice(0, 2)).toEqual(['run.sh', '-p']);
    expect(spec.args).toContain('--junitxml=/o/j.xml');
    expect(spec.args.at(-1)).toBe('-q');
    // The node ids the preset makes of them, each one argv word, never re-parsed.
    expect(spec.args.slice(-1 - hostile.length, -1)).toEqual(pytestSelection(hostile));
    expect(wrapped.capabilities).toEqual(CAPABILITIES.pytest);
  });

  it('passes pytest arguments in PYTEST_ADDOPTS, after the user\'s own, so Python\'s shlex gives them back word for word', () => {
    const wrapped = wrapPreset({ ...pytest, runnerArguments: pytest.runnerArguments! }, ok('make -s test', 'pytest'), '-x');
    const spec = wrapped.buildCommand({ workers: 2, junitPath: '/o/j k.xml', tests: hostile });
    expect(spec.args).toEqual(['-s', 'test']);
    const addopts = spec.env['PYTEST_ADDOPTS'] ?? '';
    const words = JSON.parse(execFileSync('/usr/bin/python3', ['-c', 'import json,shlex,sys; print(json.dumps(shlex.split(sys.argv[1])))', addopts], { encoding: 'utf8' })) as string[];
    expect(words[0]).toBe('-x');
    expect(words).toEqual(['-x', ...pytest.runnerArguments!({ workers: 2, junitPath: '/o/j k.xml', tests: hostile }).args]);
  });

  it('hands Jest its own flags after the runner, env included', () => {
    const jest = createJestPreset({ manager: 'npm', file: 'npx', prefix: ['--no', '--'], pnp: false }, 'r');
    const wrapped = wrapPreset({ ...jest, runnerArguments: jest.runnerArguments! }, ok('npm test -- {args}'));
    const spec = wrapped.buildCommand({ workers: 1, junitPath: '/o/j.xml', tests: ['__tests__/a.test.js::suite › x::works'] });
    expect(spec.args.slice(0, 4)).toEqual(['test', '--', '--ci', '--no-cache']);
    expect(spec.args).toContain('--runInBand');
    expect(spec.env['JEST_JUNIT_OUTPUT_FILE']).toBe('/o/j.xml');
  });

  it('quotes for shlex only where needed', () => {
    expect(shlexQuote('--junitxml=/a/b.xml')).toBe('--junitxml=/a/b.xml');
    expect(shlexQuote("a'b")).toBe(`'a'"'"'b'`);
  });
});
