import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { discriminate } from '../../../src/explain/discriminators.js';
import { needsPredecessorClues } from '../../../src/explain/needs-predecessor.js';
import { makeRun } from '../analyse/run-builder.js';

const N = 'tests/test_render.py::tests.test_render::test_needs_setup';
const P = 'tests/test_setup.py::tests.test_setup::test_setup';
const runs = [
  makeRun('d-001-w4', 4, { [N]: 'failed', [P]: 'passed' }),
  makeRun('s-002-w1', 1, { [N]: 'failed' }, { phase: 'confirm-serial', subset: [N] }),
  makeRun('s-003-w1', 1, { [N]: 'failed' }, { phase: 'confirm-serial', subset: [N] }),
  makeRun('p-004-w4', 4, { [N]: 'failed', [P]: 'passed' }, { phase: 'confirm-parallel' }),
  makeRun('s-005-w1', 1, { [P]: 'passed', [N]: 'passed' }, { phase: 'confirm-serial' }),
  makeRun('s-006-w1', 1, { [P]: 'passed', [N]: 'passed' }, { phase: 'confirm-serial' }),
  makeRun('o-007-w1', 1, { [P]: 'passed', [N]: 'passed' }, { phase: 'confirm-order', subset: [P, N] }),
];
const test = (all = runs) => {
  const t = analyse(all, [1, 4]).tests.find((x) => x.id === N);
  if (t === undefined) throw new Error('no test');
  return t;
};

describe('explain: a test that needs an earlier test', () => {
  it('names order-dependence with both serial samples and the replay that names its predecessor', () => {
    const [clue] = needsPredecessorClues(test(), runs, [P]);
    expect(clue).toMatchObject({ causes: ['order-dependence'], role: 'direct' });
    expect(clue?.evidence.text).toBe(
      `passes in 2/2 serial runs of the full suite (its own order; runs s-005-w1, s-006-w1) and fails in 2/2 serial runs alone (runs s-002-w1, s-003-w1); it passes when replayed serially right after ${P} (run o-007-w1), the earlier test whose state it needs`,
    );
  });

  it('reads the predecessor as what it needs, not as a collision, and ignores the passing replay as evidence against order', () => {
    const { clues } = discriminate({ test: test(), runs, clusters: [], cores: 2, partners: { [N]: [P] } });
    expect(clues.some((c) => c.evidence.text.startsWith('collides with'))).toBe(false);
    expect(clues.some((c) => c.role === 'against' && c.causes.includes('order-dependence'))).toBe(false);
    expect(clues.some((c) => c.group === 'needs-predecessor')).toBe(true);
  });

  it('says nothing when the test also fails in the suite order', () => {
    const failing = [...runs.slice(0, 5), makeRun('s-006-w1', 1, { [P]: 'passed', [N]: 'failed' }, { phase: 'confirm-serial' })];
    expect(needsPredecessorClues(test(failing), failing, [])).toEqual([]);
  });
});
