import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import { orderReplayClues } from '../../../src/explain/order-replay.js';
import type { RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, run, stats, tc } from './build.js';

// The pytest/causes situation: the victim fails at 4 workers (above the 2 cores, so the threshold
// alone hints at load) on the worker that ran the polluter just before it.
const victim = analysis({ file: 'tests/test_registry.py', name: 'test_registers_csv', threshold: 4 });
const polluter = analysis({ file: 'tests/test_export.py', name: 'test_exports_csv', verdict: 'stable' });
const other = analysis({ file: 'tests/test_other.py', name: 'test_other', verdict: 'stable' });
const message = "ValueError: exporter 'csv' is already registered";

function discovery(): RunResult[] {
  return [
    run('d-001-w1', 1, [tc(polluter, 'passed'), tc(other, 'passed'), tc(victim, 'passed')]),
    run('d-002-w4', 4, [
      tc(polluter, 'passed', { worker: 'gw0', startedAt: 1000, endedAt: 1500 }),
      tc(other, 'passed', { worker: 'gw1', startedAt: 1000, endedAt: 1200 }),
      tc(victim, 'failed', { message, worker: 'gw0', startedAt: 1600, endedAt: 1700 }),
    ]),
  ];
}
const alone = run('s-003-w1', 1, [tc(victim, 'passed')], { phase: 'confirm-serial', subset: [victim.id] });
const replay = (outcome: 'passed' | 'failed', prefix = [polluter.id], id = 'o-004-w1'): RunResult =>
  run(id, 1, [...prefix.map((p) => tc(p === polluter.id ? polluter : other, 'passed')), tc(victim, outcome, outcome === 'failed' ? { message } : {})], {
    phase: 'confirm-order',
    subset: [...prefix, victim.id],
  });

function topCause(test: TestAnalysis, runs: readonly RunResult[]): { cause: string; score: number; evidence: string[] } {
  const [out] = explain({ tests: [test], runs, clusters: [], ecosystem: 'python', sources: new Map(), cores: 2 });
  const first = out?.causes[0];
  return { cause: first?.cause ?? 'none', score: first?.score ?? 0, evidence: (first?.evidence ?? []).map((e) => `${e.kind}: ${e.text}`) };
}

describe('order replay evidence', () => {
  it('without a replay the victim stays unexplained (the threshold alone is too weak)', () => {
    expect(topCause(victim, [...discovery(), alone]).cause).toBe('unknown');
  });

  it('a failing replay that passes alone ranks order-dependence first and names the polluter', () => {
    const top = topCause(victim, [...discovery(), alone, replay('failed')]);
    expect(top.cause).toBe('order-dependence');
    expect(top.score).toBeGreaterThanOrEqual(0.7);
    expect(top.evidence[0]).toBe(
      `confirmation: failed when replayed serially (1 worker, run o-004-w1) right after ${polluter.id}, the test that leaves state behind but passed 1/1 serial confirmation reruns: an earlier test in the same process pollutes its state`,
    );
  });

  it('names the smallest failing replay after a bisection', () => {
    const clues = orderReplayClues(victim, [...discovery(), alone, replay('failed', [other.id, polluter.id], 'o-004-w1'), replay('passed', [other.id], 'o-005-w1'), replay('failed', [polluter.id], 'o-006-w1')]);
    expect(clues).toHaveLength(1);
    expect(clues[0]?.evidence.text).toContain(`run o-006-w1) right after ${polluter.id}`);
  });

  it('a passing replay argues against order dependence', () => {
    // A serial full-suite failure alone would make order-dependence the answer (0.45).
    const serialFail = run('d-005-w1', 1, [tc(polluter, 'passed'), tc(victim, 'failed', { message })]);
    const runs = [...discovery(), serialFail, alone];
    expect(topCause(victim, runs).cause).toBe('order-dependence');
    const clues = orderReplayClues(victim, [...runs, replay('passed')]);
    expect(clues.map((c) => `${c.role} ${c.causes.join('|')}`)).toEqual(['against order-dependence']);
    expect(clues[0]?.evidence.text).toBe('passed a serial replay of the 1 test(s) its worker ran before it (run o-004-w1): what ran earlier in its process is not what breaks it');
    expect(topCause(victim, [...runs, replay('passed')]).cause).toBe('unknown');
  });

  it('says nothing when the test also fails alone: the replay then shows no order effect', () => {
    const failsAlone = run('s-003-w1', 1, [tc(victim, 'failed', { message })], { phase: 'confirm-serial', subset: [victim.id] });
    expect(orderReplayClues(victim, [...discovery(), failsAlone, replay('failed')])).toEqual([]);
  });

  it('weighs a failing replay less when the test was never run alone', () => {
    const [clue] = orderReplayClues(victim, [...discovery(), replay('failed')]);
    expect(clue).toMatchObject({ role: 'direct', weight: 0.35 });
    expect(clue?.evidence.text).not.toContain('serial confirmation reruns');
  });

  it('ignores replays of other tests and replays where the victim got no result', () => {
    const lost = run('o-004-w1', 1, [tc(polluter, 'passed'), tc(victim, 'lost')], { phase: 'confirm-order', subset: [polluter.id, victim.id] });
    const ofOther = run('o-005-w1', 1, [tc(victim, 'failed'), tc(other, 'passed')], { phase: 'confirm-order', subset: [victim.id, other.id] });
    expect(orderReplayClues(victim, [...discovery(), alone, lost, ofOther])).toEqual([]);
  });

  it('leaves stable tests without causes even when they were replayed', () => {
    const stable = { ...polluter, byWorkers: { '1': stats(2, 0), '4': stats(1, 0) } };
    const [out] = explain({ tests: [stable], runs: [...discovery(), alone, replay('failed')], clusters: [], ecosystem: 'python', sources: new Map(), cores: 2 });
    expect(out?.causes).toEqual([]);
  });
});

describe('order read from recorded workers and times (no replay)', () => {
  // Serial collection order puts the polluter after the victim; in parallel, load balancing moves
  // it ahead of the victim on the victim's worker in the runs where the victim fails.
  const serial = (id: string): RunResult =>
    run(id, 1, [tc(victim, 'passed', { startedAt: 100, endedAt: 200 }), tc(other, 'passed', { startedAt: 200, endedAt: 300 }), tc(polluter, 'passed', { startedAt: 300, endedAt: 400 })]);
  const parallel = (id: string, polluterWorker: string, victimOutcome: 'passed' | 'failed'): RunResult =>
    run(id, 4, [
      tc(polluter, 'passed', { worker: polluterWorker, startedAt: 1000, endedAt: 1500 }),
      tc(other, 'passed', { worker: 'gw1', startedAt: 1000, endedAt: 1200 }),
      tc(victim, victimOutcome, { worker: 'gw0', startedAt: 1600, endedAt: 1700, ...(victimOutcome === 'failed' ? { message } : {}) }),
    ]);

  it('a test failing each time one test ran before it on its worker, and passing otherwise: order dependence, possible', () => {
    const runs = [serial('d-001-w1'), parallel('d-002-w4', 'gw0', 'failed'), parallel('d-003-w4', 'gw2', 'passed'), parallel('d-004-w4', 'gw0', 'failed')];
    const got = topCause(victim, runs);
    expect(got.cause).toBe('order-dependence');
    expect(got.score).toBeGreaterThanOrEqual(0.35);
    expect(got.score).toBeLessThan(0.7);
    expect(got.evidence.join('\n')).toMatch(/ran after .*test_exports_csv on the same worker in each of its 2 failing runs/);
  });

  it('no reading when the same test also ran before it in a passing run (the serial one)', () => {
    const before = run('d-001-w1', 1, [tc(polluter, 'passed', { startedAt: 100, endedAt: 200 }), tc(victim, 'passed', { startedAt: 200, endedAt: 300 })]);
    const runs = [before, parallel('d-002-w4', 'gw0', 'failed'), parallel('d-004-w4', 'gw0', 'failed')];
    expect(topCause(victim, runs).cause).toBe('unknown');
  });
});
