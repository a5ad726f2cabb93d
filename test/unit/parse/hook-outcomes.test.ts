// Hooks and suite errors as tests: passed where their file ran cleanly, the tests they kept from
// running failed because of them (never lost), one id for each across runs.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import type { RunResult, TestCase } from '../../../src/model.js';
import { NOT_RUN, normaliseHookOutcomes } from '../../../src/parse/hook-outcomes.js';
import { testId } from '../../../src/parse/test-id.js';
import { run } from '../explain/build.js';

function tc(file: string | undefined, classname: string, name: string, outcome: TestCase['outcome'], extra: Partial<TestCase> = {}): TestCase {
  return { id: testId({ file, classname, name }), ...(file === undefined ? {} : { file }), classname, name, outcome, ...extra };
}

const file = 'test/db-a.test.js';
const a1 = (o: TestCase['outcome']): TestCase => tc(file, 'db a', 'inserts a row', o);
const a2 = (o: TestCase['outcome']): TestCase => tc(file, 'db a', 'reads it back', o);
const other = (o: TestCase['outcome']): TestCase => tc('test/math.test.js', 'math', 'adds', o);
const hook = (forTest: string): TestCase =>
  tc(file, 'db a', `"before all" hook for "${forTest}"`, 'failed', { message: 'listen EADDRINUSE: address already in use 127.0.0.1:18830', details: 'Error: listen EADDRINUSE\n    at before (test/db-a.test.js:9:5)', worker: '2' });

/** Mocha, serially: the suite runs; in parallel its `before all` hook fails and its tests vanish. */
function mochaRuns(): RunResult[] {
  return [
    run('d-001-w1', 1, [a1('passed'), a2('passed'), other('passed')]),
    run('d-002-w4', 4, [hook('inserts a row'), other('passed')]),
    run('d-003-w1', 1, [a1('passed'), a2('passed'), other('passed')]),
    run('d-004-w4', 4, [hook('reads it back'), other('passed')]),
  ];
}

describe('normaliseHookOutcomes', () => {
  it('Mocha: one id for the hook, passed where its suite ran, its tests failed because of it', () => {
    const runs = normaliseHookOutcomes(mochaRuns());
    const hookId = testId({ file, classname: 'db a', name: '"before all" hook' });
    const outcome = (r: RunResult, id: string): string => r.cases.filter((c) => c.id === id).map((c) => c.outcome).join(',') || 'absent';
    expect(runs.map((r) => outcome(r, hookId))).toEqual(['passed', 'failed', 'passed', 'failed']);
    expect(runs.map((r) => outcome(r, a1('passed').id))).toEqual(['passed', 'failed', 'passed', 'failed']);
    expect(runs.map((r) => outcome(r, other('passed').id))).toEqual(['passed', 'passed', 'passed', 'passed']);
    const because = runs[1]?.cases.find((c) => c.id === a2('passed').id);
    expect(because?.message).toBe(`${NOT_RUN} "before all" hook failed: listen EADDRINUSE: address already in use 127.0.0.1:18830`);
    expect(because?.details).toMatch(/EADDRINUSE/);
    expect(because?.worker).toBe('2');
  });

  it('makes the hook and its tests parallel-only, not lost, with serial runs for the hook', () => {
    const { tests } = analyse(normaliseHookOutcomes(mochaRuns()), [1, 4]);
    const verdicts = Object.fromEntries(tests.map((t) => [t.name, t.verdict]));
    expect(verdicts).toEqual({ '"before all" hook': 'parallel-only', 'inserts a row': 'parallel-only', 'reads it back': 'parallel-only', adds: 'stable' });
    expect(tests.find((t) => t.name === '"before all" hook')?.byWorkers['1']).toMatchObject({ runs: 2, failed: 0 });
  });

  it('is idempotent, and a run normalised against earlier ones matches the whole normalisation', () => {
    const once = normaliseHookOutcomes(mochaRuns());
    expect(normaliseHookOutcomes(once)).toEqual(once);
    const raw = mochaRuns();
    const incremental: RunResult[] = [];
    for (const r of raw) incremental.push(normaliseHookOutcomes([...incremental, r]).at(-1) as RunResult);
    expect(normaliseHookOutcomes(incremental)).toEqual(once);
  });

  it('counts a subset run only for the tests it selected, and the hook where one of its tests ran', () => {
    const runs = normaliseHookOutcomes([
      ...mochaRuns(),
      run('c-005-w1', 1, [a1('passed')], { phase: 'confirm-serial', subset: [a1('passed').id] }),
      run('c-006-w4', 4, [hook('inserts a row')], { phase: 'confirm-parallel', subset: [a1('passed').id] }),
    ]);
    const hookId = testId({ file, classname: 'db a', name: '"before all" hook' });
    expect(runs[4]?.cases.map((c) => [c.name, c.outcome])).toEqual([['inserts a row', 'passed'], ['"before all" hook', 'passed']]);
    expect(runs[5]?.cases.map((c) => [c.id === hookId, c.name, c.outcome])).toEqual([[true, '"before all" hook', 'failed'], [false, 'inserts a row', 'failed']]);
  });

  it('Vitest: a failed describe is its tests failing, not skipping; a file that failed to load fails its tests', () => {
    const v = 'test/srv.test.ts';
    const one = (o: TestCase['outcome']): TestCase => tc(undefined, v, 'srv > one', o);
    const top = (o: TestCase['outcome']): TestCase => tc(undefined, v, 'outside', o);
    const runs = normaliseHookOutcomes([
      run('d-1-w1', 1, [one('passed'), top('passed')]),
      run('d-2-w4', 4, [one('skipped'), top('passed'), tc(undefined, v, 'srv', 'failed', { message: 'EADDRINUSE' })]),
      run('d-3-w4', 4, [tc(undefined, v, v, 'failed', { message: "Cannot find module './db.js'" })]),
    ]);
    // Both the describe and the file ran cleanly in the serial run.
    expect(runs[0]?.cases.map((c) => [c.name, c.outcome])).toEqual([['srv > one', 'passed'], ['outside', 'passed'], ['srv', 'passed'], [v, 'passed']]);
    expect(runs[1]?.cases.map((c) => [c.name, c.outcome])).toEqual([['srv > one', 'failed'], ['outside', 'passed'], ['srv', 'failed'], [v, 'passed']]);
    expect(runs[1]?.cases[0]?.inferredFrom).toBe(testId({ classname: v, name: 'srv' }));
    expect(runs[2]?.cases.map((c) => [c.name, c.outcome]).sort()).toEqual([['outside', 'failed'], ['srv > one', 'failed'], [v, 'failed']]);
  });

  it("Jest: 'Test suite failed to run' fails the file's tests", () => {
    const j = '__tests__/db.test.js';
    const t = (o: TestCase['outcome']): TestCase => tc(j, 'db', 'writes', o);
    const suite = tc(j, 'Test suite failed to run', j, 'error', { message: 'SQLITE_BUSY: database is locked' });
    const runs = normaliseHookOutcomes([run('d-1-w1', 1, [t('passed')]), run('d-2-w4', 4, [suite, suite])]);
    expect(runs[0]?.cases.map((c) => [c.classname, c.outcome])).toEqual([['db', 'passed'], ['Test suite failed to run', 'passed']]);
    expect(runs[1]?.cases.find((c) => c.name === 'writes')?.message).toMatch(/database is locked/);
  });

  it('pytest: a collection error fails the tests of its module', () => {
    const t = (o: TestCase['outcome']): TestCase => tc(undefined, 'tests.test_db', 'test_write', o);
    const err = tc(undefined, '', 'tests.test_db', 'error', { message: 'collection failure', details: 'sqlite3.OperationalError: database is locked' });
    const runs = normaliseHookOutcomes([run('d-1-w1', 1, [t('passed')]), run('d-2-w4', 4, [err])]);
    expect(runs[0]?.cases.map((c) => [c.name, c.outcome])).toEqual([['test_write', 'passed'], ['tests.test_db', 'passed']]);
    expect(runs[1]?.cases.map((c) => [c.name, c.outcome])).toEqual([['tests.test_db', 'error'], ['test_write', 'failed']]);
  });

  it('leaves real tests alone, even one named like a describe that also passed', () => {
    const v = 'test/a.test.ts';
    const runs = [
      run('d-1-w1', 1, [tc(undefined, v, 'srv', 'passed'), tc(undefined, v, 'srv > one', 'passed')]),
      run('d-2-w4', 4, [tc(undefined, v, 'srv', 'failed'), tc(undefined, v, 'srv > one', 'skipped')]),
    ];
    expect(normaliseHookOutcomes(runs)).toEqual(runs);
  });
});
