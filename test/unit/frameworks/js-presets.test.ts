// Argv of the Vitest, Mocha and node:test presets, their subset patterns for hostile names
// (checked with each runner's matching rule), and one real node:test subset run (Node is here).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetupError } from '../../../src/frameworks/errors.js';
import { createMochaPreset, mochaSelection, resolveMocha } from '../../../src/frameworks/mocha.js';
import { createNodeTestPreset, nodeTestSelection } from '../../../src/frameworks/node-test.js';
import { createVitestPreset, resolveVitest, vitestSelection } from '../../../src/frameworks/vitest.js';
import type { Config } from '../../../src/model.js';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { testId } from '../../../src/parse/test-id.js';
import { recordingLogger, runSpec, tempProject } from './temp-project.js';

const npx = { manager: 'npm', file: 'npx', prefix: ['--no', '--'], pnp: false } as const;
const config = (cwd: string, framework: Config['framework']): Config => ({
  framework, command: null, workers: [1, 4], iterations: 1, timeoutMs: 60_000, budgetMs: null,
  confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd, out: join(cwd, '.flakegate'),
});

function patternOf(args: readonly string[], flag: string, flags = ''): RegExp {
  const arg = args.find((a) => a.startsWith(`${flag}=`));
  if (arg === undefined) throw new Error(`no ${flag}`);
  return new RegExp(arg.slice(flag.length + 1), flags);
}

const HOSTILE = `a.*b (x) [y] $(rm -rf ~) | ^$ \\ 'q' "d"`;

describe('vitest', () => {
  const preset = createVitestPreset(npx, 'test');

  it('builds argv for 1 and N workers with the junit reporter', () => {
    expect(preset.buildCommand({ workers: 1, junitPath: '/o/j.xml' }).args).toEqual([
      '--no', '--', 'vitest', 'run', '--reporter=default', '--reporter=junit', '--outputFile.junit=/o/j.xml', '--no-cache', '--retry=0',
      '--maxWorkers=1', '--no-file-parallelism',
    ]);
    expect(preset.buildCommand({ workers: 3, junitPath: '/o/j.xml' }).args.slice(-2)).toEqual(['--maxWorkers=3', '--fileParallelism']);
    expect(preset.capabilities.workerEnvVar).toBe('VITEST_POOL_ID');
  });

  it('selects by full name (space- or " > "-joined) and by the classname as file filter', () => {
    const args = vitestSelection([testId({ classname: 'test/we(i)rd [d]/b+c.test.ts', name: `outer > ${HOSTILE}` })]);
    const pattern = patternOf(args, '--testNamePattern');
    expect(pattern.test(`outer ${HOSTILE}`)).toBe(true);
    expect(pattern.test(`outer > ${HOSTILE}`)).toBe(true);
    expect(pattern.test(`outer ${HOSTILE.replace('.*', 'xx')}`)).toBe(false);
    expect(args.at(-1)).toBe('test/we(i)rd [d]/b+c.test.ts');
  });

  it('asks to install vitest when it is missing', async () => {
    const error = (await resolveVitest(config(tempProject({ 'yarn.lock': '' }), 'vitest'), recordingLogger(), 'x').catch((e: unknown) => e)) as SetupError;
    expect(error).toBeInstanceOf(SetupError);
    expect(error.hint).toBe('yarn add --dev vitest');
  });
});

describe('mocha', () => {
  const preset = createMochaPreset(npx, 'test');

  it('runs serially in-process for 1 worker and --parallel --jobs otherwise, with the built-in xunit reporter', () => {
    expect(preset.buildCommand({ workers: 1, junitPath: '/o/j.xml' }).args).toEqual([
      '--no', '--', 'mocha', '--retries=0', '--reporter=xunit', '--reporter-option=output=/o/j.xml', '--reporter-option=suiteName=Mocha Tests',
    ]);
    expect(preset.buildCommand({ workers: 4, junitPath: '/o/j.xml' }).args.slice(3, 5)).toEqual(['--parallel', '--jobs=4']);
    expect(preset.capabilities.workerEnvVar).toBe('MOCHA_WORKER_ID');
  });

  it('greps exact full titles; a top-level test (classname = suite name) matches by its own title', () => {
    const args = mochaSelection([
      testId({ file: '/p/test/a.spec.js', classname: 'outer inner', name: HOSTILE }),
      testId({ file: '/p/test/a.spec.js', classname: 'Mocha Tests', name: 'top level' }),
    ]);
    const pattern = patternOf(args, '--grep');
    expect(pattern.test(`outer inner ${HOSTILE}`)).toBe(true);
    expect(pattern.test('top level')).toBe(true);
    expect(pattern.test(HOSTILE)).toBe(false);
    expect(args.at(-1)).toBe('/p/test/a.spec.js');
  });

  it("reruns a hook pseudo-test through its suite's tests (a hook runs only with them)", () => {
    const pattern = patternOf(mochaSelection([testId({ file: 'test/db.test.js', classname: 'db (a)', name: '"before all" hook' })]), '--grep');
    expect(pattern.test('db (a) inserts a row')).toBe(true);
    expect(pattern.test('db (a) nested reads it back')).toBe(true);
    expect(pattern.test('db b inserts a row')).toBe(false);
    const root = patternOf(mochaSelection([testId({ file: 'test/db.test.js', classname: 'Mocha Tests', name: '"before each" hook: connect' })]), '--grep');
    expect(root.test('anything in the file')).toBe(true);
  });

  it('leaves out files that Mocha would expand as globs', () => {
    expect(mochaSelection([testId({ file: 'test/[a].spec.js', classname: 's', name: 't' })])).toHaveLength(1);
  });

  it('asks to install mocha when it is missing', async () => {
    const error = (await resolveMocha(config(tempProject(), 'mocha'), recordingLogger(), 'x').catch((e: unknown) => e)) as SetupError;
    expect(error.hint).toBe('npm install --save-dev mocha');
  });
});

describe('node:test', () => {
  const preset = createNodeTestPreset('node', 'test');

  it('sets the file concurrency and writes junit to the run\'s path', () => {
    expect(preset.buildCommand({ workers: 1, junitPath: '/o/j.xml' }).args).toEqual([
      '--test', '--test-concurrency=1', '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=junit', '--test-reporter-destination=/o/j.xml',
    ]);
    expect(preset.buildCommand({ workers: 4, junitPath: '/o/j.xml' }).args[1]).toBe('--test-concurrency=4');
    expect(preset.capabilities.workerEnvVar).toBeUndefined();
  });

  it('matches the own title (Node 20) and the whole chain (Node 22+)', () => {
    const pattern = patternOf(nodeTestSelection([testId({ classname: 'test', name: `outer > inner > ${HOSTILE}` })]), '--test-name-pattern');
    expect(pattern.test(HOSTILE)).toBe(true);
    expect(pattern.test(`outer inner ${HOSTILE}`)).toBe(true);
    expect(pattern.test(`other ${HOSTILE}`)).toBe(false);
  });

  it('reruns a hostile-named subset for real', async () => {
    const dir = tempProject({
      'test/a.test.mjs': [
        `import { describe, it, test } from 'node:test';`,
        `describe('outer', () => {`,
        `  describe('inner (x)', () => { it(${JSON.stringify(HOSTILE)}, () => {}); });`,
        `  it('a.xb', () => {});`,
        `});`,
        `test('top level', () => {});`,
      ].join('\n'),
    });
    const junitPath = join(tempProject(), 'junit.xml');
    const full = await runSpec(preset.buildCommand({ workers: 2, junitPath }), dir);
    expect(full.code, full.output).toBe(0);
    // The id as the parse stage reads it from Node's report (whose `"` come back as `&quot;`).
    const wanted = (await parseJunitFile(junitPath)).tests.find((test) => test.name.includes('inner (x)'))?.id ?? '';
    expect(wanted).toContain('::test::outer > inner (x) > a.*b');
    const finished = await runSpec(preset.buildCommand({ workers: 2, junitPath, tests: [wanted] }), dir);
    expect(finished.code, finished.output).toBe(0);
    const report = await parseJunitFile(junitPath);
    expect(report.tests.filter((test) => test.outcome === 'passed').map((test) => test.id)).toEqual([wanted]);
  });
});
