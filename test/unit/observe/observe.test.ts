// The observation model (src/observe): one definition of "failed in this run", retries included,
// read the same way by the verdict, the decision rule and explain.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { coFailureClues } from '../../../src/explain/co-failure.js';
import type { TestCase } from '../../../src/model.js';
import { effectiveOutcome, failedInRun, failuresIn, isExperiment, observationsOf, outcomeOf, runOutcomes } from '../../../src/observe/index.js';
import { makeRun } from '../analyse/run-builder.js';

const retried: Partial<TestCase> & { outcome: 'passed' } = { outcome: 'passed', attempts: [{ outcome: 'failed', kind: 'flakyFailure', message: 'port in use' }] };

describe('effectiveOutcome and failedInRun', () => {
  it('folds retries in: a test that failed and passed on retry failed in that run', () => {
    const c = makeRun('r', 4, { a: retried }).cases[0] as TestCase;
    expect(c.outcome).toBe('passed');
    expect(effectiveOutcome(c)).toBe('failed');
    expect(failedInRun(c)).toBe(true);
  });

  it('keeps the worst attempt (error over failed) and leaves plain cases alone', () => {
    const c = makeRun('r', 4, { a: { outcome: 'failed', attempts: [{ outcome: 'error', kind: 'rerunError' }] } }).cases[0] as TestCase;
    expect(effectiveOutcome(c)).toBe('error');
    expect(failedInRun(makeRun('r', 4, { a: 'passed' }).cases[0] as TestCase)).toBe(false);
    expect(failedInRun(makeRun('r', 4, { a: 'skipped' }).cases[0] as TestCase)).toBe(false);
  });
});

describe('runOutcomes', () => {
  it('combines duplicates of an id to the worst effective outcome, and leaves out skipped and lost tests', () => {
    const run = makeRun('r', 4, { a: ['passed', 'error'], b: 'skipped', c: 'lost', d: ['skipped', 'passed'], e: retried });
    expect([...runOutcomes(run)]).toEqual([
      ['a', 'failed'],
      ['d', 'passed'],
      ['e', 'failed'],
    ]);
    expect(outcomeOf(run, 'b')).toBeNull();
    expect(failuresIn(run)).toEqual(['a', 'e']);
  });
});

describe('observationsOf', () => {
  it('gives each run where the test ran to a result, in order, with its phase, workers and whether it was an experiment', () => {
    const runs = [
      makeRun('d-001-w1', 1, { a: 'passed' }),
      makeRun('d-002-w4', 4, { a: 'failed' }),
      makeRun('s-003-w1', 1, { a: 'skipped' }, { phase: 'confirm-serial', subset: ['a'] }),
      makeRun('x-004-w4', 4, { a: retried }, { phase: 'confirm-partner', subset: ['a'] }),
    ];
    expect(observationsOf(runs, 'a')).toEqual([
      { run: 'd-001-w1', order: 0, workers: 1, phase: 'discovery', experiment: false, subset: false, failed: false },
      { run: 'd-002-w4', order: 1, workers: 4, phase: 'discovery', experiment: false, subset: false, failed: true },
      { run: 'x-004-w4', order: 3, workers: 4, phase: 'confirm-partner', experiment: true, subset: true, failed: true },
    ]);
    expect(runs.map(isExperiment)).toEqual([false, false, false, true]);
  });
});

describe('one definition everywhere', () => {
  // `a` fails in the first parallel run only through a retry; `b` fails in the same run.
  const runs = [
    makeRun('d-001-w1', 1, { a: 'passed', b: 'passed' }),
    makeRun('d-002-w4', 4, { a: retried, b: 'failed' }),
    makeRun('d-003-w1', 1, { a: 'passed', b: 'passed' }),
    makeRun('d-004-w4', 4, { a: 'passed', b: 'passed' }),
  ];
  const { tests } = analyse(runs, [1, 4]);
  const a = tests.find((t) => t.id === 'a');
  const b = tests.find((t) => t.id === 'b');

  it('the verdict counts the retried failure', () => {
    expect(a).toMatchObject({ verdict: 'parallel-only' });
    expect(a?.byWorkers['4']).toMatchObject({ failed: 1, passed: 1 });
  });

  it('explain counts it too: `a` co-fails with `b`', () => {
    if (b === undefined) throw new Error('no b');
    const clue = coFailureClues(b, runs, []).clues.find((c) => c.evidence.kind === 'co-failure');
    expect(clue?.evidence.text).toContain('a (1 of 1)');
  });
});
