// Every JUnit dialect the wild evaluation writes (scripts/eval-wild/dialects.ts) reads back
// through flakegate's own parser with the tests, outcomes and texts it was given.
import { describe, expect, it } from 'vitest';
import type { Framework, TestRef } from '../../../scripts/eval-wild/cases.js';
import { exceptionName, renderRun, type RunTest } from '../../../scripts/eval-wild/dialects.js';
import { createJunitReader } from '../../../src/parse/junit-reader.js';

const parse = (xml: string) => {
  const reader = createJunitReader();
  reader.write(xml);
  return reader.end();
};

const refs: Record<Framework, [TestRef, TestRef]> = {
  pytest: [{ file: 'tests/test_cache.py', class: 'TestCache', name: 'test_writes[1]' }, { file: 'tests/test_math.py', name: 'test_adds' }],
  jest: [{ file: 'src/cache.test.js', suite: ['cache', 'write'], name: 'writes <the> file' }, { file: 'src/math.test.js', name: 'adds' }],
  vitest: [{ file: 'test/cache.spec.ts', suite: ['cache'], name: 'writes the file' }, { file: 'test/math.spec.ts', name: 'adds' }],
  node: [{ file: 'test/cache.test.mjs', suite: ['cache', 'inner'], name: 'writes the file' }, { file: 'test/math.test.mjs', name: 'adds' }],
  mocha: [{ file: 'test/cache.spec.js', suite: ['cache'], name: 'writes the file' }, { file: 'test/math.spec.js', suite: ['math'], name: 'adds' }],
  go: [{ file: 'internal/cache/cache_test.go', name: 'TestWrites/sub_case' }, { file: 'internal/math/math_test.go', name: 'TestAdds' }],
  junit: [{ file: 'src/test/java/a/CacheTest.java', class: 'a.CacheTest', name: 'writes' }, { file: 'src/test/java/a/MathTest.java', class: 'a.MathTest', name: 'adds' }],
};

describe('wild evaluation: JUnit dialects', () => {
  for (const [framework, [victim, stable]] of Object.entries(refs) as Array<[Framework, [TestRef, TestRef]]>) {
    for (const dialect of framework === 'junit' ? (['surefire', 'gradle'] as const) : [undefined]) {
      it(`${framework}${dialect ? ` (${dialect})` : ''}: one failing and one passing test, with the failure text`, () => {
        const tests: RunTest[] = [
          { ref: victim, failed: true, text: 'Error: EADDRINUSE: address already in use :::3000 & <more>', line: 12, seconds: 0.05 },
          { ref: stable, failed: false, text: null, line: 3, seconds: 0.05 },
        ];
        const files = renderRun(tests, { framework, dialect, root: '', projectAbs: '/work/tree', goPackage: (f) => `example.com/m/${f.split('/').slice(0, -1).join('/')}`, timestamp: '2026-01-01T00:00:00.000Z' });
        const cases = files.flatMap((f) => parse(f.xml).tests);
        for (const f of files) expect(parse(f.xml).status).toBe('ok');
        expect(cases).toHaveLength(2);
        const failed = cases.filter((c) => c.outcome === 'failed' || c.outcome === 'error');
        expect(failed).toHaveLength(1);
        expect(`${failed[0]?.message ?? ''}\n${failed[0]?.details ?? ''}`).toContain('EADDRINUSE: address already in use :::3000 & <more>');
        expect(failed[0]?.name).toContain(victim.name.replace(/\[.*$/, ''));
      });
    }
  }

  it('pytest xunit2 names no file, as pytest does', () => {
    const [file] = renderRun([{ ref: refs.pytest[0], failed: false, text: null, line: 1, seconds: 0.01 }], { framework: 'pytest', root: '', projectAbs: '/t', timestamp: '2026-01-01T00:00:00.000Z' });
    expect(file?.xml).toContain('classname="tests.test_cache.TestCache"');
    expect(file?.xml).not.toContain('file=');
  });

  it('a failure without recorded text still fails, with no invented message', () => {
    const [file] = renderRun([{ ref: refs.go[1], failed: true, text: null, line: 7, seconds: 0.01 }], { framework: 'go', root: '', projectAbs: '/t', timestamp: '2026-01-01T00:00:00.000Z' });
    const [c] = parse(file!.xml).tests;
    expect(c?.outcome).toBe('failed');
    expect(c?.details ?? '').not.toMatch(/Error|address|locked/);
  });

  it('reads the exception type from a failure text', () => {
    expect(exceptionName('sqlite3.OperationalError: database is locked')).toBe('OperationalError');
    expect(exceptionName('assert 2 == 3')).toBe('AssertionError');
    expect(exceptionName('ERR904 user not found')).toBeNull();
  });
});
