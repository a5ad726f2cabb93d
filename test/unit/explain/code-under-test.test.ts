// The project's own modules a test imports (the code under test): followed a bounded depth,
// never into packages or out of the project, read at a lower weight than the test's own code, and
// evidence once two co-failing tests reach the same literal through them. Synthetic projects.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import { LIBRARY_DEPTH, MAX_LIBRARY_FILES, libraryFilesOf } from '../../../src/explain/imports.js';
import { libraryFilesToRead } from '../../../src/explain/source-files.js';
import type { Cause, Ecosystem, RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, failingRuns, run, tc } from './build.js';

function together(a: TestAnalysis, b: TestAnalysis, message: string): RunResult[] {
  return [
    run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]),
    ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(a, 'failed', { message }), tc(b, 'failed', { message })])),
  ];
}

function top(tests: TestAnalysis[], runs: RunResult[], sources: Record<string, string>, ecosystem: Ecosystem): { cause: Cause; score: number; evidence: string[] } {
  const clusters = tests.length > 1 ? [{ id: 0, tests: tests.map((t) => t.id), runs: [] }] : [];
  const [out] = explain({ tests, runs, clusters, ecosystem, sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
  const first = out?.causes[0];
  return { cause: first?.cause ?? 'unknown', score: first?.score ?? 0, evidence: (first?.evidence ?? []).map((e) => e.text) };
}

const pyTest = (name: string, imports: string): string => `${imports}\n\n\ndef ${name}():\n    assert run_job("a") == "done"\n`;

const pair = (a: string, b: string): [TestAnalysis, TestAnalysis] => [
  analysis({ file: `tests/${a}.py`, name: a, cluster: 0 }),
  analysis({ file: `tests/${b}.py`, name: b, cluster: 0 }),
];

describe('following imports into the code under test', () => {
  const cache = 'import json\n\nCACHE_FILE = "/tmp/shopcart-cache.json"\n\n\ndef save(data):\n    with open(CACHE_FILE, "w") as f:\n        json.dump(data, f)\n';

  it('two co-failing tests reach one fixed path in a project module (two levels down): named, weaker than in their own code', () => {
    const [a, b] = pair('test_orders', 'test_refunds');
    const sources = {
      'tests/test_orders.py': pyTest('test_orders', 'from shopcart.jobs import run_job'),
      'tests/test_refunds.py': pyTest('test_refunds', 'from shopcart.jobs import run_job'),
      'shopcart/jobs.py': 'from shopcart import storage\n\n\ndef run_job(name):\n    storage.save({"job": name})\n    return "done"\n',
      'shopcart/storage.py': cache,
    };
    const got = top([a, b], together(a, b, "AssertionError: assert 'partial' == 'done'"), sources, 'python');
    expect(got.cause).toBe('shared-file-path');
    expect(got.score).toBeGreaterThanOrEqual(0.35);
    expect(got.evidence.join('\n')).toMatch(/shopcart-cache\.json/);
    // The same write in each test's own code is stronger evidence.
    const own = (name: string): string => `import json\n\n\ndef ${name}():\n    with open("/tmp/shopcart-cache.json", "w") as f:\n        json.dump({}, f)\n    assert run_job("a") == "done"\n`;
    const direct = top([a, b], together(a, b, "AssertionError: assert 'partial' == 'done'"), { 'tests/test_orders.py': own('test_orders'), 'tests/test_refunds.py': own('test_refunds') }, 'python');
    expect(direct.cause).toBe('shared-file-path');
    expect(got.score).toBeLessThan(direct.score);
    expect(got.score).toBeLessThan(0.8);
  });

  it('one test alone reaching a fixed path in the code under test stays unknown', () => {
    const t = analysis({ file: 'tests/test_orders.py', name: 'test_orders', threshold: 4 });
    const sources = { 'tests/test_orders.py': pyTest('test_orders', 'from shopcart.storage import save'), 'shopcart/storage.py': cache };
    const got = top([t], failingRuns(t, "AssertionError: assert 'partial' == 'done'"), sources, 'python');
    expect(got.cause).toBe('unknown');
  });

  it("a port both tests hard-code still wins over what the module they import does", () => {
    const src = (name: string): string => `from shopcart.settings import configure\n\n\ndef ${name}():\n    configure()\n    server = start_server(("127.0.0.1", 18611))\n    assert server.ready\n`;
    const [a, b] = pair('test_a', 'test_b');
    const sources = {
      'tests/test_a.py': src('test_a'),
      'tests/test_b.py': src('test_b'),
      'shopcart/settings.py': 'import os\n\n\ndef configure():\n    os.environ["SHOPCART_MODE"] = "test"\n',
    };
    const got = top([a, b], together(a, b, 'Failed: Timeout >5.0s'), sources, 'python');
    expect(got.cause).toBe('port-conflict');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });

  it('co-failing tests racing one sub-second deadline in the code under test: timing under load; one test alone: unknown', () => {
    const module = 'import asyncio\n\n\nasync def persist(state):\n    await asyncio.wait_for(state.save(), timeout=0.15)\n';
    const src = (name: string): string => `from shopcart.persist import persist\n\n\nasync def ${name}():\n    await persist(state)\n    assert state.saved\n`;
    const a = analysis({ file: 'tests/test_p.py', name: 'test_one', cluster: 0, threshold: 4 });
    const b = analysis({ file: 'tests/test_p.py', name: 'test_two', cluster: 0, threshold: 4 });
    const sources = { 'tests/test_p.py': `${src('test_one')}\n\n${src('test_two').split('\n').slice(1).join('\n')}`, 'shopcart/persist.py': module };
    const got = top([a, b], together(a, b, 'assert False'), sources, 'python');
    expect(got.cause).toBe('timing-under-load');
    expect(got.evidence.join('\n')).toMatch(/sub-second deadline at shopcart\/persist\.py:5/);
    const alone = analysis({ file: 'tests/test_p.py', name: 'test_one', threshold: 4 });
    expect(top([alone], failingRuns(alone, 'assert False'), sources, 'python').cause).toBe('unknown');
  });

  it('JS: a relative import of a source module; bare imports (packages) are never followed', () => {
    const files = new Set(['test/cart.test.js', 'src/cart.js', 'src/db.js', 'node_modules/pg/index.js']);
    const sources = new Map([
      ['test/cart.test.js', "import { Cart } from '../src/cart.js';\nimport pg from 'pg';\n"],
      ['src/cart.js', "import { db } from './db.js';\n"],
    ]);
    expect(libraryFilesOf('test/cart.test.js', sources, files)).toEqual(['src/cart.js', 'src/db.js']);
  });

  it('stable tests get no cause from the code under test', () => {
    const [a, b] = pair('test_orders', 'test_refunds');
    const stable = analysis({ file: 'tests/test_stable.py', name: 'test_stable', verdict: 'stable' });
    const sources = {
      'tests/test_orders.py': pyTest('test_orders', 'from shopcart.storage import save'),
      'tests/test_refunds.py': pyTest('test_refunds', 'from shopcart.storage import save'),
      'tests/test_stable.py': pyTest('test_stable', 'from shopcart.storage import save'),
      'shopcart/storage.py': cache,
    };
    const out = explain({ tests: [a, b, stable], runs: together(a, b, 'assert 1 == 2'), clusters: [{ id: 0, tests: [a.id, b.id], runs: [] }], ecosystem: 'python', sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
    expect(out.find((t) => t.id === stable.id)?.causes ?? []).toEqual([]);
  });
});

describe('bounds: depth, count, bytes, the project root', () => {
  it(`stops after ${LIBRARY_DEPTH} levels`, () => {
    const files = new Set(['tests/test_a.py', 'app/one.py', 'app/two.py', 'app/three.py']);
    const sources = new Map([
      ['tests/test_a.py', 'from app.one import f\n'],
      ['app/one.py', 'from app import two\n'],
      ['app/two.py', 'from app import three\n'],
      ['app/three.py', ''],
    ]);
    expect(libraryFilesOf('tests/test_a.py', sources, files)).toEqual(['app/one.py', 'app/two.py']);
  });

  it(`follows at most ${MAX_LIBRARY_FILES} modules, and stops once their text passes the byte budget`, () => {
    const names = Array.from({ length: MAX_LIBRARY_FILES + 4 }, (_, i) => `app/m${i}.py`);
    const files = new Set(['tests/test_a.py', ...names]);
    const test = names.map((n) => `from app import ${n.slice(4, -3)}`).join('\n');
    const sources = new Map([['tests/test_a.py', test]]);
    expect(libraryFilesOf('tests/test_a.py', sources, files)).toHaveLength(MAX_LIBRARY_FILES);
    const big = new Map([...sources, ...names.map((n) => [n, 'x'.repeat(200 * 1024)] as const)]);
    expect(libraryFilesOf('tests/test_a.py', big, files)).toHaveLength(2);
  });

  it('never a test-support file, the standard library, or a path that leaves the project', () => {
    const files = new Set(['pkg/tests/test_a.py', 'pkg/tests/helpers.py', 'pkg/core.py']);
    const sources = new Map([['pkg/tests/test_a.py', 'import os\nfrom ...outside import x\nfrom .helpers import make\nfrom pkg import core\n']]);
    expect(libraryFilesOf('pkg/tests/test_a.py', sources, files)).toEqual(['pkg/core.py']);
    const t = analysis({ file: 'pkg/tests/test_a.py', name: 'test_a', verdict: 'parallel-only' });
    expect(libraryFilesToRead([t], sources, [...files])).toEqual(['pkg/core.py']);
  });
});
