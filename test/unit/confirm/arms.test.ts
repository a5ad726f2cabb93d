import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, suspectState } from '../../../src/confirm/arms.js';
import type { Suspect } from '../../../src/confirm/suspects.js';
import type { RunResult } from '../../../src/model.js';
import { runsOf } from './run-table.js';

const T = 'tests/test_t.py::c::test_t';
const suspect: Suspect = { id: T, reason: 'parallel-only', threshold: 4, serial: { failed: 0, n: 3 }, parallel: { failed: 2, n: 3 }, companions: [] };
const state = (runs: readonly RunResult[], supportsSubset = true) => suspectState(suspect, runs, 1, supportsSubset, DEFAULT_LIMITS);
const serial = (o: string) => runsOf(T, 'confirm-serial', 1, o, { subset: [T] });
const parallel = (o: string, full = false) => runsOf(T, 'confirm-parallel', 4, o, full ? {} : { subset: [T] });

describe('suspectState (SPRT per arm, Wald 1945)', () => {
  it('starts with the serial arm alone (it leads for 3 runs)', () => {
    expect(state([]).needs).toEqual({ serial: true, parallel: false });
    expect(state(serial('PPP')).needs).toEqual({ serial: true, parallel: true });
  });

  it('a certain collision decides its parallel arm in 2 runs, and the test stops once `confirmed` holds', () => {
    const s = state([...serial('PPPPPPP'), ...parallel('FF')]);
    expect(s.parallel.decision).toBe('accept-h1');
    expect(s.needs).toEqual({ serial: true, parallel: false });
    expect(s.stopped).toBeNull();
    expect(state([...serial('PPPPPPPP'), ...parallel('FF')]).stopped).toContain('confirmed'); // 0/8: bound 0.31 < 1/3
  });

  it('two early serial failures rule a test flaky and end it', () => {
    const s = state(serial('FPF'));
    expect(s.serial.decision).toBe('accept-h1');
    expect(s.stopped).toContain('flaky');
    expect(s.needs).toEqual({ serial: false, parallel: false });
  });

  it('a serial failure on record pauses the parallel arm until the serial arm decides', () => {
    expect(state(serial('PPPF')).needs).toEqual({ serial: true, parallel: false });
  });

  it('ten clean parallel runs accept H0: nothing parallel-only to confirm', () => {
    const s = state([...serial('PPP'), ...parallel('P'.repeat(10), true)]);
    expect(s.parallel.decision).toBe('accept-h0');
    expect(s.stopped).toContain('does not reproduce');
  });

  it('keeps both arms going when both lean parallel-only but `confirmed` does not hold yet', () => {
    const s = state([...serial('P'.repeat(15)), ...parallel('FFPP', true)]);
    expect(s.serial.decision).toBe('accept-h0');
    expect(s.parallel.decision).toBe('accept-h1');
    expect(s.stopped).toBeNull();
    expect(s.needs).toEqual({ serial: true, parallel: true });
  });

  it('falls back to the full suite after 3 subset runs that do not reproduce, and caps each arm', () => {
    expect(state([...serial('PPP'), ...parallel('PP')]).mode).toBe('subset');
    expect(state([...serial('PPP'), ...parallel('PPP')]).mode).toBe('full');
    expect(state([], false).mode).toBe('full');
    const capped = state([...serial('PF' + 'P'.repeat(18))]);
    expect(capped.serial.capped).toBe(true);
    expect(capped.needs.serial).toBe(false);
  });
});
