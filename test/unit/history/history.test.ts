// The stability history: merge (trends, newly appeared / fixed, order-independence), run comments
// (round trip, hostile ids), and the rendered body (sanitised, bounded).
import { describe, expect, it } from 'vitest';
import { knownTests, mergeHistory, TREND_RUNS } from '../../../src/history/merge.js';
import { renderTrackingBody, TRACKING_MARKER } from '../../../src/history/render.js';
import { MAX_TESTS_PER_RUN, parseRunComment, renderRunComment, runFromReport, type RunTest, type StabilityRun } from '../../../src/history/run-record.js';
import type { Report, TestAnalysis } from '../../../src/model.js';

function run(n: number, tests: RunTest[]): StabilityRun {
  return { runId: String(n), runUrl: `https://github.example/o/r/actions/runs/${n}`, at: `2026-11-${String(n).padStart(2, '0')}T03:00:00.000Z`, sha: null, testsSeen: 10, tests };
}
const po = (id: string, rate: number): RunTest => ({ id, verdict: 'parallel-only', rate });

describe('mergeHistory', () => {
  const runs = [run(1, [po('a', 0.6), po('b', 0.2)]), run(2, [po('a', 0.4), po('b', 0.2)]), run(3, [po('c', 0.5)])];

  it('keeps first seen, last seen and the rate trend per test, with 0 where a run did not flag it', () => {
    const h = mergeHistory(runs);
    const a = h.tests.find((t) => t.id === 'a');
    expect(a).toMatchObject({ firstSeen: runs[0]?.at, lastSeen: runs[1]?.at, trend: [0.6, 0.4, 0], active: false });
    expect(h.tests.find((t) => t.id === 'c')).toMatchObject({ trend: [0.5], active: true, firstRunUrl: 'https://github.example/o/r/actions/runs/3' });
  });

  it('names newly appeared and newly fixed tests of the latest run', () => {
    const h = mergeHistory(runs);
    expect(h.newlyAppeared).toEqual(['c']);
    expect(h.newlyFixed).toEqual(['a', 'b']);
  });

  it('is independent of the order runs arrive in and counts a run once (concurrent appends lose nothing)', () => {
    const shuffled = mergeHistory([runs[2], runs[0], runs[1], runs[0]].filter((r): r is StabilityRun => r !== undefined));
    expect(shuffled).toEqual(mergeHistory(runs));
    expect(shuffled.runs).toHaveLength(3);
  });

  it('bounds the trend to the last runs, but first seen still goes back to the first', () => {
    const many = Array.from({ length: TREND_RUNS + 5 }, (_, i) => run(i + 1, [po('a', 0.1)]));
    const a = mergeHistory(many).tests[0];
    expect(a?.trend).toHaveLength(TREND_RUNS);
    expect(a?.firstSeen).toBe(many[0]?.at);
  });

  it('knows the tests flagged in the recent runs only', () => {
    const old = [run(1, [po('gone', 1)]), ...Array.from({ length: TREND_RUNS }, (_, i) => run(i + 2, [po('a', 0.1)]))];
    expect([...knownTests(mergeHistory(old))]).toEqual(['a']);
  });
});

describe('run comments', () => {
  it('round-trips a run, and a hostile id cannot break out of the data block', () => {
    const r = run(4, [po('x```\n<!-- -->\n@org/team `rm`', 0.25)]);
    const body = renderRunComment(r);
    expect(body.match(/```/g)).toHaveLength(2);
    expect(parseRunComment(body)).toEqual(r);
  });

  it('ignores unrelated or broken comments', () => {
    expect(parseRunComment('hello')).toBeNull();
    expect(parseRunComment(renderRunComment(run(1, [])).replace('"runId"', '"runld"'))).toBeNull();
  });

  it('builds a run from a report: parallel-only rate from the parallel arms only, capped in size', () => {
    const t = (id: string, verdict: TestAnalysis['verdict']): TestAnalysis => ({
      id, display: id, classname: 'c', name: id, verdict, confidence: 'likely', pValue: null, probParallelWorse: null, threshold: null, cluster: null, messages: [], causes: [],
      byWorkers: {
        '1': { runs: 5, passed: 5, failed: 0, lost: 0, skipped: 0, rateLow: 0, rateHigh: 0 },
        '4': { runs: 5, passed: 2, failed: 3, lost: 0, skipped: 0, rateLow: 0, rateHigh: 0 },
      },
    });
    const tests = [t('p', 'parallel-only'), t('s', 'stable'), ...Array.from({ length: MAX_TESTS_PER_RUN + 3 }, (_, i) => t(`f${i}`, 'flaky'))];
    const report = { config: { workers: [1, 4] }, tests } as unknown as Report;
    const r = runFromReport(report, { runId: '9', runUrl: null, at: '2026-11-09T00:00:00Z', sha: null });
    expect(r.tests).toHaveLength(MAX_TESTS_PER_RUN);
    expect(r.tests.find((x) => x.id === 'p')).toEqual({ id: 'p', verdict: 'parallel-only', rate: 0.6 });
    expect(r.tests.find((x) => x.id === 'f0')?.rate).toBe(0.3);
    expect(r.testsSeen).toBe(tests.length);
  });
});

describe('renderTrackingBody', () => {
  it('shows the marker, trends, sections and run links; sanitises ids', () => {
    const h = mergeHistory([run(1, [po('a', 0.6)]), run(2, [po('a', 0.4), po('@evil <img>', 1)]), run(3, [po('@evil <img>', 1)])]);
    const body = renderTrackingBody(h, { maxChars: 60_000 });
    expect(body.startsWith(TRACKING_MARKER)).toBe(true);
    expect(body).toContain('0.60 → 0.40 → 0.00');
    expect(body).toContain('**Newly fixed:** `a`');
    expect(body).toContain('fixed (was parallel-only)');
    expect(body).toContain('(https://github.example/o/r/actions/runs/3)');
    expect(body).not.toMatch(/(^|[^`])@evil/);
  });

  it('stays within the budget and says how many rows it left out', () => {
    const tests = Array.from({ length: 150 }, (_, i) => po(`tests/test_module_${i}.py::TestClass::test_case_${i}`, 0.5));
    const body = renderTrackingBody(mergeHistory([run(1, tests)]), { maxChars: 5_000 });
    expect(body.length).toBeLessThanOrEqual(5_000);
    expect(body).toMatch(/\d+ more tests not shown/);
  });
});
