import { describe, expect, it } from 'vitest';
import { buildMatrix, type OutcomeMatrix } from '../../../src/analyse/build-matrix.js';
import type { RunRecord } from '../../../src/model.js';
import { makeRun } from './run-builder.js';

const outcomesOf = (matrix: OutcomeMatrix, id: string): readonly (string | undefined)[] =>
  matrix.rows.find((r) => r.id === id)?.outcomes ?? [];

/** A clean serial run with a and b, then a run of `kind` where only a reported. */
function withBrokenRun(record: Partial<RunRecord>, extraCases: Parameters<typeof makeRun>[2] = {}): OutcomeMatrix {
  return buildMatrix([
    makeRun('r1', 1, { a: 'passed', b: 'passed' }),
    makeRun('r2', 4, { a: 'passed', ...extraCases }, record),
  ]);
}

describe('buildMatrix: lost', () => {
  it.each<[string, Partial<RunRecord>]>([
    ['timed out', { timedOut: true, exitCode: null, signal: 'SIGKILL' }],
    ['killed by a signal', { exitCode: null, signal: 'SIGSEGV' }],
    ['spawn error (no exit code)', { exitCode: null, error: 'spawn pytest ENOENT' }],
    ['exit code 2 (interrupted)', { exitCode: 2 }],
    ['salvaged report', { parse: 'salvaged' }],
    ['empty report', { parse: 'empty' }],
    ['invalid report', { parse: 'invalid' }],
    ['missing report', { parse: 'missing' }],
    ['xdist crash in the output', { outputTail: '[gw1] node down: Not properly terminated\nreplacing crashed worker gw1' }],
    ['Vitest fork crash in the output', { outputTail: 'Error: [vitest-pool]: Worker forks emitted error.\nCaused by: Error: Worker exited unexpectedly' }],
  ])('a test absent from a run that %s is lost there', (_kind, record) => {
    const matrix = withBrokenRun(record);
    expect(outcomesOf(matrix, 'b')).toEqual(['passed', 'lost']);
    expect(outcomesOf(matrix, 'a')).toEqual(['passed', 'passed']);
    expect(matrix.runs[1]?.clean).toBe(false);
  });

  it.each([
    ['xdist worker crash', { outcome: 'error' as const, message: "worker 'gw1' crashed while running 'tests/test_x.py::test_y'" }],
    ['Jest suite that failed to run', { outcome: 'failed' as const, name: 'src/x.test.ts', message: 'Test suite failed to run' }],
    ['a worker that died', { outcome: 'error' as const, message: 'Worker exited unexpectedly' }],
  ])('a report holding a %s makes missing tests lost', (_kind, crash) => {
    const matrix = withBrokenRun({}, { crash });
    expect(matrix.runs[1]?.clean).toBe(false);
    expect(outcomesOf(matrix, 'b')).toEqual(['passed', 'lost']);
  });

  it('does not read a passing test named "worker crashed" as a crash', () => {
    const matrix = withBrokenRun({}, { crash: { outcome: 'passed', name: "worker 'gw1' crashed" } });
    expect(matrix.runs[1]?.clean).toBe(true);
  });

  it('absent from a clean run is not counted: not selected or not collected', () => {
    const matrix = withBrokenRun({ exitCode: 1 });
    expect(outcomesOf(matrix, 'b')).toEqual(['passed', undefined]);
  });
});

describe('buildMatrix: subset runs', () => {
  it('expects only the subset: members go lost, others are not counted', () => {
    const matrix = buildMatrix([
      makeRun('d1', 1, { a: 'passed', b: 'passed', c: 'passed' }),
      makeRun('c1', 4, { a: 'failed' }, { subset: ['a', 'b'], phase: 'confirm-parallel', timedOut: true, exitCode: null }),
      makeRun('c2', 1, {}, { subset: ['a'], phase: 'confirm-serial' }),
    ]);
    expect(outcomesOf(matrix, 'b')).toEqual(['passed', 'lost', undefined]);
    expect(outcomesOf(matrix, 'c')).toEqual(['passed', undefined, undefined]);
    expect(outcomesOf(matrix, 'a')).toEqual(['passed', 'failed', undefined]);
  });
});

describe('buildMatrix: duplicates and retries', () => {
  it('combines duplicates of one id in one run to the worst outcome, as one run', () => {
    const matrix = buildMatrix([
      makeRun('r1', 1, {
        a: [{ outcome: 'failed', message: 'assert 1 == 2' }, { outcome: 'error', message: 'teardown: db locked' }],
        b: ['skipped', 'passed'],
      }),
    ]);
    expect(outcomesOf(matrix, 'a')).toEqual(['error']);
    expect(outcomesOf(matrix, 'b')).toEqual(['passed']);
    expect(matrix.rows.find((r) => r.id === 'a')?.messages).toEqual(['assert 1 == 2', 'teardown: db locked']);
  });

  it('counts a test that passed only on retry as failed in that run, with the retry message', () => {
    const matrix = buildMatrix([
      makeRun('r1', 4, {
        a: { outcome: 'passed', attempts: [{ outcome: 'failed', kind: 'flakyFailure', message: 'port 8080 in use' }] },
      }),
    ]);
    expect(outcomesOf(matrix, 'a')).toEqual(['failed']);
    expect(matrix.rows[0]?.messages).toEqual(['port 8080 in use']);
  });
});

describe('buildMatrix: event rows (stand-ins seen only when something breaks)', () => {
  const hook = 'db suite::"before all" hook for "uses the db"';

  it('reads absence from a clean run where its neighbours ran as "did not happen", from a broken run as lost', () => {
    const matrix = buildMatrix([
      makeRun('r1', 1, { 'db suite::uses the db': 'passed' }),
      makeRun('r2', 4, { 'db suite::uses the db': 'passed', [hook]: 'failed' }),
      makeRun('r3', 4, { 'db suite::uses the db': 'passed' }, { timedOut: true, exitCode: null }),
    ]);
    const row = matrix.rows.find((r) => r.id === hook);
    expect(row?.outcomes).toEqual(['passed', 'failed', 'lost']);
    expect(row?.implicitPasses).toBe(1);
  });

  it('leaves absence uncounted where nothing of its file or class ran (merged shards)', () => {
    const matrix = buildMatrix([
      makeRun('shard1-w1', 1, { 'a.py::T::always_fails': 'failed', 'a.py::T::ok': 'passed' }),
      makeRun('shard2-w1', 1, { 'b.py::T::ok': 'passed' }),
    ]);
    expect(outcomesOf(matrix, 'a.py::T::always_fails')).toEqual(['failed', undefined]);
  });

  it('does not fill in a real test that passes somewhere', () => {
    const matrix = buildMatrix([makeRun('r1', 1, { a: 'passed' }), makeRun('r2', 4, { a: 'failed', b: 'passed' })]);
    expect(outcomesOf(matrix, 'b')).toEqual([undefined, 'passed']);
  });
});

describe('buildMatrix: rows', () => {
  it('sorts rows by id in code-unit order and keeps the first file/line seen', () => {
    const matrix = buildMatrix([
      makeRun('r1', 1, { b: 'passed', B: 'passed', a: { outcome: 'passed' } }),
      makeRun('r2', 1, { a: { outcome: 'passed', file: 'tests/test_a.py', line: 3 } }),
    ]);
    expect(matrix.rows.map((r) => r.id)).toEqual(['B', 'a', 'b']);
    expect(matrix.rows[1]).toMatchObject({ file: 'tests/test_a.py', line: 3 });
  });

  it('keeps at most 3 distinct messages of at most 500 characters, falling back to the first details line', () => {
    const runs = ['m1', 'm1', 'm2', 'x'.repeat(600)].map((message, i) => makeRun(`r${i}`, 1, { a: { outcome: 'failed', message } }));
    runs.push(makeRun('r9', 1, { b: { outcome: 'error', message: undefined, details: 'OSError: address in use\n  at line 3' } }));
    const matrix = buildMatrix(runs);
    const messages = matrix.rows.find((r) => r.id === 'a')?.messages ?? [];
    expect(messages.slice(0, 2)).toEqual(['m1', 'm2']);
    expect(messages[2]).toHaveLength(500);
    expect(matrix.rows.find((r) => r.id === 'b')?.messages).toEqual(['OSError: address in use']);
  });
});
