import { describe, expect, it } from 'vitest';
import type { RunSpec, TestCase } from '../../../src/model.js';
import { subsetOverrun } from '../../../src/run/subset-overrun.js';

const cases = (n: number, outcome: TestCase['outcome'] = 'passed'): TestCase[] => Array.from({ length: n }, (_, i) => ({ id: `t${i}`, classname: 'c', name: `t${i}`, outcome }));
const spec = (tests?: string[]): RunSpec => ({ id: 's-005-w1', workers: 1, iteration: 1, phase: 'confirm-serial', ...(tests ? { tests } : {}) });

describe('subsetOverrun', () => {
  it('says so when a subset rerun ran far more tests than asked', () => {
    expect(subsetOverrun(spec(['a', 'b']), cases(120))).toMatch(/asked for 2 tests and the command ran 120/);
  });

  it('stays quiet for full runs, honoured subsets and unselected tests reported as skipped', () => {
    expect(subsetOverrun(spec(), cases(120))).toBeNull();
    expect(subsetOverrun(spec(['a', 'b']), cases(2))).toBeNull();
    expect(subsetOverrun(spec(['a', 'b']), [...cases(2), ...cases(100, 'skipped')])).toBeNull();
  });
});
