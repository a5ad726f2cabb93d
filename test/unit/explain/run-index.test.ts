import { describe, expect, it } from 'vitest';
import { casesOf, indexRuns } from '../../../src/explain/run-index.js';
import type { TestCase } from '../../../src/model.js';
import { run } from './build.js';

const tc = (id: string, outcome: TestCase['outcome'], extra: Partial<TestCase> = {}): TestCase => ({ id, classname: 'c', name: id, outcome, ...extra });

describe('indexRuns / casesOf', () => {
  const a1 = tc('a', 'passed');
  const b1 = tc('b', 'failed', { occurrence: 1 });
  const b2 = tc('b', 'error', { occurrence: 2 });
  const c1 = tc('c', 'passed');
  const runs = [run('r1', 1, [a1, b1, b2]), run('r2', 4, [c1, a1])];

  it('finds each id\'s cases per run, duplicates in document order, nothing for ids a run lacks', () => {
    const [first, second] = indexRuns(runs);
    if (first === undefined || second === undefined) throw new Error('two runs indexed');
    expect(casesOf(first, 'a')).toEqual([a1]);
    expect(casesOf(first, 'b')).toEqual([b1, b2]);
    expect(casesOf(first, 'c')).toEqual([]);
    expect(casesOf(second, 'c')).toEqual([c1]);
    expect(casesOf(second, 'b')).toEqual([]);
    expect(casesOf(second, 'unknown')).toEqual([]);
    expect([...first.failed]).toEqual(['b']);
    expect(second.failed.size).toBe(0);
  });

  it('builds the index once per runs array', () => {
    expect(indexRuns(runs)).toBe(indexRuns(runs));
  });
});
