// A confusion-style table: realistic failures across ecosystems, each with the cause a person
// reading the logs and the source would name. Asserts the top-1 cause.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import type { Cause, Ecosystem, RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, failingRuns, run, stats, tc } from './build.js';

interface Scenario {
  readonly name: string;
  readonly ecosystem: Ecosystem;
  readonly test: TestAnalysis;
  readonly peer?: TestAnalysis;
  readonly runs: (t: TestAnalysis, peer?: TestAnalysis) => RunResult[];
  readonly sources?: Record<string, string>;
  readonly cores?: number;
  readonly expected: Cause;
}

const pyA = analysis({ file: 'tests/test_api.py', name: 'test_a', cluster: 0 });
const pyB = analysis({ file: 'tests/test_admin.py', name: 'test_b', cluster: 0 });
const jsA = analysis({ file: 'test/cache.test.js', name: 'cache writes', cluster: 0 });
const jsB = analysis({ file: 'test/export.test.js', name: 'export writes', cluster: 0 });
const together = (message: string) => (t: TestAnalysis, peer?: TestAnalysis): RunResult[] =>
  [2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(t, 'failed', { message }), ...(peer === undefined ? [] : [tc(peer, 'failed')])]));

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'python sqlite locked',
    ecosystem: 'python',
    test: analysis({ file: 'tests/test_db.py', name: 'test_insert' }),
    runs: (t) => failingRuns(t, 'sqlite3.OperationalError: database is locked'),
    expected: 'shared-database',
  },
  {
    name: 'python two tests bind the same port (no error text, source only)',
    ecosystem: 'python',
    test: pyA,
    peer: pyB,
    runs: together('AssertionError: server did not answer'),
    sources: {
      'tests/test_api.py': 'import socket\n\n\ndef test_a():\n    s = socket.socket()\n    s.bind(("127.0.0.1", 8765))\n',
      'tests/test_admin.py': 'import socket\n\n\ndef test_b():\n    s = socket.socket()\n    s.bind(("127.0.0.1", 8765))\n',
    },
    expected: 'port-conflict',
  },
  {
    name: 'node EADDRINUSE',
    ecosystem: 'javascript',
    test: analysis({ file: 'test/server.test.js', name: 'server starts' }),
    runs: (t) => failingRuns(t, 'Error: listen EADDRINUSE: address already in use 127.0.0.1:4010'),
    expected: 'port-conflict',
  },
  {
    name: 'node ENOENT with a fixed /tmp path shared by a co-failing file',
    ecosystem: 'javascript',
    test: jsA,
    peer: jsB,
    runs: together("Error: ENOENT: no such file or directory, open '/tmp/app-cache.json'"),
    sources: {
      'test/cache.test.js': "const fs = require('fs');\n\ntest('cache writes', () => {\n  fs.writeFileSync('/tmp/app-cache.json', '{}');\n  fs.unlinkSync('/tmp/app-cache.json');\n});\n",
      'test/export.test.js': "const fs = require('fs');\n\ntest('export writes', () => {\n  fs.writeFileSync('/tmp/app-cache.json', '[]');\n});\n",
    },
    expected: 'shared-file-path',
  },
  {
    name: 'go concurrent map writes',
    ecosystem: 'go',
    test: analysis({ file: 'cache/cache_test.go', name: 'TestPut' }),
    runs: (t) => failingRuns(t, 'fatal error: concurrent map writes\n\ngoroutine 23 [running]:'),
    expected: 'shared-global-state',
  },
  {
    name: 'go deadline exceeded only when oversubscribed',
    ecosystem: 'go',
    test: analysis({ file: 'api/client_test.go', name: 'TestFetch', threshold: 8, byWorkers: { '1': stats(5, 0), '2': stats(5, 0), '8': stats(5, 3) } }),
    runs: (t) => failingRuns(t, 'client_test.go:41: Get "http://127.0.0.1:39211/": context deadline exceeded'),
    cores: 2,
    expected: 'timing-under-load',
  },
  {
    name: 'pytest-xdist worker crash',
    ecosystem: 'python',
    test: analysis({ file: 'tests/test_native.py', name: 'test_decode', byWorkers: { '1': stats(5, 0), '4': stats(5, 1, 2) } }),
    runs: (t) => [
      run('d-001-w1', 1, [tc(t, 'passed')]),
      run('d-002-w4', 4, [tc(t, 'error', { message: "worker 'gw1' crashed while running 'tests/test_native.py::test_decode'" })]),
    ],
    expected: 'worker-crash',
  },
  {
    name: 'python environ changed by another test',
    ecosystem: 'python',
    test: analysis({ file: 'tests/test_cfg.py', name: 'test_mode' }),
    runs: (t) => failingRuns(t, '  File "/usr/lib/python3.12/os.py", line 714, in __getitem__\n    raise KeyError(key) from None\nKeyError: \'APP_MODE\''),
    sources: { 'tests/test_cfg.py': 'import os\n\n\ndef test_mode():\n    os.environ["APP_MODE"] = "test"\n    assert load()["mode"] == "test"\n' },
    expected: 'shared-env-or-cwd',
  },
  {
    name: 'jest EMFILE',
    ecosystem: 'javascript',
    test: analysis({ file: 'test/watch.test.ts', name: 'watcher sees files' }),
    runs: (t) => failingRuns(t, "Error: EMFILE: too many open files, watch '/repo/src'"),
    expected: 'resource-exhaustion',
  },
  {
    name: 'python module-level list and a count mismatch: xdist workers are processes, so order',
    ecosystem: 'python',
    test: analysis({ file: 'tests/test_events.py', name: 'test_emit' }),
    runs: (t) => failingRuns(t, 'AssertionError: assert 3 == 1\n +  where 3 = len([...])'),
    sources: { 'tests/test_events.py': 'EVENTS = []\n\n\ndef test_emit():\n    EVENTS.append("x")\n    assert len(EVENTS) == 1\n' },
    expected: 'order-dependence',
  },
  {
    name: 'java BindException',
    ecosystem: 'java',
    test: analysis({ file: 'src/test/java/ServerTest.java', name: 'startsServer', classname: 'com.acme.ServerTest' }),
    runs: (t) => failingRuns(t, 'java.net.BindException: Address already in use\n\tat java.base/sun.nio.ch.Net.bind0(Native Method)'),
    expected: 'port-conflict',
  },
  {
    name: 'python flaky only after other tests: passes when rerun serially',
    ecosystem: 'python',
    test: analysis({ file: 'tests/test_users.py', name: 'test_count', verdict: 'flaky', threshold: 1 }),
    runs: (t) => [
      run('d-001-w1', 1, [tc(t, 'failed', { message: "AssertionError: assert 'bob' == 'alice'" })]),
      run('d-002-w4', 4, [tc(t, 'failed', { message: "AssertionError: assert 'bob' == 'alice'" })]),
      run('c-003-w1', 1, [tc(t, 'passed')], { phase: 'confirm-serial', subset: [t.id] }),
      run('c-004-w1', 1, [tc(t, 'passed')], { phase: 'confirm-serial', subset: [t.id] }),
    ],
    expected: 'order-dependence',
  },
  {
    name: '.NET file held by another test',
    ecosystem: 'dotnet',
    test: analysis({ file: 'tests/CacheTests.cs', name: 'WritesCache', classname: 'App.Tests.CacheTests' }),
    runs: (t) => failingRuns(t, "System.IO.IOException: The process cannot access the file '/tmp/cache.json' because it is being used by another process."),
    expected: 'shared-file-path',
  },
  {
    name: 'python duration check fails only above the core count',
    ecosystem: 'python',
    test: analysis({ file: 'tests/test_perf.py', name: 'test_checksum_within_budget', threshold: 4 }),
    runs: (t) => failingRuns(t, 'AssertionError: checksum_block took 560 ms, over its budget of 202 ms'),
    cores: 2,
    expected: 'timing-under-load',
  },
  {
    name: 'a duration check failing within the core count is not enough to call it',
    ecosystem: 'python',
    test: analysis({ file: 'tests/test_perf.py', name: 'test_checksum_within_budget', threshold: 2 }),
    runs: (t) => failingRuns(t, 'AssertionError: checksum_block took 560 ms, over its budget of 202 ms'),
    cores: 8,
    expected: 'unknown',
  },
  {
    name: 'a timeout within the core count is not enough to call it',
    ecosystem: 'javascript',
    test: analysis({ file: 'test/slow.test.js', name: 'slow thing', threshold: 2 }),
    runs: (t) => failingRuns(t, 'thrown: "Exceeded timeout of 5000 ms for a test.'),
    cores: 8,
    expected: 'unknown',
  },
];

describe('top-1 cause over realistic scenarios', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const tests = s.peer === undefined ? [s.test] : [s.test, s.peer];
    const out = explain({
      tests,
      runs: s.runs(s.test, s.peer),
      clusters: s.peer === undefined ? [] : [{ id: 0, tests: [s.test.id, s.peer.id], runs: ['d-002-w4'] }],
      ecosystem: s.ecosystem,
      sources: new Map(Object.entries(s.sources ?? {})),
      cores: s.cores ?? 8,
    });
    expect(out[0]?.causes[0]?.cause).toBe(s.expected);
  });

  it('covers at least six causes in at least two ecosystems', () => {
    expect(new Set(SCENARIOS.map((s) => s.expected)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(SCENARIOS.map((s) => s.ecosystem)).size).toBeGreaterThanOrEqual(2);
  });
});
