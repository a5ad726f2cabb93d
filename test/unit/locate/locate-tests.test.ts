// Test-file resolution for every dialect, on synthetic project listings and texts (pure).
import { describe, expect, it } from 'vitest';
import { goFileDeclaring, goModulePath, goPackageDir } from '../../../src/locate/go-module.js';
import { filesToRead, locateTests, type LocateInput } from '../../../src/locate/locate-tests.js';
import { isTestFile } from '../../../src/locate/test-files.js';
import type { RunResult, TestAnalysis, TestCase } from '../../../src/model.js';
import { testId } from '../../../src/parse/test-id.js';
import { analysis, run } from '../explain/build.js';

/** A test as the analyse stage hands it on: the id from the report's own parts. */
function reported(parts: { file?: string; classname: string; name: string }): TestAnalysis {
  const base = analysis({ file: parts.file ?? '', name: parts.name, classname: parts.classname });
  const { file: _drop, ...rest } = base;
  return { ...rest, id: testId(parts), ...(parts.file === undefined ? {} : { file: parts.file }) };
}

function input(tests: TestAnalysis[], files: Record<string, string>, over: Partial<LocateInput> = {}): LocateInput {
  return {
    tests,
    runs: [],
    project: { files: Object.keys(files).sort(), complete: true, texts: new Map(Object.entries(files)) },
    ecosystem: 'unknown',
    wanted: new Set(tests.map((t) => t.id)),
    ...over,
  };
}

const sourceOf = (tests: TestAnalysis[]): Array<unknown> => tests.map((t) => t.source ?? null);

describe('locateTests', () => {
  it('keeps the JUnit file attribute, found as written or by its suffix', () => {
    const a = reported({ file: 'tests/test_orders.py', classname: 'tests.test_orders', name: 'test_a' });
    const b = reported({ file: 'service/tests/test_pay.py', classname: 'tests.test_pay', name: 'test_b' });
    const out = locateTests(input([a, b], { 'tests/test_orders.py': '', 'tests/test_pay.py': '' }));
    expect(sourceOf(out)).toEqual([
      { file: 'tests/test_orders.py', via: 'report-file' },
      { file: 'tests/test_pay.py', via: 'report-file' },
    ]);
    // The id never changes: resolution is a lookup.
    expect(out.map((t) => t.id)).toEqual([a.id, b.id]);
  });

  it('maps pytest dotted classnames to modules, with TestClass suffixes and a root above the project', () => {
    const tests = [
      reported({ classname: 'tests.test_orders', name: 'test_total' }),
      reported({ classname: 'tests.test_orders.TestRefunds', name: 'test_refund[eur]' }),
      reported({ classname: 'myapp.tests.test_users', name: 'test_create' }),
      reported({ classname: '', name: 'tests.test_broken' }),
      reported({ classname: 'utils', name: 'test_x' }),
    ];
    const files = { 'tests/test_orders.py': '', 'tests/test_users.py': '', 'tests/test_broken.py': '', 'utils.py': '' };
    expect(sourceOf(locateTests(input(tests, files)))).toEqual([
      { file: 'tests/test_orders.py', via: 'python-module' },
      { file: 'tests/test_orders.py', via: 'python-module' },
      { file: 'tests/test_users.py', via: 'python-module' },
      { file: 'tests/test_broken.py', via: 'python-module' },
      // A bare name that is not a test module is not trusted.
      null,
    ]);
  });

  it('maps Java and Kotlin classes to their source under any module, inner classes to the outer file', () => {
    const tests = [
      reported({ classname: 'com.acme.orders.OrderServiceTest', name: 'refunds()' }),
      reported({ classname: 'com.acme.pay.PaymentTest$WhenDeclined', name: 'retries()' }),
    ];
    const files = { 'orders/src/test/java/com/acme/orders/OrderServiceTest.java': '', 'pay/src/test/kotlin/com/acme/pay/PaymentTest.kt': '', 'pay/src/main/kotlin/com/acme/pay/Payment.kt': '' };
    expect(sourceOf(locateTests(input(tests, files)))).toEqual([
      { file: 'orders/src/test/java/com/acme/orders/OrderServiceTest.java', via: 'jvm-class' },
      { file: 'pay/src/test/kotlin/com/acme/pay/PaymentTest.kt', via: 'jvm-class' },
    ]);
  });

  it("takes Vitest's path-like classname as the file", () => {
    const t = reported({ classname: 'test/cache.test.ts', name: 'cache > writes' });
    const out = locateTests(input([{ ...t, file: 'test/cache.test.ts' }], { 'test/cache.test.ts': '' }));
    expect(out[0]?.source).toEqual({ file: 'test/cache.test.ts', via: 'classname-path' });
  });

  it('finds a Go test in its package directory, under the module that go.mod declares', () => {
    const t = reported({ classname: 'example.com/m/internal/store', name: 'TestSave/with_cache' });
    const root = reported({ classname: 'example.com/m', name: 'TestRoot' });
    const files = {
      'go.mod': 'module example.com/m\n\ngo 1.21\n',
      'internal/store/store.go': 'package store\n\nfunc TestSave() {}\n',
      'internal/store/a_test.go': 'package store\n\nfunc TestSaveAll(t *testing.T) {}\n',
      'internal/store/b_test.go': 'package store\n\nfunc TestSave(t *testing.T) {\n\tt.Run("with_cache", nil)\n}\n',
      'root_test.go': 'package m\n\nfunc TestRoot(t *testing.T) {}\n',
    };
    expect(sourceOf(locateTests(input([t, root], files)))).toEqual([
      { file: 'internal/store/b_test.go', via: 'go-package' },
      { file: 'root_test.go', via: 'go-package' },
    ]);
  });

  it('finds a Go package by the tail of its import path when go.mod is above the project', () => {
    const t = reported({ classname: 'github.com/acme/mono/svc/cache', name: 'TestEvict' });
    const files = { 'cache/cache_test.go': 'package cache\nfunc TestEvict(t *testing.T) {}\n' };
    expect(locateTests(input([t], files))[0]?.source).toEqual({ file: 'cache/cache_test.go', via: 'go-package' });
  });

  it('takes a node:test failure frame only in a test file, never the module under test', () => {
    const t = reported({ classname: 'test', name: 'kv store > evicts the oldest key' });
    const details = [
      'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal',
      '    at evict (/work/proj/src/kv.js:40:11)',
      '    at TestContext.<anonymous> (/work/proj/test/kv.test.js:12:5)',
    ].join('\n');
    const runs: RunResult[] = [run('d-1-w4', 4, [{ id: t.id, classname: t.classname, name: t.name, outcome: 'failed', details } as TestCase])];
    const files = { 'src/kv.js': 'export function evict() {}\n', 'test/kv.test.js': "describe('kv store', () => {\n  it('evicts the oldest key', () => {});\n});\n" };
    const out = locateTests(input([t], files, { runs }));
    expect(out[0]?.source).toEqual({ file: 'test/kv.test.js', via: 'stack-frame', line: 12 });
    expect(out[0]?.file).toBe('test/kv.test.js');
  });

  it('searches the test files for the title when the report names no file (jest-junit defaults)', () => {
    // jest-junit's default classname and name are both "{describe} {title}".
    const t = reported({ classname: 'orders api refunds a paid order', name: 'orders api refunds a paid order' });
    const files = {
      'src/orders.js': "// it('refunds a paid order') in a comment of the module under test\n",
      '__tests__/orders.test.js': "describe('orders api', () => {\n  it('refunds a paid order', async () => {});\n});\n",
      '__tests__/users.test.js': "describe('users api', () => {\n  it('creates a user', () => {});\n});\n",
    };
    expect(locateTests(input([t], files))[0]?.source).toEqual({ file: '__tests__/orders.test.js', via: 'title-search', line: 2 });
  });

  it('breaks a title tie by the describe titles, and leaves a real tie unresolved', () => {
    const t = reported({ classname: 'test', name: 'cache > writes the file' });
    const u = reported({ classname: 'test', name: 'writes the file' });
    const files = {
      'test/a.test.js': "describe('cache', () => { it('writes the file', () => {}); });\n",
      'test/b.test.js': "describe('export', () => { it('writes the file', () => {}); });\n",
    };
    const out = locateTests(input([t, u], files));
    expect(out[0]?.source).toEqual({ file: 'test/a.test.js', via: 'title-search', line: 1 });
    expect(out[1]?.source).toBeUndefined();
  });

  it("reads a Go package's test files for every test, and searches titles only for the wanted ones", () => {
    const go = reported({ classname: 'example.com/m/store', name: 'TestSave' });
    const js = reported({ classname: 'cache writes', name: 'cache writes' });
    const project = { 'go.mod': 'module example.com/m\n', 'store/store_test.go': '', 'store/other_test.go': '', 'web/a.test.js': '', 'web/b.js': '' };
    const base = input([go, js], project);
    const open = { ...base, project: { ...base.project, texts: new Map<string, string>() } };
    expect(filesToRead(open)).toEqual(['go.mod', 'store/other_test.go', 'store/store_test.go', 'web/a.test.js']);
    expect(filesToRead({ ...open, wanted: new Set() })).toEqual(['go.mod', 'store/other_test.go', 'store/store_test.go']);
  });
});

describe('isTestFile', () => {
  it.each([
    ['tests/test_orders.py', true],
    ['pkg/orders_test.py', true],
    ['tests/conftest.py', false],
    ['src/orders.py', false],
    ['src/kv.js', false],
    ['test/kv.js', true],
    ['src/kv.test.ts', true],
    ['src/__tests__/kv.ts', true],
    ['internal/store/store_test.go', true],
    ['internal/store/store.go', false],
    ['core/src/test/java/com/a/OrderTest.java', true],
    ['core/src/main/java/com/a/Order.java', false],
    ['spec/models/user_spec.rb', true],
  ])('%s -> %s', (path, expected) => expect(isTestFile(path)).toBe(expected));
});

describe('go module paths', () => {
  it('reads the module path and maps import paths under it to directories', () => {
    expect(goModulePath('// c\nmodule example.com/m\n\ngo 1.19\n')).toBe('example.com/m');
    expect(goModulePath('module "example.com/q" // quoted\n')).toBe('example.com/q');
    expect(goModulePath('go 1.19\n')).toBeNull();
    expect(goPackageDir('example.com/m', 'example.com/m/internal/store')).toBe('internal/store');
    expect(goPackageDir('example.com/m', 'example.com/m')).toBe('');
    expect(goPackageDir('example.com/m', 'example.com/mx/store')).toBeNull();
  });

  it('finds the file declaring the top-level test function, not one mentioning it in a comment', () => {
    const files = [
      { path: 'a_test.go', text: 'package a\n\nfunc TestSaveAll(t *testing.T) {}\n' },
      { path: 'b_test.go', text: 'package a\n// func TestSave( in a comment\nfunc TestSave(t *testing.T) {\n\tt.Run("x", nil)\n}\n' },
    ];
    expect(goFileDeclaring(files, 'TestSave/with_cache')).toBe('b_test.go');
    expect(goFileDeclaring(files, 'TestSaveAll')).toBe('a_test.go');
    expect(goFileDeclaring(files, 'TestMissing')).toBeNull();
  });
});
