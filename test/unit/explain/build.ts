// Plain-data builders for explain tests: real model values, no mocks.
import type { Outcome, RunRecord, RunResult, TestAnalysis, TestCase, Verdict, WorkerStats } from '../../../src/model.js';
import { displayTestId } from '../../../src/parse/test-id.js';

export function stats(runs: number, failed: number, lost = 0): WorkerStats {
  return { runs, passed: runs - failed - lost, failed, lost, skipped: 0, rateLow: 0, rateHigh: 1 };
}

export interface TestSpec {
  readonly file: string;
  readonly name: string;
  readonly classname?: string;
  readonly verdict?: Verdict;
  readonly threshold?: number | null;
  readonly byWorkers?: Record<string, WorkerStats>;
  readonly cluster?: number | null;
}

export function idOf(file: string, name: string, classname = ''): string {
  return `${file}::${classname}::${name}`;
}

export function analysis(spec: TestSpec): TestAnalysis {
  return {
    id: idOf(spec.file, spec.name, spec.classname),
    display: displayTestId({ file: spec.file, classname: spec.classname ?? '', name: spec.name }),
    file: spec.file,
    classname: spec.classname ?? '',
    name: spec.name,
    verdict: spec.verdict ?? 'parallel-only',
    confidence: 'likely',
    pValue: 0.01,
    probParallelWorse: 0.99,
    byWorkers: spec.byWorkers ?? { '1': stats(5, 0), '4': stats(5, 3) },
    threshold: spec.threshold === undefined ? 4 : spec.threshold,
    cluster: spec.cluster ?? null,
    messages: [],
    causes: [],
  };
}

export function tc(test: TestAnalysis, outcome: Outcome, extra: Partial<TestCase> = {}): TestCase {
  return { id: test.id, file: test.file, classname: test.classname, name: test.name, outcome, ...extra };
}

export function run(id: string, workers: number, cases: readonly TestCase[], extra: Partial<RunRecord> = {}): RunResult {
  const record: RunRecord = {
    id,
    workers,
    iteration: 1,
    phase: 'discovery',
    exitCode: cases.some((c) => c.outcome === 'failed' || c.outcome === 'error') ? 1 : 0,
    signal: null,
    timedOut: false,
    durationMs: 1000,
    reportPaths: [],
    parse: 'ok',
    tests: cases.length,
    ...extra,
  };
  return { record, cases };
}

/** Three parallel runs where `test` fails with `message`, and one serial run where it passes. */
export function failingRuns(test: TestAnalysis, message: string, others: readonly TestCase[] = []): RunResult[] {
  return [
    run('d-001-w1', 1, [tc(test, 'passed')]),
    ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(test, 'failed', { message, details: `Traceback (most recent call last):\n${message}` }), ...others])),
  ];
}
