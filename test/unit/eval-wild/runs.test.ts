// The replayed runs of a case (scripts/eval-wild/runs.ts) and finding its tests in a report
// (scripts/eval-wild/match.ts), on a synthetic case.
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../../scripts/eval-wild/cases.js';
import { findTest } from '../../../scripts/eval-wild/match.js';
import { FAILING_ROUNDS, ITERATIONS, planRuns } from '../../../scripts/eval-wild/runs.js';
import { createJunitReader } from '../../../src/parse/junit-reader.js';
import { validCase } from './sample-case.js';

const parse = (xml: string) => {
  const reader = createJunitReader();
  reader.write(xml);
  return reader.end().tests;
};

describe('wild evaluation: replayed runs', () => {
  const c = validateCase(
    validCase({
      framework: 'jest',
      victims: [{ file: 'src/a.test.js', suite: ['cache'], name: 'writes' }],
      partners: [{ file: 'src/b.test.js', name: 'also writes', text: 'partner text' }],
      polluters: [{ file: 'src/c.test.js', name: 'leaves state' }],
      stable: [{ file: 'src/d.test.js', name: 'adds' }],
    }),
    0,
  );
  const runs = planRuns(c, () => 3, { projectAbs: '/tree' });

  it('alternates 1 and 4 workers for the configured rounds; serial runs always pass', () => {
    expect(runs.map((r) => `${r.record.id}:${r.record.iteration}`)).toEqual(Array.from({ length: ITERATIONS * 2 }, (_, i) => `d-${String(i + 1).padStart(3, '0')}-w${i % 2 === 0 ? 1 : 4}:${Math.floor(i / 2) + 1}`));
    for (const run of runs.filter((r) => r.record.workers === 1)) {
      expect(run.record.exitCode).toBe(0);
      expect(run.files.flatMap((f) => parse(f.xml)).every((t) => t.outcome === 'passed')).toBe(true);
    }
  });

  it('fails victims and partners together in the failing parallel rounds, never polluters or stable tests', () => {
    for (const run of runs.filter((r) => r.record.workers === 4)) {
      const failed = run.files.flatMap((f) => parse(f.xml)).filter((t) => t.outcome !== 'passed').map((t) => t.name);
      expect(failed.sort()).toEqual(FAILING_ROUNDS.has(run.record.iteration) ? ['also writes', 'cache writes'] : []);
    }
    const partner = runs.find((r) => r.record.exitCode === 1)!.files.flatMap((f) => parse(f.xml)).find((t) => t.name === 'also writes');
    expect(partner?.details ?? '').toContain('partner text');
  });

  it('finds a case test in a report by name and location, whatever id the report gave it', () => {
    const tests = [
      { id: 'x::cache writes', classname: 'cache writes', name: 'cache writes', verdict: 'parallel-only' },
      { id: 'y::other writes', classname: 'other writes', name: 'other writes', verdict: 'stable' },
    ];
    expect(findTest(tests, c.victims[0]!, 'jest', '')?.id).toBe('x::cache writes');
    expect(findTest(tests, { file: 'src/z.test.js', name: 'missing' }, 'jest', '')).toBeUndefined();
  });
});
