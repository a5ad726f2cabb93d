import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { nextReplay, recordReplay, replayOrders, replaySource, startReplay, type ReplayState } from '../../../src/confirm/order-replay.js';
import type { PlannerNote, RunRecord, RunResult, RunSpec, TestCase } from '../../../src/model.js';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'v', 'w'].map((n) => `t.py::t::${n}`);
const [A, B, C, D, E, F, V, W] = ids as [string, string, string, string, string, string, string, string];

function tcase(id: string, outcome: TestCase['outcome'], worker?: string, startedAt?: number): TestCase {
  return { id, classname: 't', name: id.slice(-1), outcome, durationMs: 10, ...(worker ? { worker, startedAt, endedAt: (startedAt ?? 0) + 10 } : {}) };
}

function result(id: string, workers: number, cases: TestCase[], extra: Partial<RunRecord> = {}): RunResult {
  const record: RunRecord = { id, workers, iteration: 1, phase: 'discovery', exitCode: 0, signal: null, timedOut: false, durationMs: 100, reportPaths: [], parse: 'ok', tests: cases.length, ...extra };
  return { record, cases };
}

/** A process-based suite where V fails whenever `polluter` ran earlier in the same process. */
function orderSuite(polluter: string) {
  const executed: RunSpec[] = [];
  const execute = async (spec: RunSpec): Promise<RunResult> => {
    executed.push(spec);
    const tests = spec.tests ?? ids;
    const cases = tests.map((id, i) => tcase(id, id === V && tests.slice(0, i).includes(polluter) ? 'failed' : 'passed', 'main', i * 10));
    return result(spec.id, spec.workers, cases, { phase: spec.phase, ...(spec.tests ? { subset: spec.tests } : {}) });
  };
  return { execute, executed };
}

describe('replaySource', () => {
  it('takes what the victim\'s worker ran before it, in start order, from the failing run with the shortest prefix', () => {
    const runs = [
      result('d-001-w1', 1, ids.map((id, i) => tcase(id, 'passed', 'main', i))),
      result('d-002-w4', 4, [tcase(C, 'passed', 'gw0', 30), tcase(A, 'passed', 'gw0', 10), tcase(B, 'passed', 'gw1', 20), tcase(D, 'passed', 'gw0', 20), tcase(V, 'failed', 'gw0', 40), tcase(E, 'passed', 'gw0', 50)]),
      result('d-003-w4', 4, [tcase(A, 'passed', 'gw1', 10), tcase(D, 'passed', 'gw1', 20), tcase(V, 'failed', 'gw1', 30)]),
      result('d-004-w4', 4, [tcase(A, 'passed', 'gw1', 10), tcase(V, 'passed', 'gw1', 30)]),
      // An experiment is never a source, however short.
      result('x-005-w4', 4, [tcase(F, 'passed', 'gw1', 10), tcase(V, 'failed', 'gw1', 30)], { phase: 'confirm-partner', subset: [F, V] }),
    ];
    expect(replaySource(runs, V)).toEqual({ victim: V, run: 'd-003-w4', worker: 'gw1', prefix: [A, D] });
    expect(replaySource(runs.slice(0, 2), V)?.prefix).toEqual([A, D, C]);
  });

  it('is null without per-test timing, or when the victim ran first on its worker', () => {
    expect(replaySource([result('d-001-w4', 4, [tcase(A, 'passed'), tcase(V, 'failed')])], V)).toBeNull();
    expect(replaySource([result('d-001-w4', 4, [tcase(A, 'passed', 'gw1', 10), tcase(V, 'failed', 'gw0', 20)])], V)).toBeNull();
  });
});

describe('bisection', () => {
  function bisect(prefix: string[], polluter: string): ReplayState {
    let state = startReplay({ victim: V, run: 'd-002-w4', worker: 'gw0', prefix });
    for (let tests = nextReplay(state); tests !== null; tests = nextReplay(state)) {
      expect(tests.at(-1)).toBe(V);
      state = recordReplay(state, tests.slice(0, -1).includes(polluter));
    }
    return state;
  }

  it.each([A, B, C, D, E, F])('names the single polluter %s among six', (polluter) => {
    const state = bisect([A, B, C, D, E, F], polluter);
    expect(state).toMatchObject({ reproduced: true, suspects: [polluter], done: true });
    // One full replay, then at most two halves per level of a 6 -> 3 -> 2 -> 1 split.
    expect(state.replays).toBeLessThanOrEqual(7);
  });

  it('stops after one replay when the full prefix does not reproduce', () => {
    expect(bisect([A, B, C], W)).toMatchObject({ reproduced: false, replays: 1, done: true });
  });

  it('keeps both halves as suspects when neither half alone reproduces (an interaction)', () => {
    let state = startReplay({ victim: V, run: 'r', worker: 'gw0', prefix: [A, B] });
    const needsBoth = (tests: string[]): boolean => tests.includes(A) && tests.includes(B);
    for (let tests = nextReplay(state); tests !== null; tests = nextReplay(state)) state = recordReplay(state, needsBoth(tests));
    expect(state).toMatchObject({ reproduced: true, suspects: [A, B], replays: 3, done: true });
  });
});

describe('replayOrders', () => {
  // A flat price per run: the replays' budget check is what these tests exercise.
  const price = (): number => 1000;
  const discovery = (): RunResult[] => [
    result('d-001-w1', 1, ids.map((id, i) => tcase(id, 'passed', 'main', i * 10))),
    result('d-002-w4', 4, [tcase(A, 'passed', 'gw0', 0), tcase(B, 'passed', 'gw1', 0), tcase(C, 'passed', 'gw0', 10), tcase(D, 'passed', 'gw0', 20), tcase(V, 'failed', 'gw0', 30)]),
  ];

  it('runs serial replays in the confirm-order phase and leaves the named polluter in the notes', async () => {
    const suite = orderSuite(C);
    const all = discovery();
    const fresh: RunResult[] = [];
    const notes: PlannerNote[] = [];
    await replayOrders([V], { serialWorkers: 1, nextSeq: () => 3 + fresh.length, left: () => null, execute: suite.execute, all, fresh, notes, price });
    expect(suite.executed[0]).toEqual({ id: 'o-003-w1', workers: 1, iteration: 1, phase: 'confirm-order', tests: [A, C, D, V] });
    expect(suite.executed.every((s) => s.workers === 1 && s.phase === 'confirm-order' && s.tests?.at(-1) === V)).toBe(true);
    expect(fresh).toHaveLength(suite.executed.length);
    expect(notes.at(-1)?.text).toBe(`${V}: serial replay of the 3 test(s) worker gw0 ran before it in d-002-w4 failed; polluter: ${C}`);
    // Experiments: the failing replays change no serial tally.
    const before = analyse(discovery(), [1, 4]).tests.find((t) => t.id === V);
    const after = analyse(all, [1, 4]).tests.find((t) => t.id === V);
    expect(after?.byWorkers).toEqual(before?.byWorkers);
  });

  it('reports a replay that passes', async () => {
    const suite = orderSuite(W);
    const notes: PlannerNote[] = [];
    const fresh: RunResult[] = [];
    await replayOrders([V], { serialWorkers: 1, nextSeq: () => 3, left: () => null, execute: suite.execute, all: discovery(), fresh, notes, price });
    expect(suite.executed).toHaveLength(1);
    expect(notes.at(-1)?.text).toContain('passed: no sign of order dependence');
  });

  it('runs nothing when the budget cannot afford a replay', async () => {
    const suite = orderSuite(C);
    const notes: PlannerNote[] = [];
    await replayOrders([V], { serialWorkers: 1, nextSeq: () => 3, left: () => 1, execute: suite.execute, all: discovery(), fresh: [], notes, price });
    expect(suite.executed).toEqual([]);
    expect(notes.map((n) => n.kind)).toEqual(['budget', 'confirm']);
  });
});
