import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { planNextConfirmation } from '../../../src/confirm/planner.js';
import { countedSerialFailures, needsPredecessors, serialArmOf, serialSplit } from '../../../src/verdict/index.js';
import { makeRun } from '../analyse/run-builder.js';

const N = 'tests/test_render.py::tests.test_render::test_needs_setup';
const P = 'tests/test_setup.py::tests.test_setup::test_setup';

/** Discovery at 4 workers: N fails every time, P passes. */
const discovery = [1, 2, 3].map((i) => makeRun(`d-00${i}-w4`, 4, { [N]: 'failed', [P]: 'passed' }));
const alone = (id: string, outcome: 'passed' | 'failed') => makeRun(id, 1, { [N]: outcome }, { phase: 'confirm-serial', subset: [N] });
const inOrder = (id: string, outcome: 'passed' | 'failed') => makeRun(id, 1, { [P]: 'passed', [N]: outcome }, { phase: 'confirm-serial' });
const parallel = (id: string) => makeRun(id, 4, { [P]: 'passed', [N]: 'failed' }, { phase: 'confirm-parallel' });

describe('serial observations alone and in the suite order', () => {
  it('splits counted serial observations by kind, experiments left out', () => {
    const replay = makeRun('o-009-w1', 1, { [P]: 'passed', [N]: 'passed' }, { phase: 'confirm-order', subset: [P, N] });
    const runs = [...discovery, alone('s-004-w1', 'failed'), alone('s-005-w1', 'failed'), inOrder('s-006-w1', 'passed'), replay];
    const split = serialSplit(runs, N, 1);
    expect(split.alone).toEqual({ failed: 2, n: 2, runs: ['s-004-w1', 's-005-w1'] });
    expect(split.inOrder).toEqual({ failed: 0, n: 1, runs: ['s-006-w1'] });
    // One in-order pass is not yet enough to read the alone failures as order dependence.
    expect(needsPredecessors(split)).toBe(false);
    expect(countedSerialFailures(split)).toBe(2);
    expect(serialArmOf(split)).toBe('in-order');
  });

  it('reads failing every alone run and passing every in-order run as needing an earlier test', () => {
    const runs = [...discovery, alone('s-004-w1', 'failed'), alone('s-005-w1', 'failed'), inOrder('s-006-w1', 'passed'), inOrder('s-007-w1', 'passed')];
    const split = serialSplit(runs, N, 1);
    expect(needsPredecessors(split)).toBe(true);
    expect(countedSerialFailures(split)).toBe(0);
  });

  it('keeps every serial failure when the test also passed alone, or failed in order', () => {
    const mixed = serialSplit([...discovery, alone('s-004-w1', 'failed'), alone('s-005-w1', 'passed'), inOrder('s-006-w1', 'passed'), inOrder('s-007-w1', 'passed')], N, 1);
    expect(needsPredecessors(mixed)).toBe(false);
    expect(countedSerialFailures(mixed)).toBe(1);
    expect(serialArmOf(mixed)).toBe('alone');
    const both = serialSplit([...discovery, alone('s-004-w1', 'failed'), alone('s-005-w1', 'failed'), inOrder('s-006-w1', 'passed'), inOrder('s-007-w1', 'failed')], N, 1);
    expect(needsPredecessors(both)).toBe(false);
    expect(countedSerialFailures(both)).toBe(3);
    expect(serialArmOf(both)).toBe('alone');
  });

  it('switches the serial arm only after ALONE_FAILURES_BEFORE_ORDER alone failures', () => {
    expect(serialArmOf(serialSplit([...discovery, alone('s-004-w1', 'failed')], N, 1))).toBe('alone');
    expect(serialArmOf(serialSplit([...discovery, alone('s-004-w1', 'failed'), alone('s-005-w1', 'failed')], N, 1))).toBe('in-order');
  });
});

describe('the verdict of a test that needs an earlier test', () => {
  it('is parallel-only, not broken, when it passes in the suite order and fails alone and in parallel', () => {
    const runs = [...discovery, alone('s-004-w1', 'failed'), alone('s-005-w1', 'failed'), parallel('p-006-w4'), inOrder('s-007-w1', 'passed'), inOrder('s-008-w1', 'passed'), parallel('p-009-w4')];
    const t = analyse(runs, [1, 4]).tests.find((x) => x.id === N);
    expect(t?.verdict).toBe('parallel-only');
    // The alone failures stay in the raw counts; the threshold is where it fails in parallel.
    expect(t?.byWorkers['1']).toMatchObject({ failed: 2, passed: 2 });
    expect(t?.threshold).toBe(4);
  });

  it('is broken when it fails in the suite order too', () => {
    const runs = [...discovery, alone('s-004-w1', 'failed'), alone('s-005-w1', 'failed'), parallel('p-006-w4'), inOrder('s-007-w1', 'failed')];
    expect(analyse(runs, [1, 4]).tests.find((x) => x.id === N)?.verdict).toBe('broken');
  });

  it('is flaky when it fails alone once and passes alone once', () => {
    const runs = [...discovery, alone('s-004-w1', 'failed'), alone('s-005-w1', 'passed'), inOrder('s-006-w1', 'passed'), inOrder('s-007-w1', 'passed')];
    expect(analyse(runs, [1, 4]).tests.find((x) => x.id === N)?.verdict).toBe('flaky');
  });
});

describe('the planner with suspects on both serial arms', () => {
  it('plans a subset rerun for those still observed alone and one full-suite serial run for the others', () => {
    const M = 'tests/test_m.py::tests.test_m::test_other';
    const runs = [
      ...[1, 2, 3].map((i) => makeRun(`d-00${i}-w4`, 4, { [N]: 'failed', [M]: 'failed', [P]: 'passed' })),
      makeRun('s-004-w1', 1, { [N]: 'failed', [M]: 'passed' }, { phase: 'confirm-serial', subset: [N, M] }),
      makeRun('s-005-w1', 1, { [N]: 'failed', [M]: 'passed' }, { phase: 'confirm-serial', subset: [N, M] }),
      makeRun('p-006-w4', 4, { [N]: 'failed', [M]: 'failed', [P]: 'passed' }, { phase: 'confirm-parallel' }),
    ];
    const step = planNextConfirmation({ runs, workers: [1, 4], supportsSubset: true, budgetRemainingMs: null, nextSeq: 7 });
    const serial = step.specs.filter((s) => s.phase === 'confirm-serial');
    expect(serial.map((s) => s.tests ?? 'full suite')).toEqual([[M], 'full suite']);
    expect(step.notes.some((n) => n.text.startsWith(`${N}: failed 2/2 serial reruns alone`))).toBe(true);
  });
});
