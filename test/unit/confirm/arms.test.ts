import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, suspectState } from '../../../src/confirm/arms.js';
import type { Suspect } from '../../../src/confirm/suspects.js';
import type { RunResult } from '../../../src/model.js';
import { nominate, type Nomination } from '../../../src/verdict/index.js';
import { runsOf } from './run-table.js';

const T = 'tests/test_t.py::c::test_t';
/** Discovery: 0/3 serial, 2/3 at 4 workers; T is the only nominee (threshold e-value 100). */
const discovery = [...runsOf(T, 'discovery', 1, 'PPP'), ...runsOf(T, 'discovery', 4, 'FPF')];
const nomination: Nomination = nominate(discovery, 1);
const nominee = nomination.nominees.get(T);
if (nominee === undefined) throw new Error('T not nominated');
const suspect: Suspect = { id: T, nominee, threshold: 4, companions: [] };
const state = (runs: readonly RunResult[], supportsSubset = true) => suspectState(suspect, [...discovery, ...runs], nomination, supportsSubset, DEFAULT_LIMITS);
const serial = (o: string) => runsOf(T, 'confirm-serial', 1, o, { subset: [T] });
const parallel = (o: string, full = false) => runsOf(T, 'confirm-parallel', 4, o, full ? {} : { subset: [T, 'other'] });

describe('suspectState (blocks of 2 serial + 1 parallel observation)', () => {
  it('runs the serial half of a block first, then its parallel run', () => {
    expect(state([]).needs).toEqual({ serial: true, parallel: false });
    expect(state(serial('P')).needs).toEqual({ serial: true, parallel: false });
    expect(state(serial('PP')).needs).toEqual({ serial: false, parallel: true });
    expect(state([...serial('PP'), ...parallel('F')]).needs).toEqual({ serial: true, parallel: false });
  });

  it('stops once the e-value reaches the threshold, and names it', () => {
    const s = state([...serial('PP'), ...parallel('F'), ...serial('PP'), ...parallel('F'), ...serial('PP'), ...parallel('F'), ...serial('PP'), ...parallel('F')]);
    expect(s.stopped).toMatch(/^confirmed: e-value \S+ >= 100 after 4 block\(s\)$/);
    expect(s.needs).toEqual({ serial: false, parallel: false });
  });

  it('a single serial failure settles the test (flaky) and ends it', () => {
    const s = state(serial('PF'));
    expect(s.stopped).toBe('fails serially (1/2): flaky');
    expect(s.needs).toEqual({ serial: false, parallel: false });
  });

  it('stops a parallel arm that fails far less than a confirmable rate (futility; never makes the gate fail)', () => {
    const runs: RunResult[] = [];
    for (let b = 0; b < 19; b++) runs.push(...serial('PP'), ...parallel('P'));
    expect(state(runs).stopped).toContain('does not reproduce at a rate the rule could confirm');
  });

  it('stops when even an optimistic rate could not reach the threshold within the cap', () => {
    // Twenty more nominees: T needs e >= 21 / 0.01. One parallel failure in ten blocks (0.1) is
    // too little for the futility test (p = 0.1 vs 0.3), but at block 25 (3/25) even the upper
    // 99% bound of its rate, 0.35, would need more than the 15 blocks the cap leaves.
    const crowd = Array.from({ length: 20 }, (_, i) => `tests/test_o${i}.py::c::test_o`);
    const discoveryRuns = [...discovery, ...crowd.flatMap((o) => [...runsOf(o, 'discovery', 1, 'PPP'), ...runsOf(o, 'discovery', 4, 'PPF')])];
    const crowded = nominate(discoveryRuns, 1);
    const runs: RunResult[] = [...discoveryRuns];
    const at = (blocks: number) => suspectState(suspect, runs.slice(0, discoveryRuns.length + 3 * blocks), crowded, true, DEFAULT_LIMITS).stopped;
    for (let b = 0; b < 25; b++) runs.push(...serial('PP'), ...parallel(b % 10 === 0 ? 'F' : 'P'));
    expect(at(24)).toBeNull();
    expect(at(25)).toBe('cannot be decided within the cap (3/25 parallel: even at a rate of 0.35 it would need more than the 15 block(s) left)');
  });

  it('falls back to the full suite once its subset runs miss significantly more than discovery did, and stays there', () => {
    // Discovery 2/3 against 0/k subset runs: one-sided Fisher p = C(3,2) / C(3+k,2), below 0.05 at k = 9.
    const blocks = (k: number): RunResult[] => Array.from({ length: k }, () => [...serial('PP'), ...parallel('P')]).flat();
    expect(state(blocks(8)).mode).toBe('subset');
    expect(state(blocks(9)).mode).toBe('full');
    expect(state([...blocks(1), ...serial('PP'), ...parallel('P', true)]).mode).toBe('full');
    expect(state([], false).mode).toBe('full');
  });

  it('ends at the cap, counting runs that lost the test too', () => {
    const runs = Array.from({ length: DEFAULT_LIMITS.blocks }, () => [...serial('PP'), ...parallel('L')]).flat();
    expect(state(runs).stopped).toContain('run cap reached');
  });
});
