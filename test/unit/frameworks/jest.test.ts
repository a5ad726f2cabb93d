// The jest preset: argv, the jest-junit environment, subset patterns for hostile names (checked
// with Jest's own matching rule, then for real), and the missing-reporter message.
import { existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetupError } from '../../../src/frameworks/errors.js';
import { createJestPreset, jestSelection, resolveJest } from '../../../src/frameworks/jest.js';
import { detectJsRunner } from '../../../src/frameworks/js-runner.js';
import type { Config } from '../../../src/model.js';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { testId } from '../../../src/parse/test-id.js';
import { installedPackage, recordingLogger, runSpec, tempProject } from './temp-project.js';

const npx = { manager: 'npm', file: 'npx', prefix: ['--no', '--'], pnp: false } as const;
const preset = createJestPreset(npx, 'test');
const config = (cwd: string): Config => ({
  framework: 'jest', command: null, workers: [1, 4], iterations: 1, timeoutMs: 60_000, budgetMs: null,
  confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd, out: join(cwd, '.flakegate'),
});

/** The pattern Jest would build from our --testNamePattern argument (Jest adds the `i` flag). */
function namePattern(args: readonly string[]): RegExp {
  const arg = args.find((a) => a.startsWith('--testNamePattern='));
  if (arg === undefined) throw new Error('no --testNamePattern');
  return new RegExp(arg.slice('--testNamePattern='.length), 'i');
}

describe('createJestPreset', () => {
  it('runs in band for 1 worker and with --maxWorkers otherwise, always without the cache', () => {
    const serial = preset.buildCommand({ workers: 1, junitPath: '/out/j.xml' });
    expect(serial.file).toBe('npx');
    expect(serial.args).toEqual(['--no', '--', 'jest', '--ci', '--no-cache', '--runInBand', '--reporters=default', '--reporters=jest-junit']);
    expect(preset.buildCommand({ workers: 4, junitPath: '/out/j.xml' }).args).toContain('--maxWorkers=4');
  });

  it('configures jest-junit through the environment', () => {
    expect(preset.buildCommand({ workers: 2, junitPath: '/out/run 1/j.xml' }).env).toEqual({
      JEST_JUNIT_OUTPUT_FILE: '/out/run 1/j.xml',
      JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
      JEST_JUNIT_REPORT_TEST_SUITE_ERRORS: 'true',
      JEST_JUNIT_CLASSNAME: '{classname}',
      JEST_JUNIT_SUITE_NAME: '{filepath}',
      JEST_JUNIT_TITLE: '{title}',
      JEST_JUNIT_ANCESTOR_SEPARATOR: ' › ',
      JEST_JUNIT_UNIQUE_OUTPUT_NAME: 'false',
    });
    expect(preset.capabilities.workerEnvVar).toBe('JEST_WORKER_ID');
    expect(preset.template).toContain('--maxWorkers={workers}');
  });

  it('uses the project\'s package manager', () => {
    expect(detectJsRunner(tempProject({ 'pnpm-lock.yaml': '' }))).toMatchObject({ file: 'pnpm', prefix: ['exec'] });
    expect(detectJsRunner(tempProject({ 'yarn.lock': '' }))).toMatchObject({ file: 'yarn', prefix: [] });
    expect(detectJsRunner(tempProject())).toMatchObject({ file: 'npx', prefix: ['--no', '--'] });
  });
});

describe('jestSelection', () => {
  const file = '__tests__/we(i)rd [dir]/b+c.test.js';
  const ids = {
    nested: testId({ file, classname: 'outer › inner (x)', name: 'adds 1+1 [ok] $HOME' }),
    star: testId({ file, classname: 'outer', name: 'a.*b' }),
    // Top-level: jest-junit's empty classname becomes the suite name, which we set to the file.
    top: testId({ file, classname: file, name: `it's "quoted" | pipe ^$` }),
  };

  it('matches exactly the selected full names, with every regex character escaped', () => {
    const args = jestSelection([ids.nested, ids.star, ids.top]);
    const pattern = namePattern(args);
    for (const name of ['outer inner (x) adds 1+1 [ok] $HOME', 'outer a.*b', `it's "quoted" | pipe ^$`]) expect(pattern.test(name)).toBe(true);
    for (const name of ['outer a.xb', 'outer inner (x) adds 11 [ok] $HOME', 'top level', 'x outer a.*b']) expect(pattern.test(name)).toBe(false);
    expect(args.slice(-2)).toEqual(['--runTestsByPath', `./${file}`]);
  });

  it('passes a file named like an option as a path, never as an option', () => {
    const args = jestSelection([testId({ file: '--config=evil.test.js', classname: '--config=evil.test.js', name: 'x' })]);
    expect(args.slice(-2)).toEqual(['--runTestsByPath', './--config=evil.test.js']);
  });

  it('matches a describe title that itself contains the separator', () => {
    const pattern = namePattern(jestSelection([testId({ file, classname: 'a › b › c', name: 't' })]));
    expect(pattern.test('a b c t')).toBe(true);
    expect(pattern.test('a › b c t')).toBe(true);
  });

  it('matches names whose whitespace the id collapsed', () => {
    expect(namePattern(jestSelection([testId({ file, classname: 'outer', name: 'two  spaces' })])).test('outer two  spaces')).toBe(true);
  });

  it('filters by name only when a file is unknown', () => {
    expect(jestSelection([testId({ classname: 'outer', name: 'x' })])).toHaveLength(1);
  });
});

describe('resolveJest', () => {
  it('names jest-junit and the one-line fix when the reporter is missing', async () => {
    const dir = tempProject({ 'package.json': '{"devDependencies":{"jest":"^30"}}', ...installedPackage('jest') });
    const error = await resolveJest(config(dir), recordingLogger(), 'test').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect((error as SetupError).message).toContain(`jest-junit is not installed in ${dir}`);
    expect((error as SetupError).hint).toBe('npm install --save-dev jest-junit');
  });

  it('asks for both, in the project\'s package manager, when neither is installed', async () => {
    const dir = tempProject({ 'package.json': '{}', 'pnpm-lock.yaml': '' });
    const error = (await resolveJest(config(dir), recordingLogger(), 'test').catch((e: unknown) => e)) as SetupError;
    expect(error.hint).toBe('pnpm add --save-dev jest jest-junit');
  });

  // jest and jest-junit as installed for the e2e fixture; linked, not copied, and not run there
  // (that fixture's harness takes a machine-wide lock).
  const modules = join(import.meta.dirname, '..', '..', 'fixtures', 'jest', 'basic', 'node_modules');
  it.skipIf(!existsSync(join(modules, 'jest-junit')))('reruns a hostile-named subset for real, and nothing else runs', async () => {
    const file = '__tests__/we(i)rd [dir]/b+c.test.js';
    const dir = tempProject({
      'package.json': '{"name":"fg-jest-subset","private":true}',
      '__tests__/a.test.js': `describe('outer', () => {\n  describe('inner (x)', () => { test('adds 1+1 [ok] $HOME', () => {}); });\n  test('a.*b', () => {});\n  test('a.xb', () => {});\n});\ntest('top level', () => {});\n`,
      [file]: `test("it's \\"quoted\\" | pipe ^$", () => {});\ntest('Top Level', () => {});\n`,
    });
    symlinkSync(modules, join(dir, 'node_modules'));
    const real = await resolveJest(config(dir), recordingLogger(), 'test');
    const wanted = [
      testId({ file: '__tests__/a.test.js', classname: 'outer › inner (x)', name: 'adds 1+1 [ok] $HOME' }),
      testId({ file: '__tests__/a.test.js', classname: 'outer', name: 'a.*b' }),
      testId({ file, classname: file, name: `it's "quoted" | pipe ^$` }),
    ];
    const junitPath = join(tempProject(), 'junit.xml');
    const finished = await runSpec(real.buildCommand({ workers: 2, junitPath, tests: wanted }), dir);
    expect(finished.code, finished.output).toBe(0);
    const report = await parseJunitFile(junitPath);
    const passed = report.tests.filter((test) => test.outcome === 'passed').map((test) => test.id);
    expect(passed.sort()).toEqual([...wanted].sort());
    // Jest reports the tests its name pattern excluded as skipped.
    expect(report.tests.filter((test) => test.outcome !== 'passed').every((test) => test.outcome === 'skipped')).toBe(true);
  });
});
