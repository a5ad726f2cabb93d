// A small, hand-built report for renderer tests (not a test file itself).
import type { DecisionSample, Report, RunRecord, TestAnalysis, WorkerStats } from '../../../src/model.js';
import { displayTestId } from '../../../src/parse/test-id.js';

export function stats(failed: number, passed: number, lost = 0): WorkerStats {
  const n = failed + passed;
  // Not a real Wilson interval: renderers only format what they are given.
  return { runs: n + lost, passed, failed, lost, skipped: 0, rateLow: n === 0 ? 0 : Math.max(0, failed / n - 0.2), rateHigh: n === 0 ? 0 : Math.min(1, failed / n + 0.3) };
}

const ids = (prefix: string, from: number, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}-${String(from + i).padStart(3, '0')}`);

/** A confirmation sample: 8 blocks, serial 0/16 at 1 worker, parallel 7/8 at 2, e = 3100 against 20 suspects / 1%. */
export const CONFIRMED_SAMPLE: DecisionSample = {
  source: 'confirmation',
  serial: { workers: [1], failed: 0, n: 16, runs: ids('s', 16, 16).map((id) => `${id}-w1`) },
  parallel: { workers: [2], failed: 7, n: 8, runs: ids('p', 40, 8).map((id) => `${id}-w2`) },
  blocks: 8,
  eValue: 3100,
  threshold: 2000,
  suspects: 20,
  alpha: 0.01,
};

/** The descriptive sample of every counted run, as a flaky test carries it. */
export const ALL_RUNS_SAMPLE: DecisionSample = {
  source: 'all-runs',
  serial: { workers: [1], failed: 1, n: 5, runs: ids('d', 1, 5).map((id) => `${id}-w1`) },
  parallel: { workers: [2, 4], failed: 3, n: 10, runs: ids('d', 6, 10).map((id) => `${id}-w4`) },
};

export function test(over: Partial<TestAnalysis> & Pick<TestAnalysis, 'id' | 'name'>): TestAnalysis {
  return {
    display: displayTestId({ file: over.file, classname: over.classname ?? 'suite', name: over.name }),
    classname: 'suite',
    verdict: 'stable',
    confidence: 'confirmed',
    pValue: null,
    probParallelWorse: null,
    byWorkers: { '1': stats(0, 5), '2': stats(0, 5), '4': stats(0, 5) },
    threshold: null,
    cluster: null,
    messages: [],
    causes: [],
    ...over,
  };
}

function run(i: number, workers: number): RunRecord {
  return {
    id: `d-${String(i).padStart(3, '0')}-w${workers}`,
    workers,
    iteration: Math.floor(i / 3) + 1,
    phase: 'discovery',
    exitCode: workers === 1 ? 0 : 1,
    signal: null,
    timedOut: false,
    durationMs: 1234 + i,
    reportPaths: [`runs/d-${i}/junit.xml`],
    parse: 'ok',
    tests: 3,
  };
}

export function sampleReport(tests?: readonly TestAnalysis[]): Report {
  const all = tests ?? [
    test({
      id: 'tests/test_db.py::TestDb::test_writes',
      file: 'tests/test_db.py',
      line: 12,
      classname: 'TestDb',
      name: 'test_writes',
      verdict: 'parallel-only',
      confidence: 'confirmed',
      pValue: 1 / 3100,
      probParallelWorse: 0.99,
      sample: CONFIRMED_SAMPLE,
      byWorkers: { '1': stats(0, 5), '2': stats(2, 3), '4': stats(4, 1) },
      threshold: 2,
      cluster: 0,
      messages: ['sqlite3.OperationalError: database is locked\n  at tests/test_db.py:14'],
      causes: [
        {
          cause: 'shared-database',
          score: 0.82,
          evidence: [{ kind: 'signature', text: 'database is locked', file: 'tests/test_db.py', line: 14 }],
          fix: { summary: 'Give each worker its own database (e.g. suffix the name with the worker id).', example: 'db = f"test_{worker_id}.db"' },
        },
      ],
    }),
    test({
      id: 'tests/test_io.py::test_tmp',
      file: 'tests/test_io.py',
      line: 3,
      name: 'test_tmp',
      verdict: 'flaky',
      confidence: 'likely',
      pValue: 0.418,
      probParallelWorse: 0.7,
      sample: ALL_RUNS_SAMPLE,
      byWorkers: { '1': stats(1, 4), '2': stats(1, 4), '4': stats(2, 3) },
      threshold: 1,
      cluster: 0,
      messages: ['FileNotFoundError: /tmp/out.txt'],
    }),
    test({ id: 'tests/test_ok.py::test_ok', name: 'test_ok' }),
  ];
  return {
    schema: 'flakegate/report@1',
    tool: { name: 'flakegate', version: '1.0.0' },
    config: { framework: 'pytest', command: 'pytest -n {workers} --junitxml {junit}', workers: [1, 2, 4], iterations: 5, timeoutMs: 600_000, budgetMs: null, confirm: true, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd: '/work/project' },
    runs: [run(0, 1), run(1, 2), run(2, 4)],
    tests: all,
    clusters: [{ id: 0, tests: ['tests/test_db.py::TestDb::test_writes', 'tests/test_io.py::test_tmp'], runs: ['d-001-w2'] }],
    summary: {
      parallelOnly: all.filter((t) => t.verdict === 'parallel-only').length,
      flaky: all.filter((t) => t.verdict === 'flaky').length,
      broken: all.filter((t) => t.verdict === 'broken').length,
      stable: all.filter((t) => t.verdict === 'stable').length,
      lost: all.filter((t) => t.verdict === 'lost').length,
      skipped: all.filter((t) => t.verdict === 'skipped').length,
    },
    gate: { failed: all.some((t) => t.verdict === 'parallel-only' && t.confidence === 'confirmed'), failOn: 'parallel-only', reason: '1 test fails only in parallel', failOnConfidence: 'confirmed' },
    planner: [{ kind: 'discovery', text: '15 full-suite runs: workers 1, 2, 4 x 5 iterations, interleaved' }],
    warnings: ['run d-002-w4 (workers 4): worker gw3 crashed'],
  };
}
