// Probe evidence on records written here: what counts as shared, what does not, and how it
// combines with the other evidence in explain().
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import { indexProbes, probeFindings } from '../../../src/explain/probe-evidence.js';
import { pytestNodeId } from '../../../src/frameworks/pytest-node-id.js';
import type { ProbeRecord, RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, run, tc } from './build.js';

const a = analysis({ file: 'tests/test_a.py', name: 'test_a' });
const b = analysis({ file: 'tests/test_b.py', name: 'test_b' });
const stable = analysis({ file: 'tests/test_c.py', name: 'test_c', verdict: 'stable', byWorkers: {}, threshold: null });
const nodeA = 'tests/test_a.py::test_a';
const nodeB = 'tests/test_b.py::test_b';

function rec(process: string, test: string, kind: ProbeRecord['kind'], res: string, extra: Partial<ProbeRecord> = {}): ProbeRecord {
  return { process, pid: Number(process.split('-')[1]), ts: 1000, worker: `gw${process.split('-')[1]}`, test, kind, res, ...extra };
}

function probed(r: RunResult, records: readonly ProbeRecord[]): RunResult {
  return { ...r, probe: { records, files: 2, rejected: 0, problems: [] } };
}

/** a and b fail together at 4 workers; the serial run passes. */
function runs(records: readonly ProbeRecord[], serialRecords: readonly ProbeRecord[] = records): RunResult[] {
  return [
    probed(run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed'), tc(stable, 'passed')]), serialRecords),
    probed(run('d-002-w4', 4, [tc(a, 'failed', { message: 'AssertionError: assert 2 == 1' }), tc(b, 'failed', { message: 'AssertionError: assert 2 == 1' }), tc(stable, 'passed')]), records),
  ];
}

const explainWith = (rs: readonly RunResult[], tests: readonly TestAnalysis[] = [a, b, stable]): TestAnalysis[] =>
  explain({ tests, runs: rs, clusters: [], ecosystem: 'python', sources: new Map(), cores: 2, projectDir: '/p', ignoreDirs: ['/p/.flakegate'], pytestNodeId });

describe('probe evidence', () => {
  it('a port bound by two tests in two worker processes is the strongest evidence, named in the text, with the partner', () => {
    const [ta] = explainWith(runs([rec('py-11', nodeA, 'listen', '127.0.0.1:47210'), rec('py-12', nodeB, 'listen', '127.0.0.1:47210', { err: 'EADDRINUSE' }), rec('py-12', nodeB, 'connect', '127.0.0.1:47210')]));
    expect(ta?.causes[0]).toMatchObject({ cause: 'port-conflict' });
    expect(ta?.causes[0]?.score).toBeGreaterThanOrEqual(0.8);
    expect(ta?.causes[0]?.evidence[0]?.kind).toBe('probe');
    expect(ta?.causes[0]?.evidence[0]?.text).toMatch(/^Port 47210 was bound and connected to by 2 worker processes in run d-002-w4 \(gw11\/gw12\), by this test and tests\/test_b\.py::test_b; a bind failed with EADDRINUSE$/);
    expect(ta?.probe).toEqual([{ resource: 'port 47210', kind: 'port', ops: ['connect', 'listen'], runs: ['d-002-w4'], processes: 2, tests: [b.id], err: 'EADDRINUSE' }]);
    expect(ta?.partners).toEqual([b.id]);
  });

  it.each([
    ['an SQLite database', 'sqlite', '/p/var/app.db', 'shared-database'],
    ['a file written by both', 'write', '/p/var/export.csv', 'shared-file-path'],
    ['a database file written by both (its -wal companion)', 'write', '/p/var/app.sqlite3-wal', 'shared-database'],
  ] as const)('%s gives its family', (_what, kind, res, cause) => {
    const [ta] = explainWith(runs([rec('py-11', nodeA, kind, res), rec('py-12', nodeB, kind, res)]));
    expect(ta?.causes[0]?.cause).toBe(cause);
    expect(ta?.causes[0]?.evidence[0]?.text).toContain(res.replace(/-wal$/, ''));
  });

  it('a tree one test removes while another writes inside it is shared, for both', () => {
    const explained = explainWith(runs([rec('py-11', nodeA, 'remove', '/p/build'), rec('py-12', nodeB, 'write', '/p/build/site/index.html'), rec('py-12', nodeB, 'write', '/p/build-old/x')]));
    for (const t of explained.slice(0, 2)) {
      expect(t.probe?.[0], t.id).toMatchObject({ resource: '/p/build', kind: 'file', ops: ['remove', 'write'], processes: 2 });
      expect(t.causes[0]?.cause).toBe('shared-file-path');
    }
  });

  it('a file one test only reads, which another test writes and which was missing when it read it, is an order dependence', () => {
    const [ta, tb] = explainWith(runs([
      rec('py-11', nodeA, 'read', '/p/var/exports/catalog.json', { err: 'ENOENT' }),
      rec('py-12', nodeB, 'remove', '/p/var/exports/catalog.json'),
      rec('py-12', nodeB, 'write', '/p/var/exports/catalog.json'),
    ]));
    expect(ta?.causes[0]?.cause).toBe('order-dependence');
    expect(ta?.causes[0]?.evidence[0]?.text).toBe('/p/var/exports/catalog.json is only read by this test and removed and written by tests/test_b.py::test_b in another worker process; it was missing (ENOENT) when this test read it in run d-002-w4 (gw11/gw12): the test needs a file another test creates');
    expect(ta?.probe?.[0]).toMatchObject({ ops: ['read', 'remove', 'write'], err: 'ENOENT' });
    // The writer shares the path, but nothing it read was missing: two tests on one path.
    expect(tb?.causes[0]?.cause).toBe('shared-file-path');
  });

  it('a reader that found the file there shares a path with its writer, and files only read are no collision', () => {
    const [ta] = explainWith(runs([rec('py-11', nodeA, 'read', '/p/var/flags.json'), rec('py-12', nodeB, 'write', '/p/var/flags.json')]));
    expect(ta?.causes[0]?.cause).toBe('shared-file-path');
    const readOnly = explainWith(runs([rec('py-11', nodeA, 'read', '/p/data/cities.csv', { err: 'ENOENT' }), rec('py-12', nodeB, 'read', '/p/data/cities.csv'), rec('py-12', nodeB, 'mkdir', '/p/data')]));
    expect(readOnly.map((t) => t.probe ?? [])).toEqual([[], [], []]);
  });

  it('sees nothing shared in private or flakegate-owned resources', () => {
    const decoys = [
      // the same name under each test's own tmp_path
      rec('py-11', nodeA, 'write', '/tmp/pytest-of-u/pytest-3/popen-gw0/test_a0/export.csv'),
      rec('py-12', nodeB, 'write', '/tmp/pytest-of-u/pytest-3/popen-gw1/test_b0/export.csv'),
      // a common parent every worker only creates
      rec('py-11', nodeA, 'mkdir', '/p/var'),
      rec('py-12', nodeB, 'mkdir', '/p/var'),
      // flakegate's own files, caches, installed code
      rec('py-11', nodeA, 'write', '/p/.flakegate/runs/d-002-w4/junit.xml'),
      rec('py-12', nodeB, 'write', '/p/.flakegate/runs/d-002-w4/junit.xml'),
      rec('py-11', nodeA, 'write', '/elsewhere/runs/d-002-w4/probe/x'),
      rec('py-12', nodeB, 'write', '/elsewhere/runs/d-002-w4/probe/x'),
      rec('py-11', nodeA, 'write', '/p/tests/__pycache__/x.pyc'),
      rec('py-12', nodeB, 'write', '/p/tests/__pycache__/x.pyc'),
      rec('py-11', nodeA, 'write', '/p/node_modules/.cache/x'),
      rec('py-12', nodeB, 'write', '/p/node_modules/.cache/x'),
      // Jest's transform cache in its cache directory, Hypothesis's example database
      rec('py-11', nodeA, 'write', '/tmp/jest_0/jest-transform-cache-4bdb-1253/85/store_8588e411'),
      rec('py-12', nodeB, 'write', '/tmp/jest_0/jest-transform-cache-4bdb-1253/85/store_8588e411'),
      rec('py-11', nodeA, 'write', '/p/.hypothesis/examples/ab/cd'),
      rec('py-12', nodeB, 'write', '/p/.hypothesis/examples/ab/cd'),
      // clients of an outside server nobody here listens on
      rec('py-11', nodeA, 'connect', '127.0.0.1:5432'),
      rec('py-12', nodeB, 'connect', '127.0.0.1:5432'),
      // one test in one process only
      rec('py-11', nodeA, 'listen', '127.0.0.1:8080'),
      // the env and cwd across processes: each process has its own
      rec('py-11', nodeA, 'setenv', 'APP_MODE'),
      rec('py-12', nodeB, 'setenv', 'APP_MODE'),
      rec('py-11', nodeA, 'chdir', '/p/data'),
      rec('py-12', nodeB, 'chdir', '/p/data'),
    ];
    const explained = explainWith(runs(decoys));
    for (const t of explained) expect(t.probe, t.id).toBeUndefined();
    expect(explained[0]?.causes.some((c) => c.evidence.some((e) => e.kind === 'probe'))).toBe(false);
  });

  it('the same test in two processes is not a collision (a rerun, a replacement worker)', () => {
    const index = indexProbes({ runs: runs([rec('py-11', nodeA, 'listen', '127.0.0.1:47210'), rec('py-12', nodeA, 'listen', '127.0.0.1:47210')]), tests: [a, b], projectDir: '/p', ignoreDirs: [], nodeIdOf: pytestNodeId });
    expect(index.shared.size).toBe(0);
  });

  it('a serial run shares nothing, and a test is only charged for runs where it failed in parallel', () => {
    const records = [rec('py-11', nodeA, 'listen', '127.0.0.1:47210'), rec('py-12', nodeB, 'listen', '127.0.0.1:47210')];
    const passing: RunResult[] = [probed(run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]), records), probed(run('d-002-w4', 4, [tc(a, 'passed'), tc(b, 'failed')]), records)];
    const index = indexProbes({ runs: passing, tests: [a, b], projectDir: '/p', ignoreDirs: [], nodeIdOf: pytestNodeId });
    expect([...index.shared.keys()]).toEqual(['d-002-w4']);
    expect(probeFindings(a.id, passing, index)).toEqual([]);
    expect(probeFindings(b.id, passing, index).map((s) => s.finding.resource)).toEqual(['port 47210']);
  });

  it('never explains a stable test, even one that touched a shared resource', () => {
    const nodeC = 'tests/test_c.py::test_c';
    const explained = explainWith(runs([rec('py-11', nodeA, 'listen', '127.0.0.1:47210'), rec('py-12', nodeC, 'listen', '127.0.0.1:47210')]));
    expect(explained[2]).toMatchObject({ verdict: 'stable', causes: [] });
    expect(explained[2]?.probe).toBeUndefined();
  });

  it('the working directory counts only when two tests of one process overlap in time', () => {
    const overlapping = [
      rec('js-20-0', '', 'chdir', '/p/fixtures', { ts: 100 }),
      rec('js-20-0', '', 'write', '/p/out/a.txt', { ts: 300 }),
      rec('js-20-0', '', 'write', '/p/out/b.txt', { ts: 200 }),
      rec('js-20-0', '', 'write', '/p/out/b2.txt', { ts: 400 }),
    ].map((r, i) => {
      const { test: _t, ...rest } = r;
      return { ...rest, files: [i === 0 || i === 1 ? '/p/test/a.test.js' : '/p/test/b.test.js'] };
    });
    const ja = analysis({ file: 'test/a.test.js', name: 'reads fixtures' });
    const jb = analysis({ file: 'test/b.test.js', name: 'writes output' });
    const jsRuns = [probed(run('d-002-w4', 4, [tc(ja, 'failed'), tc(jb, 'failed')]), overlapping)];
    const [ea] = explain({ tests: [ja, jb], runs: jsRuns, clusters: [], ecosystem: 'javascript', sources: new Map(), cores: 2, projectDir: '/p', pytestNodeId });
    expect(ea?.probe?.[0]).toMatchObject({ resource: 'the working directory', kind: 'cwd' });
    expect(ea?.causes[0]?.cause).toBe('shared-env-or-cwd');
    // The same records in sequence (b starts after a ends): nothing.
    const sequential = overlapping.map((r) => (r.files?.[0]?.endsWith('b.test.js') ? { ...r, ts: r.ts + 1000 } : r));
    const [sa] = explain({ tests: [ja, jb], runs: [probed(run('d-002-w4', 4, [tc(ja, 'failed'), tc(jb, 'failed')]), sequential)], clusters: [], ecosystem: 'javascript', sources: new Map(), cores: 2, projectDir: '/p', pytestNodeId });
    expect(sa?.probe).toBeUndefined();
  });

  it('a port the test held, never refused and never connected to from elsewhere, explains the other test, not this one', () => {
    const records = [
      rec('py-11', nodeA, 'listen', '127.0.0.1:43180'),
      rec('py-11', nodeA, 'write', '/tmp/jobq-service.log'),
      rec('py-12', nodeB, 'listen', '127.0.0.1:43180', { err: 'EADDRINUSE' }),
      rec('py-12', nodeB, 'write', '/tmp/jobq-service.log'),
    ];
    const [ta, tb] = explainWith(runs(records));
    expect(tb?.causes[0]?.cause).toBe('port-conflict');
    expect(ta?.causes[0]?.cause).toBe('shared-file-path');
    expect(ta?.causes.find((c) => c.cause === 'port-conflict')).toBeUndefined();
    expect(ta?.probe?.map((p) => p.kind).sort()).toEqual(['file', 'port']);
    // Held one port, refused on another: the refusal explains it, the held port says nothing against it.
    const [both] = explainWith(runs([...records, rec('py-12', nodeB, 'listen', '127.0.0.1:43181'), rec('py-11', nodeA, 'listen', '127.0.0.1:43181', { err: 'EADDRINUSE' })]));
    expect(both?.causes[0]?.cause).toBe('port-conflict');
    expect(both?.causes[0]?.score).toBeGreaterThanOrEqual(0.8);
    // A client of the other process reaching this test's server does explain it.
    const [reached] = explainWith(runs([...records, rec('py-12', nodeB, 'connect', '127.0.0.1:43180')]));
    expect(reached?.causes.find((c) => c.cause === 'port-conflict')?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('a port or path the source names loses when the probe saw the test use others, none shared', () => {
    const source = 'COLLECTOR = ("127.0.0.1", 47211)\nSTORE = "/tmp/flagpole/flags.json"\n\ndef test_a():\n    post(COLLECTOR, STORE)\n';
    const withSource = (records: readonly ProbeRecord[]) =>
      explain({ tests: [a], runs: runs(records), clusters: [], ecosystem: 'python', sources: new Map([['tests/test_a.py', source]]), cores: 2, projectDir: '/p', ignoreDirs: [], pytestNodeId })[0];
    const score = (t: TestAnalysis | undefined, cause: string) => t?.causes.find((c) => c.cause === cause)?.score ?? 0;
    const unseen = withSource([]);
    expect(score(unseen, 'port-conflict')).toBeGreaterThan(0);
    expect(score(unseen, 'shared-file-path')).toBeGreaterThan(0);
    // The test connected to the suite's collector on another port and wrote under its own tmp dir.
    const refuted = withSource([rec('py-11', nodeA, 'connect', '127.0.0.1:39001'), rec('py-11', nodeA, 'write', '/tmp/pytest-of-u/pytest-1/test_a0/flags.json')]);
    expect(score(refuted, 'port-conflict')).toBeCloseTo(score(unseen, 'port-conflict') * 0.5, 2);
    expect(score(refuted, 'shared-file-path')).toBeCloseTo(score(unseen, 'shared-file-path') * 0.5, 2);
    expect(refuted?.causes.flatMap((c) => c.evidence.map((e) => e.text))).toContain('the probe saw this test use port 39001 in 1 of the 1 runs where it failed in parallel, never port 47211 that its source names, and no port shared with another test');
    // The literal port in use (unshared): not refuted; nothing recorded for the test: nothing known.
    expect(score(withSource([rec('py-11', nodeA, 'connect', '127.0.0.1:47211')]), 'port-conflict')).toBe(score(unseen, 'port-conflict'));
    expect(score(withSource([rec('py-12', nodeB, 'connect', '127.0.0.1:39001')]), 'port-conflict')).toBe(score(unseen, 'port-conflict'));
  });

  it('combines with the message evidence and weighs less when shared in fewer of the failing runs', () => {
    const shared = [rec('py-11', nodeA, 'write', '/p/var/export.csv'), rec('py-12', nodeB, 'write', '/p/var/export.csv')];
    const three: RunResult[] = [
      probed(run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]), []),
      probed(run('d-002-w4', 4, [tc(a, 'failed', { message: 'x' }), tc(b, 'failed')]), shared),
      probed(run('d-003-w4', 4, [tc(a, 'failed', { message: 'x' }), tc(b, 'passed')]), [rec('py-11', nodeA, 'write', '/p/var/export.csv')]),
      probed(run('d-004-w4', 4, [tc(a, 'failed', { message: 'x' }), tc(b, 'passed')]), [rec('py-11', nodeA, 'write', '/p/var/export.csv')]),
    ];
    const once = explainWith(three, [a, b])[0]?.causes.find((c) => c.cause === 'shared-file-path')?.score ?? 0;
    const always = explainWith(runs(shared), [a, b])[0]?.causes.find((c) => c.cause === 'shared-file-path')?.score ?? 0;
    expect(always).toBeGreaterThanOrEqual(0.8);
    expect(once).toBeLessThan(always);
    expect(explainWith(three, [a, b])[0]?.causes[0]?.evidence.find((e) => e.kind === 'probe')?.text).toMatch(/\(1 of the 3 runs where it failed in parallel\)/);
  });

  it('without probe records everything is as before', () => {
    const plain = runs([]).map(({ probe: _p, ...r }) => r);
    const before = explain({ tests: [a, b, stable], runs: plain, clusters: [], ecosystem: 'python', sources: new Map(), cores: 2 });
    expect(explainWith(plain)).toEqual(before);
  });
});
