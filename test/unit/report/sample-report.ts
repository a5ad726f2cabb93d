// A small, hand-built report for renderer tests (not a test file itself).
import type { Report, RunRecord, TestAnalysis, WorkerStats } from '../../../src/model.js';
import { displayTestId } from '../../../src/parse/test-id.js';

export function stats(failed: number, passed: number, lost = 0): WorkerStats {
  const n = failed + passed;
  // Not a real Wilson interval: renderers only format what they are given.
  return { runs: n + lost, passed, failed, lost, skipped: 0, rateLow: n === 0 ? 0 : Math.max(0, failed / n - 0.2), rateHigh: n === 0 ? 0 : Math.min(1, failed / n + 0.3) };
}

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
      pValue: 0.004,
      probParallelWorse: 0.99,
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
    config: { framework: 'pytest', command: 'pytest -n {workers} --junitxml {junit}', workers: [1, 2, 4], iterations: 5, timeoutMs: 600_000, budgetMs: null, confirm: true, failOn: 'parallel-only', cwd: '/work/project' },
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
    gate: { failed: all.some((t) => t.verdict === 'parallel-only'), failOn: 'parallel-only', reason: '1 test fails only in parallel' },
    planner: [{ kind: 'discovery', text: '15 full-suite runs: workers 1, 2, 4 x 5 iterations, interleaved' }],
    warnings: ['run d-002-w4 (workers 4): worker gw3 crashed'],
  };
}
