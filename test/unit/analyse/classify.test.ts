import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import type { TestAnalysis } from '../../../src/model.js';
import { makeRun, runsFrom } from './run-builder.js';

const testOf = (tests: readonly TestAnalysis[], id: string): TestAnalysis => {
  const test = tests.find((t) => t.id === id);
  if (test === undefined) throw new Error(`no test ${id}`);
  return test;
};

describe('verdicts', () => {
  const { tests, summary } = analyse(
    runsFrom({
      stable: { 1: 'PPPPP', 4: 'PPPPP' },
      parallelOnly: { 1: 'PPPPP', 4: 'PFPFF' },
      flaky: { 1: 'PFPPP', 4: 'PPFPP' },
      broken: { 1: 'FFFFF', 4: 'EFFFF' },
      skipped: { 1: 'SSSSS', 4: 'SSSSS' },
      skippedInParallel: { 1: 'PPPPP', 4: 'SSSSS' },
      errorsInParallel: { 1: 'PPPPP', 4: 'EEPPP' },
    }),
  );

  it.each([
    ['stable', 'stable'],
    ['parallelOnly', 'parallel-only'],
    ['flaky', 'flaky'],
    ['broken', 'broken'],
    ['skipped', 'skipped'],
    ['skippedInParallel', 'stable'],
    ['errorsInParallel', 'parallel-only'],
  ])('%s -> %s', (id, verdict) => {
    expect(testOf(tests, id).verdict).toBe(verdict);
  });

  it('counts verdicts in the summary', () => {
    expect(summary).toEqual({ parallelOnly: 2, flaky: 1, broken: 1, stable: 2, lost: 0, skipped: 1 });
  });

  it('fills byWorkers with counts and Wilson intervals over runs where the test ran', () => {
    const t = testOf(tests, 'parallelOnly');
    expect(t.byWorkers['4']).toMatchObject({ runs: 5, passed: 2, failed: 3, lost: 0, skipped: 0 });
    expect(t.byWorkers['4']?.rateLow).toBeCloseTo(0.23072, 4); // Wilson 3/5
    expect(t.byWorkers['4']?.rateHigh).toBeCloseTo(0.88236, 4);
    expect(t.byWorkers['1']).toMatchObject({ runs: 5, failed: 0, rateLow: 0 });
    const skippedInParallel = testOf(tests, 'skippedInParallel').byWorkers['4'];
    expect(skippedInParallel).toMatchObject({ runs: 5, skipped: 5, rateLow: 0, rateHigh: 1 });
  });

  it('sets threshold, messages and empty causes', () => {
    expect(testOf(tests, 'parallelOnly')).toMatchObject({ threshold: 4, messages: ['parallelOnly failed'], causes: [] });
    expect(testOf(tests, 'flaky').threshold).toBe(1);
    // No comparison rests on a stable test: no statistic, no sample.
    expect(testOf(tests, 'stable')).toMatchObject({ threshold: null, messages: [], pValue: null, probParallelWorse: null });
    expect(testOf(tests, 'stable').sample).toBeUndefined();
  });
});

describe('lost', () => {
  it('is lost when it never failed but went missing from a crashed run, and passed elsewhere', () => {
    const runs = [
      makeRun('r1', 1, { a: 'passed', b: 'passed' }),
      makeRun('r2', 4, { a: 'passed' }, { exitCode: null, signal: 'SIGKILL', timedOut: true }),
      makeRun('r3', 4, { a: 'passed', b: 'passed' }),
    ];
    const t = testOf(analyse(runs).tests, 'b');
    expect(t).toMatchObject({ verdict: 'lost', confidence: 'likely' });
    expect(t.byWorkers['4']).toMatchObject({ runs: 2, passed: 1, lost: 1 });
  });

  it('a failure outranks a loss: failed in parallel and lost elsewhere is parallel-only', () => {
    const runs = [
      makeRun('r1', 1, { a: 'passed', b: 'passed' }),
      makeRun('r2', 4, { a: 'passed' }, { parse: 'salvaged' }),
      makeRun('r3', 4, { a: 'passed', b: 'failed' }),
    ];
    expect(testOf(analyse(runs).tests, 'b').verdict).toBe('parallel-only');
  });
});

describe('tests that only appear in parallel runs', () => {
  it('a crash stand-in seen in 3 of 5 parallel runs is parallel-only and likely', () => {
    const crash = "tests/test_db.py::worker 'gw1' crashed";
    const sibling = 'tests/test_db.py::test_a';
    const runs = runsFrom({ [sibling]: { 1: 'PPPPP', 4: 'PPPPP' } }).map((run, i) =>
      run.record.workers === 4 && i % 4 !== 3
        ? makeRun(run.record.id, 4, { [sibling]: 'passed', [crash]: { outcome: 'error', message: "worker 'gw1' crashed while running" } })
        : run,
    );
    const t = testOf(analyse(runs).tests, crash);
    // Serial absences in clean runs count as "no crash"; the crashed runs themselves are unclean,
    // which does not matter for the stand-in that reports the crash.
    expect(t.byWorkers['1']).toMatchObject({ runs: 5, passed: 5, failed: 0 });
    expect(t.byWorkers['4']).toMatchObject({ failed: 3, passed: 2 });
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'likely' });
    expect(t.probParallelWorse).toBeCloseTo(0.9851735138432085, 8); // 3/5 vs 0/5
    expect(t.pValue).toBeCloseTo(0.08333333333333333, 12);
  });
});

describe('confidence tiers without confirmation (discovery alone: the all-runs sample, at most likely)', () => {
  it('3/10 parallel vs 0/10 serial: p = 0.105, P = 0.976 -> likely, with the runs a confirmation would take', () => {
    const t = testOf(analyse(runsFrom({ x: { 1: 'PPPPPPPPPP', 4: 'FPPFPPFPPP' } })).tests, 'x');
    expect(t.pValue).toBeCloseTo(0.10526315789473684, 12);
    expect(t.probParallelWorse).toBeCloseTo(0.9762504911763297, 8);
    expect(t.confidence).toBe('likely');
    expect(t.sample).toMatchObject({ source: 'all-runs', serial: { workers: [1], failed: 0, n: 10 }, parallel: { workers: [4], failed: 3, n: 10 } });
    expect(t.sample?.parallel.runs).toHaveLength(10);
    expect(t.runsToDecide).toBe(72);
  });

  it('10/10 parallel vs 0/10 serial in discovery alone -> likely: discovery only nominates', () => {
    const t = testOf(analyse(runsFrom({ x: { 1: 'PPPPPPPPPP', 4: 'FFFFFFFFFF' } })).tests, 'x');
    expect(t.pValue).toBeCloseTo(5.412544112234515e-6, 15);
    expect(t.confidence).toBe('likely');
    expect(t.runsToDecide).toBe(12);
  });

  it('1/5 parallel vs 0/5 serial -> insufficient', () => {
    const t = testOf(analyse(runsFrom({ x: { 1: 'PPPPP', 4: 'PPFPP' } })).tests, 'x');
    expect(t.pValue).toBeCloseTo(0.5, 12);
    expect(t.probParallelWorse).toBeCloseTo(0.8346024233401687, 8);
    expect(t).toMatchObject({ confidence: 'insufficient', runsToDecide: 192 });
  });

  it('pools every count above serial: 1,2,4 with failures only at 4', () => {
    const analysis = analyse(runsFrom({ x: { 1: 'PPPPP', 2: 'PPPPP', 4: 'FFFFF' } }));
    const t = testOf(analysis.tests, 'x');
    expect(analysis).toMatchObject({ serialWorkers: 1, parallelWorkers: [2, 4] });
    expect(t.pValue).toBeCloseTo(0.08391608391608392, 12); // 5/10 vs 0/5
    expect(t.probParallelWorse).toBeCloseTo(0.9820592488640729, 8);
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'likely', threshold: 4 });
  });

  it('flaky: confirmed with two serial failures, likely with one', () => {
    const { tests } = analyse(runsFrom({ two: { 1: 'FPFPP', 4: 'PPPPP' }, one: { 1: 'PPPPF', 4: 'FFFFF' } }));
    expect(testOf(tests, 'two')).toMatchObject({ verdict: 'flaky', confidence: 'confirmed' });
    expect(testOf(tests, 'one')).toMatchObject({ verdict: 'flaky', confidence: 'likely' });
  });

  it('stable and broken: confirmed at 3 runs per arm, likely at 1, insufficient without a parallel run', () => {
    const { tests } = analyse(
      runsFrom({ s3: { 1: 'PPP', 4: 'PPP' }, s1: { 1: 'P--', 4: 'P--' }, b3: { 1: 'FFF', 4: 'FFF' }, s0: { 1: 'PPP', 4: 'SSS' } }),
    );
    expect(testOf(tests, 's3')).toMatchObject({ verdict: 'stable', confidence: 'confirmed' });
    expect(testOf(tests, 's1')).toMatchObject({ verdict: 'stable', confidence: 'likely' });
    expect(testOf(tests, 'b3')).toMatchObject({ verdict: 'broken', confidence: 'confirmed' });
    expect(testOf(tests, 's0')).toMatchObject({ verdict: 'stable', confidence: 'insufficient', runsToDecide: 3 });
  });

  it('with a single worker count no parallel arm is required', () => {
    const t = testOf(analyse(runsFrom({ s: { 1: 'PPP' } })).tests, 's');
    expect(t).toMatchObject({ verdict: 'stable', confidence: 'confirmed', pValue: null, probParallelWorse: null });
  });

  it('pValue is null when the test never ran in one arm', () => {
    const t = testOf(analyse(runsFrom({ x: { 1: 'SSS', 4: 'FPF' } })).tests, 'x');
    expect(t).toMatchObject({ verdict: 'parallel-only', pValue: null, probParallelWorse: null, confidence: 'insufficient', sample: { serial: { n: 0 }, parallel: { failed: 2, n: 3 } } });
    // Without a serial run the projection bets on a serial rate of ½: nothing it could decide soon.
    expect(t.runsToDecide).toBeUndefined();
  });
});
