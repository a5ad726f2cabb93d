// The gate with quarantine, expired entries and new-only gating (issue 7 parts 3 and 4).
import { describe, expect, it } from 'vitest';
import { decideGate } from '../../../src/analyse/gate.js';
import type { Quarantined } from '../../../src/model.js';
import { analysisOf } from './analysis-builder.js';

const test = analysisOf;

const q: Quarantined = { entry: 'old', reason: 'shares /tmp/x', owner: '@team' };
const fresh = test('new', 'parallel-only', 'confirmed');
const old = test('old', 'parallel-only', 'confirmed');
const oldQuarantined = test('old', 'parallel-only', 'confirmed', q);
const flakyQuarantined = test('fl', 'flaky', 'likely', { ...q, entry: 'fl' });

describe('decideGate: new-parallel-only', () => {
  it('passes when every parallel-only test is known on the base branch, naming them', () => {
    const gate = decideGate([old], 'new-parallel-only', { known: new Set(['old']) });
    expect(gate).toEqual({
      failed: false,
      failOn: 'new-parallel-only',
      reason: 'No new test fails only in parallel; already known on the base branch (not blocking): old.',
      known: ['old'],
      failOnConfidence: 'confirmed',
    });
  });

  it('fails on a newly introduced parallel-only test and says which were known', () => {
    const gate = decideGate([fresh, old], 'new-parallel-only', { known: new Set(['old']) });
    expect(gate.failed).toBe(true);
    expect(gate.reason).toBe('1 new test fails only in parallel: new; already known on the base branch (not blocking): old.');
  });

  it('degrades to blocking when the history is unknown, and says so', () => {
    const note = 'the stability history could not be read (HTTP 403), so every parallel-only test counts as new';
    const gate = decideGate([old], 'new-parallel-only', { knownNote: note });
    expect(gate.failed).toBe(true);
    expect(gate.reason).toContain(note);
  });

  it('counts a quarantined test as known', () => {
    expect(decideGate([oldQuarantined], 'new-parallel-only')).toMatchObject({ failed: false, quarantined: ['old'] });
  });

  it('knowing a test does not help under plain parallel-only', () => {
    expect(decideGate([old], 'parallel-only', { known: new Set(['old']) }).failed).toBe(true);
  });
});

describe('decideGate: quarantine', () => {
  it('quarantined parallel-only and flaky tests never fail the gate but are named', () => {
    const gate = decideGate([oldQuarantined, flakyQuarantined], 'flaky');
    expect(gate).toEqual({
      failed: false,
      failOn: 'flaky',
      reason: 'No test fails only in parallel or is flaky; quarantined (not blocking): old, fl.',
      quarantined: ['fl', 'old'],
      failOnConfidence: 'confirmed',
    });
  });

  it('an unquarantined test still fails next to a quarantined one', () => {
    expect(decideGate([oldQuarantined, fresh], 'parallel-only')).toMatchObject({ failed: true, reason: '1 test fails only in parallel: new; quarantined (not blocking): old.' });
  });

  it('an expired entry fails the gate loudly, naming entry and date', () => {
    const gate = decideGate([], 'parallel-only', { expired: ['tests/a.py::t (expired 2026-01-31)'] });
    expect(gate).toEqual({
      failed: true,
      failOn: 'parallel-only',
      reason: '1 quarantine entry has expired: tests/a.py::t (expired 2026-01-31).',
      expired: ['tests/a.py::t (expired 2026-01-31)'],
      failOnConfidence: 'confirmed',
    });
  });

  it('fail-on never reports an expired entry but passes', () => {
    expect(decideGate([], 'never', { expired: ['x (expired 2026-01-01)'] })).toMatchObject({ failed: false });
  });
});
