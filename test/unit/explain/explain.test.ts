import { describe, expect, it } from 'vitest';
import { explain, sourceFilesFor, type ExplainInput } from '../../../src/explain/index.js';
import { analysis, failingRuns, run, stats, tc } from './build.js';

function input(extra: Partial<ExplainInput> & Pick<ExplainInput, 'tests' | 'runs'>): ExplainInput {
  return { clusters: [], ecosystem: 'python', sources: new Map(), cores: 8, ...extra };
}

describe('explain', () => {
  it('puts shared-database first for a parallel-only test failing with "database is locked"', () => {
    const t = analysis({ file: 'tests/test_db.py', name: 'test_write' });
    const [out] = explain(input({ tests: [t], runs: failingRuns(t, 'sqlite3.OperationalError: database is locked') }));
    const top = out?.causes[0];
    expect(top?.cause).toBe('shared-database');
    expect(top?.score).toBeGreaterThanOrEqual(0.8);
    expect(top?.evidence[0]).toEqual({ kind: 'signature', text: 'generic.sqlite-locked (3 failures): sqlite3.OperationalError: database is locked' });
    expect(top?.fix.example).toContain('worker_id');
  });

  it('answers unknown for a parallel-only test with no evidence', () => {
    const t = analysis({ file: 'tests/test_x.py', name: 'test_x' });
    const [out] = explain(input({ tests: [t], runs: failingRuns(t, "AssertionError: assert 'a' == 'b'") }));
    expect(out?.causes.map((c) => c.cause)).toEqual(['unknown']);
  });

  it('never gives a stable, broken or skipped test a cause, whatever its runs say', () => {
    const tests = (['stable', 'broken', 'skipped'] as const).map((verdict) => analysis({ file: 'tests/test_s.py', name: `test_${verdict}`, verdict }));
    const runs = tests.flatMap((t) => failingRuns(t, 'sqlite3.OperationalError: database is locked'));
    const out = explain(input({ tests, runs }));
    expect(out.map((t) => t.causes)).toEqual([[], [], []]);
  });

  it('keeps ambiguous-only evidence below the unknown threshold', () => {
    const t = analysis({ file: 'tests/test_f.py', name: 'test_f' });
    const [out] = explain(input({ tests: [t], runs: failingRuns(t, 'ConnectionRefusedError: [Errno 111] Connection refused') }));
    expect(out?.causes[0]?.cause).toBe('unknown');
    const portCause = out?.causes.find((c) => c.cause === 'port-conflict');
    expect(portCause?.score).toBeLessThan(0.35);
  });

  it('names a file that vanished in a test that passes alone, with no source line behind it', () => {
    const t = analysis({ file: 'tests/test_f.py', name: 'test_f' });
    const [out] = explain(input({ tests: [t], runs: failingRuns(t, "FileNotFoundError: [Errno 2] No such file or directory: 'out.json'") }));
    expect(out?.causes[0]?.cause).toBe('shared-file-path');
    expect(out?.causes[0]?.score).toBeGreaterThanOrEqual(0.35);
  });

  it('explains flaky tests too', () => {
    const t = analysis({ file: 'tests/test_p.py', name: 'test_p', verdict: 'flaky', threshold: 1 });
    const [out] = explain(input({ tests: [t], runs: failingRuns(t, 'OSError: [Errno 98] Address already in use') }));
    expect(out?.causes[0]?.cause).toBe('port-conflict');
  });

  it('says "test X and test Y both write /tmp/cache.json"', () => {
    const src = (name: string): string => `def ${name}():\n    with open("/tmp/cache.json", "w") as fh:\n        fh.write("{}")\n`;
    const a = analysis({ file: 'tests/test_a.py', name: 'test_a', cluster: 0 });
    const b = analysis({ file: 'tests/test_b.py', name: 'test_b', cluster: 0 });
    const runs = [2, 3].map((n) => run(`d-00${n}-w4`, 4, [tc(a, 'failed', { message: 'json.decoder.JSONDecodeError: Expecting value' }), tc(b, 'failed')]));
    const sources = new Map([['tests/test_a.py', src('test_a')], ['./tests/test_b.py', src('test_b')]]);
    const [outA] = explain(input({ tests: [a, b], runs, sources, clusters: [{ id: 0, tests: [a.id, b.id], runs: ['d-002-w4'] }] }));
    const top = outA?.causes[0];
    expect(top?.cause).toBe('shared-file-path');
    expect(top?.evidence[0]).toEqual({ kind: 'source', text: `\`/tmp/cache.json\` is also used by ${b.id} (tests/test_b.py:2)`, file: 'tests/test_a.py', line: 2 });
    expect(top?.fix.summary).toContain('tmp_path');
  });

  it('links a failure message to the hard-coded path it names, without any partner', () => {
    const text = 'CACHE_FILE = "/tmp/report-cache/cache.jsonl"\n\n\ndef test_report():\n    append(CACHE_FILE)\n';
    const t = analysis({ file: 'tests/test_report.py', name: 'test_report' });
    const runs = failingRuns(t, 'AssertionError: unexpected entries in shared cache file /tmp/report-cache/cache.jsonl');
    const [out] = explain(input({ tests: [t], runs, sources: new Map([['tests/test_report.py', text]]) }));
    const top = out?.causes[0];
    expect(top?.cause).toBe('shared-file-path');
    expect(top?.evidence[0]).toEqual({
      kind: 'source',
      text: 'the failure names `/tmp/report-cache/cache.jsonl`, which this line hard-codes: CACHE_FILE = "/tmp/report-cache/cache.jsonl"',
      file: 'tests/test_report.py',
      line: 1,
    });
  });

  it('uses known collision partners as evidence', () => {
    const a = analysis({ file: 'tests/test_a.py', name: 'test_a' });
    const b = analysis({ file: 'tests/test_b.py', name: 'test_b' });
    const [out] = explain(input({ tests: [a, b], runs: failingRuns(a, 'sqlite3.OperationalError: database is locked'), partners: { [a.id]: [b.id] } }));
    expect(out?.causes[0]?.evidence.map((e) => e.kind)).toContain('partner');
  });

  it('is deterministic: same input, same output, input untouched', () => {
    const t = analysis({ file: 'tests/test_db.py', name: 'test_write', byWorkers: { '1': stats(5, 0), '4': stats(5, 3) } });
    const frozen = input({ tests: [t], runs: failingRuns(t, 'UNIQUE constraint failed: users.email\nFileNotFoundError: x') });
    const first = JSON.stringify(explain(frozen));
    expect(JSON.stringify(explain(frozen))).toBe(first);
    expect(frozen.tests[0]?.causes).toEqual([]);
  });
});

describe('sourceFilesFor', () => {
  it('lists explained tests\' files and every conftest.py up the tree, sorted', () => {
    const tests = [
      analysis({ file: 'tests/unit/test_a.py', name: 'test_a' }),
      analysis({ file: './tests/test_b.py', name: 'test_b', verdict: 'flaky' }),
      analysis({ file: 'tests/test_stable.py', name: 'test_s', verdict: 'stable' }),
      analysis({ file: '../outside/test_x.py', name: 'test_x' }),
    ];
    expect(sourceFilesFor(tests, 'python')).toEqual(['conftest.py', 'tests/conftest.py', 'tests/test_b.py', 'tests/unit/conftest.py', 'tests/unit/test_a.py']);
  });

  it('adds the conventional JS setup files', () => {
    const files = sourceFilesFor([analysis({ file: 'src/api.test.ts', name: 'works' })], 'javascript');
    expect(files).toContain('src/api.test.ts');
    expect(files).toContain('jest.setup.ts');
    expect(files).toContain('vitest.setup.ts');
  });
});
