import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import type { Outcome, RunResult, TestCase } from '../../../src/model.js';
import { makeRun, runsFrom } from './run-builder.js';

describe('analyse', () => {
  const table = {
    'b::stable': { 1: 'PPPP', 4: 'PPPP' },
    'a::stable': { 1: 'PPPP', 4: 'PPPP' },
    'skip': { 1: 'SSSS', 4: 'SSSS' },
    'broken': { 1: 'FFFF', 4: 'FFFF' },
    'y::par': { 1: 'PPPP', 4: 'FFPF' },
    'x::par': { 1: 'PPPP', 4: 'PPFP' },
    'flaky': { 1: 'PFPP', 4: 'PPPP' },
  };

  it('orders tests parallel-only, flaky, broken, lost, stable, skipped, then by id', () => {
    const runs = runsFrom(table);
    // A crashed parallel run without 'gone' makes it lost.
    runs.push(makeRun('d-100-w4', 4, { 'a::stable': 'passed' }, { exitCode: null, signal: 'SIGKILL' }));
    runs.push(makeRun('d-101-w1', 1, { gone: 'passed' }));
    runs.push(makeRun('d-102-w4', 4, { gone: 'passed' }));
    const ids = analyse(runs).tests.map((t) => `${t.verdict}:${t.id}`);
    expect(ids).toEqual([
      'parallel-only:x::par',
      'parallel-only:y::par',
      'flaky:flaky',
      'broken:broken',
      'lost:b::stable',
      'lost:gone',
      'stable:a::stable',
      'skipped:skip', // skipped wherever reported; missing from the crashed run does not make it lost
    ]);
  });

  it('is deterministic: same runs, same bytes, whatever the order of cases inside a run', () => {
    const runs = runsFrom(table);
    const reversed: RunResult[] = runs.map((r) => ({ record: r.record, cases: [...r.cases].reverse() }));
    expect(JSON.stringify(analyse(reversed))).toBe(JSON.stringify(analyse(runs)));
  });

  it('handles no runs', () => {
    expect(analyse([])).toEqual({
      tests: [],
      clusters: [],
      summary: { parallelOnly: 0, flaky: 0, broken: 0, stable: 0, lost: 0, skipped: 0 },
      serialWorkers: 0,
      parallelWorkers: [],
    });
  });

  it('adds byWorkers entries for configured counts that have no runs', () => {
    const analysis = analyse(runsFrom({ a: { 1: 'P', 4: 'P' } }), [1, 4, 8]);
    expect(analysis.parallelWorkers).toEqual([4, 8]);
    expect(analysis.tests[0]?.byWorkers['8']).toEqual({ runs: 0, passed: 0, failed: 0, lost: 0, skipped: 0, rateLow: 0, rateHigh: 1 });
  });
});

describe('analyse at scale', () => {
  it('handles 20,000 tests x 40 runs', () => {
    const counts = [1, 2, 4, 8];
    const runs: RunResult[] = [];
    for (let i = 0; i < 10; i++) {
      for (const workers of counts) {
        const cases: TestCase[] = [];
        for (let t = 0; t < 20_000; t++) {
          const id = `tests/test_${Math.floor(t / 50)}.py::T::test_${t}`;
          // 100 parallel-only tests at ~25%, 20 flaky, a crashed run losing the tail of the suite.
          const failing = (t < 100 && workers > 1 && (i + t) % 4 === 0) || (t >= 100 && t < 120 && (i * 7 + t) % 9 === 0);
          const outcome: Outcome = failing ? 'failed' : 'passed';
          if (i === 3 && workers === 8 && t >= 19_000) continue;
          cases.push({ id, classname: 'T', name: `test_${t}`, outcome, ...(failing ? { message: 'boom' } : {}) });
        }
        const crashed = i === 3 && workers === 8;
        runs.push({ ...makeRun(`d-${i}-w${workers}`, workers, {}, crashed ? { timedOut: true, exitCode: null } : {}), cases });
      }
    }
    const started = performance.now();
    const cpu = process.cpuUsage();
    const analysis = analyse(runs);
    const used = process.cpuUsage(cpu);
    // Reported, not asserted (house rule: no timing assertions); CPU time is steadier than wall
    // time on a shared runner.
    const wall = (performance.now() - started).toFixed(0);
    console.log(`analyse: 20,000 tests x ${runs.length} runs: ${wall} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
    expect(analysis.tests).toHaveLength(20_000);
    expect(analysis.summary).toEqual({ parallelOnly: 100, flaky: 20, broken: 0, stable: 18_880, lost: 1000, skipped: 0 });
    expect(analysis.tests[0]).toMatchObject({ verdict: 'parallel-only', threshold: 2 });
  });
});
