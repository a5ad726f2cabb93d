import { describe, expect, it } from 'vitest';
import { decideGate } from '../../../src/analyse/gate.js';
import { analysisOf } from './analysis-builder.js';

const test = analysisOf;

const confirmed = test('a', 'parallel-only', 'confirmed');
const likely = test('b', 'parallel-only', 'likely');
const suspect = test('c', 'parallel-only', 'insufficient');
const flaky = test('f', 'flaky', 'likely');
const stable = test('s', 'stable', 'confirmed');

describe('decideGate', () => {
  it('parallel-only: fails on confirmed and likely parallel-only tests, naming them', () => {
    expect(decideGate([confirmed, likely, stable], 'parallel-only')).toEqual({
      failed: true,
      failOn: 'parallel-only',
      reason: '2 tests fail only in parallel: a, b.',
    });
  });

  it('parallel-only: an insufficient suspect alone passes but is named', () => {
    expect(decideGate([suspect, flaky, stable], 'parallel-only')).toEqual({
      failed: false,
      failOn: 'parallel-only',
      reason: '1 suspect needs more runs to decide: c.',
    });
  });

  it('parallel-only: ignores flaky tests', () => {
    expect(decideGate([flaky, stable], 'parallel-only')).toMatchObject({ failed: false, reason: 'No test fails only in parallel.' });
  });

  it('flaky: fails on flaky tests too', () => {
    expect(decideGate([flaky, stable], 'flaky')).toMatchObject({ failed: true, reason: '1 test is flaky: f.' });
    expect(decideGate([confirmed, flaky, suspect], 'flaky')).toMatchObject({
      failed: true,
      reason: '1 test fails only in parallel: a; 1 test is flaky: f; 1 suspect needs more runs to decide: c.',
    });
    expect(decideGate([stable], 'flaky')).toMatchObject({ failed: false, reason: 'No test fails only in parallel or is flaky.' });
  });

  it('never: never fails, but still says what it found', () => {
    expect(decideGate([confirmed, flaky], 'never')).toEqual({
      failed: false,
      failOn: 'never',
      reason: '1 test fails only in parallel: a; 1 test is flaky: f (fail-on: never, so the gate passes).',
    });
  });

  it('names five tests, then counts the rest', () => {
    const many = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'].map((id) => test(id, 'parallel-only', 'likely'));
    expect(decideGate(many, 'parallel-only').reason).toBe('7 tests fail only in parallel: t1, t2, t3, t4, t5 and 2 more.');
  });
});
