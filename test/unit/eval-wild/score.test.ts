// Scoring of the wild evaluation (scripts/eval-wild/score.ts) on synthetic rows.
import { describe, expect, it } from 'vitest';
import type { Split, WildCause } from '../../../scripts/eval-wild/cases.js';
import { renderSummary, summarise, type CaseRow } from '../../../scripts/eval-wild/score.js';

const row = (id: string, split: Split, expected: WildCause, predicted: string, ecosystem: CaseRow['ecosystem'] = 'python'): CaseRow => ({
  id,
  repo: `acme/${id}`,
  split,
  framework: ecosystem === 'python' ? 'pytest' : 'jest',
  ecosystem,
  expected,
  predicted,
  score: 0.5,
  verdict: 'parallel-only',
  runnerUp: '',
  evidence: [],
  hasFailureText: true,
  file: '',
  mode: 'replay',
});

describe('wild evaluation: scoring', () => {
  const rows = [
    row('a', 'tune', 'port-conflict', 'port-conflict'),
    row('b', 'tune', 'shared-file-path', 'unknown'),
    row('c', 'holdout', 'shared-file-path', 'shared-file-path', 'javascript'),
    row('d', 'holdout', 'shared-database', 'shared-file-path', 'javascript'),
    row('e', 'holdout', 'shared-database', 'shared-database'),
  ];

  it('scores top-1 per split, per cause and per ecosystem', () => {
    const s = summarise(rows, 0, [], () => false);
    expect(s.overall).toEqual({ hit: 3, n: 5 });
    expect(s.bySplit).toEqual({ tune: { hit: 1, n: 2 }, holdout: { hit: 2, n: 3 } });
    expect(s.byCause['shared-file-path']).toEqual({ all: { hit: 1, n: 2 }, tune: { hit: 0, n: 1 }, holdout: { hit: 1, n: 1 } });
    expect(s.byEcosystem.javascript?.holdout).toEqual({ hit: 1, n: 2 });
    expect(s.confusion['shared-database']).toEqual({ 'shared-file-path': 1, 'shared-database': 1 });
  });

  it('counts the causes claimed on stable tests with the label rule it is given', () => {
    const claims = [
      { id: 'a', test: 't1', verdict: 'stable', cause: 'port-conflict', score: 0.2, label: null },
      { id: 'b', test: 't2', verdict: 'stable', cause: 'shared-file-path', score: 0.6, label: null },
    ];
    const s = summarise(rows, 7, claims, (c) => c.score >= 0.35);
    expect(s.stable).toEqual({ tests: 7, withCause: 2, aboveWeakest: 1 });
    const text = renderSummary(rows, s, claims);
    expect(text).toContain('| tune | 1/2 (50%) |');
    expect(text).toContain('| holdout | 2/3 (67%) |');
    expect(text).toContain('above the weakest label: 1 (target 0)');
  });

  it('reports an empty half as a dash, not as 0%', () => {
    const s = summarise([row('a', 'tune', 'port-conflict', 'port-conflict')], 0, [], () => false);
    expect(renderSummary([], s, [])).toContain('| holdout | – |');
  });
});
