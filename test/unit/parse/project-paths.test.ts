import { describe, expect, it } from 'vitest';
import type { TestCase } from '../../../src/model.js';
import { projectRelativeCases } from '../../../src/parse/project-paths.js';
import { testId } from '../../../src/parse/test-id.js';

const tc = (over: Partial<TestCase> & Pick<TestCase, 'classname' | 'name'>): TestCase => ({
  id: testId({ file: over.file, classname: over.classname, name: over.name }),
  outcome: 'failed',
  ...over,
});

describe('projectRelativeCases', () => {
  it('makes absolute paths under the project relative, and the id with them (Mocha xunit)', () => {
    const [c] = projectRelativeCases([tc({ file: '/tmp/co-1/project/test/a.test.js', classname: 'cache', name: 'writes' })], '/tmp/co-1/project');
    expect(c).toMatchObject({ file: 'test/a.test.js', id: 'test/a.test.js::cache::writes' });
    const [d] = projectRelativeCases([tc({ file: '/tmp/co-2/project/test/a.test.js', classname: 'cache', name: 'writes' })], '/tmp/co-2/project/');
    expect(d?.id).toBe(c?.id);
  });

  it('leaves paths outside the project and relative paths alone', () => {
    const cases = [tc({ file: '/elsewhere/t.py', classname: 'x', name: 'y' }), tc({ file: 'tests/t.py', classname: 'x', name: 'y' })];
    expect(projectRelativeCases(cases, '/repo')).toEqual(cases);
  });

  it("takes Vitest's path-like classname as the file, keeping the id", () => {
    const c = tc({ classname: 'test/cache-export.test.js', name: 'export cache > writes' });
    const [out] = projectRelativeCases([c], '/repo');
    expect(out).toMatchObject({ file: 'test/cache-export.test.js', id: c.id });
  });

  it('leaves a node:test case without a file: its stack is read by src/locate/, which skips non-test modules', () => {
    const details = 'Error: boom\n    at evict (/repo/src/kv.js:1:1)\n    at TestContext.<anonymous> (/repo/test/kv.test.js:25:12)';
    const c = tc({ classname: 'test', name: 'kv > evicts', details });
    expect(projectRelativeCases([c], '/repo')[0]?.file).toBeUndefined();
  });
});

describe('filepath attribute', () => {
  it('locates the test without entering its id', async () => {
    const { parseXml, junit } = await import('./parse-string.js');
    const [c] = parseXml(junit('<testcase classname="orders" name="refunds" filepath="/repo/spec/orders_spec.rb"/>')).tests;
    expect(c).toMatchObject({ file: '/repo/spec/orders_spec.rb', id: '::orders::refunds' });
    const [rel] = projectRelativeCases(c === undefined ? [] : [c], '/repo');
    expect(rel).toMatchObject({ file: 'spec/orders_spec.rb', id: '::orders::refunds' });
  });
});
