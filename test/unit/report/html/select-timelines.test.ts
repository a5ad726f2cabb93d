import { describe, expect, it } from 'vitest';
import type { RunResult, TestCase } from '../../../../src/model.js';
import { MAX_BARS_PER_RUN, MAX_TIMELINE_RUNS, selectTimelines } from '../../../../src/report/html/timeline.js';
import { sampleReport } from '../sample-report.js';

const VICTIM = 'tests/test_db.py::TestDb::test_writes';
const PARTNER = 'tests/test_io.py::test_tmp';

function run(id: string, workers: number, cases: TestCase[], phase: RunResult['record']['phase'] = 'discovery'): RunResult {
  return { record: { id, workers, iteration: 1, phase, exitCode: 1, signal: null, timedOut: false, durationMs: 1, reportPaths: [], parse: 'ok', tests: cases.length }, cases };
}
function tc(id: string, outcome: TestCase['outcome'], timing?: { worker: string; start: number; end: number }): TestCase {
  return { id, classname: 'c', name: id, outcome, ...(timing ? { worker: timing.worker, startedAt: timing.start, endedAt: timing.end } : {}) };
}

describe('selectTimelines', () => {
  const report = { ...sampleReport(), tests: sampleReport().tests.map((t) => (t.id === VICTIM ? { ...t, partners: [PARTNER] } : t)) };

  it('picks runs where a suspect failed, full parallel runs first, with times relative to the run start', () => {
    const runs = [
      run('d-001-w1', 1, [tc(PARTNER, 'failed', { worker: 'main', start: 5000, end: 5100 })]),
      run('x-002-w4', 4, [tc(VICTIM, 'failed', { worker: 'gw0', start: 7000, end: 7300 })], 'confirm-partner'),
      run('d-002-w2', 2, [tc('tests/test_ok.py::test_ok', 'passed')]),
      run('d-003-w4', 4, [tc(VICTIM, 'failed', { worker: 'gw0', start: 1000, end: 1300 }), tc(PARTNER, 'passed', { worker: 'gw1', start: 1100, end: 1250 })]),
    ];
    const picked = selectTimelines(report, runs);
    expect(picked.map((t) => t.run)).toEqual(['d-003-w4', 'x-002-w4', 'd-001-w1']);
    const first = picked[0];
    expect(first?.kind).toBe('timed');
    if (first?.kind !== 'timed') return;
    expect(first.failing).toEqual([VICTIM]);
    expect(first.bars).toEqual([
      { test: VICTIM, worker: 'gw0', start: 0, end: 300, outcome: 'failed' },
      { test: PARTNER, worker: 'gw1', start: 100, end: 250, outcome: 'passed' },
    ]);
  });

  it('keeps a run without timing data as untimed, not as an empty chart', () => {
    const picked = selectTimelines(report, [run('d-001-w4', 4, [tc(VICTIM, 'failed')])]);
    expect(picked).toEqual([{ kind: 'untimed', run: 'd-001-w4', workers: 4, phase: 'discovery', failing: [VICTIM] }]);
  });

  it('bounds the runs and the bars, always keeping the failing test and its partner', () => {
    const filler = Array.from({ length: MAX_BARS_PER_RUN + 50 }, (_, i) => tc(`tests/f.py::t${i}`, 'passed', { worker: `gw${i % 4}`, start: i, end: i + 1 }));
    const cases = [...filler, tc(VICTIM, 'failed', { worker: 'gw0', start: 99_000, end: 99_500 }), tc(PARTNER, 'passed', { worker: 'gw1', start: 99_100, end: 99_400 })];
    const runs = Array.from({ length: MAX_TIMELINE_RUNS + 3 }, (_, i) => run(`d-${i}-w4`, 4, cases));
    const picked = selectTimelines(report, runs);
    expect(picked).toHaveLength(MAX_TIMELINE_RUNS);
    const first = picked[0];
    if (first?.kind !== 'timed') throw new Error('expected timing');
    expect(first.bars).toHaveLength(MAX_BARS_PER_RUN);
    expect(first.omittedBars).toBe(52);
    expect(first.bars.slice(0, 2).map((b) => b.test)).toEqual([VICTIM, PARTNER]);
  });

  it('copes with a run of 150,000 timed tests (no argument-list overflow)', () => {
    const cases = Array.from({ length: 150_000 }, (_, i) => tc(`tests/big.py::t${i}`, 'passed', { worker: `gw${i % 4}`, start: 1_000_000 + i, end: 1_000_001 + i }));
    cases.push(tc(VICTIM, 'failed', { worker: 'gw0', start: 1_000_000, end: 1_000_010 }));
    const [only] = selectTimelines(report, [run('d-001-w4', 4, cases)]);
    if (only?.kind !== 'timed') throw new Error('expected timing');
    expect(only.bars[0]).toEqual({ test: VICTIM, worker: 'gw0', start: 0, end: 10, outcome: 'failed' });
    expect(only.omittedBars).toBe(150_001 - MAX_BARS_PER_RUN);
  });
});
