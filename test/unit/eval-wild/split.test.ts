// The tune/holdout split (scripts/eval-wild/split.ts): deterministic, per repository, balanced,
// and stable when cases are added.
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../../scripts/eval-wild/cases.js';
import { assignSplits } from '../../../scripts/eval-wild/split.js';

const make = (repo: string, framework: Framework, split?: 'tune' | 'holdout') => ({ repo, framework, ...(split ? { split } : {}) });
const repos = (n: number, framework: Framework) => Array.from({ length: n }, (_, i) => make(`org${i}/${framework}-project`, framework));

describe('wild cases: split', () => {
  it('is deterministic and does not depend on the order of the cases', () => {
    const cases = [...repos(6, 'pytest'), ...repos(4, 'go'), ...repos(5, 'jest')];
    const a = assignSplits(cases);
    const b = assignSplits([...cases].reverse());
    const side = (xs: typeof a) => Object.fromEntries(xs.map((c) => [c.repo, c.split]));
    expect(side(a)).toEqual(side(b));
    expect(side(assignSplits(cases))).toEqual(side(a));
  });

  it('keeps one repository on one side', () => {
    const cases = [make('acme/one', 'pytest'), make('acme/one', 'pytest'), make('acme/two', 'pytest'), make('acme/one', 'pytest')];
    const out = assignSplits(cases);
    expect(new Set(out.filter((c) => c.repo === 'acme/one').map((c) => c.split)).size).toBe(1);
  });

  it('balances each ecosystem within one case', () => {
    const out = assignSplits([...repos(7, 'pytest'), ...repos(4, 'vitest'), ...repos(4, 'jest'), ...repos(3, 'go')]);
    for (const eco of [['pytest'], ['vitest', 'jest'], ['go']]) {
      const mine = out.filter((c) => eco.includes(c.framework));
      const tune = mine.filter((c) => c.split === 'tune').length;
      expect(Math.abs(tune - (mine.length - tune))).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the sides already written and only assigns new repositories', () => {
    const first = assignSplits(repos(4, 'pytest'));
    const grown = assignSplits([...first, ...repos(8, 'pytest').slice(4)]);
    for (const c of first) expect(grown.find((g) => g.repo === c.repo)?.split).toBe(c.split);
    // A repository that already has a side gives it to its new cases.
    const again = assignSplits([...grown, make(first[0]!.repo, 'pytest')]);
    expect(again.at(-1)?.split).toBe(first[0]!.split);
  });
});
