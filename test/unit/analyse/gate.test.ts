import { describe, expect, it } from 'vitest';
import { decideGate } from '../../../src/analyse/gate.js';
import { analysisOf } from './analysis-builder.js';

const test = analysisOf;

const confirmed = test('a', 'parallel-only', 'confirmed');
const likely = { ...test('b', 'parallel-only', 'likely'), runsToDecide: 12 };
const suspect = test('c', 'parallel-only', 'insufficient');
const flaky = test('f', 'flaky', 'likely');
const stable = test('s', 'stable', 'confirmed');

describe('decideGate', () => {
  it('parallel-only: fails on confirmed parallel-only tests only; likely ones are named as warnings with what would decide them', () => {
    expect(decideGate([confirmed, likely, stable], 'parallel-only')).toEqual({
      failed: true,
      failOn: 'parallel-only',
      reason: '1 test fails only in parallel: a; 1 parallel-only test is below confirmed and does not fail the gate: b (likely, about 12 more runs would decide).',
      failOnConfidence: 'confirmed',
      undecided: ['b'],
    });
  });

  it('parallel-only: likely and insufficient tests alone pass, named', () => {
    expect(decideGate([likely, suspect, flaky, stable], 'parallel-only')).toEqual({
      failed: false,
      failOn: 'parallel-only',
      reason: '2 parallel-only tests are below confirmed and do not fail the gate: b (likely, about 12 more runs would decide), c (insufficient).',
      failOnConfidence: 'confirmed',
      undecided: ['b', 'c'],
    });
  });

  it('fail-on-confidence opts in to failing on likely, or on any parallel-only test', () => {
    expect(decideGate([likely, suspect], 'parallel-only', { failOnConfidence: 'likely' })).toMatchObject({
      failed: true,
      reason: '1 test fails only in parallel: b; 1 parallel-only test is below likely and does not fail the gate: c (insufficient).',
      failOnConfidence: 'likely',
      undecided: ['c'],
    });
    expect(decideGate([suspect], 'parallel-only', { failOnConfidence: 'insufficient' })).toMatchObject({ failed: true, reason: '1 test fails only in parallel: c.' });
  });

  it('parallel-only: ignores flaky tests', () => {
    expect(decideGate([flaky, stable], 'parallel-only')).toMatchObject({ failed: false, reason: 'No test fails only in parallel.' });
  });

  it('flaky: fails on flaky tests too', () => {
    expect(decideGate([flaky, stable], 'flaky')).toMatchObject({ failed: true, reason: '1 test is flaky: f.' });
    expect(decideGate([confirmed, flaky, suspect], 'flaky')).toMatchObject({
      failed: true,
      reason: '1 test fails only in parallel: a; 1 test is flaky: f; 1 parallel-only test is below confirmed and does not fail the gate: c (insufficient).',
    });
    expect(decideGate([stable], 'flaky')).toMatchObject({ failed: false, reason: 'No test fails only in parallel or is flaky.' });
  });

  it('never: never fails, but still says what it found', () => {
    expect(decideGate([confirmed, flaky], 'never')).toEqual({
      failed: false,
      failOn: 'never',
      reason: '1 test fails only in parallel: a; 1 test is flaky: f (fail-on: never, so the gate passes).',
      failOnConfidence: 'confirmed',
    });
  });

  it('names five tests, then counts the rest', () => {
    const many = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'].map((id) => test(id, 'parallel-only', 'confirmed'));
    expect(decideGate(many, 'parallel-only').reason).toBe('7 tests fail only in parallel: t1, t2, t3, t4, t5 and 2 more.');
  });
});
