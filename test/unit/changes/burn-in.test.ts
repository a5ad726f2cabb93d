import { describe, expect, it } from 'vitest';
import { burnInTests, MIN_SAMPLE } from '../../../src/changes/burn-in.js';
import { planNextConfirmation } from '../../../src/confirm/planner.js';
import { planBurnIn } from '../../../src/run/burn-in-plan.js';
import { nominate } from '../../../src/verdict/index.js';
import { runsOf } from '../confirm/run-table.js';

const suite = Array.from({ length: 200 }, (_, i) => `tests/test_${String(i).padStart(3, '0')}.py::t`);
const changed = ['tests/test_new.py::t'];
const coRunners = [suite[7] ?? ''];

describe('burn-in selection', () => {
  it('holds the changed tests, their co-runners and a seeded sample of a tenth of the rest', () => {
    const tests = burnInTests({ changed, coRunners, suite: [...suite, ...changed], run: 1, seed: 'base' });
    expect(tests).toEqual(expect.arrayContaining([...changed, ...coRunners]));
    expect(tests).toHaveLength(1 + 1 + Math.ceil(199 * 0.1));
    expect(tests).toEqual([...tests].sort());
  });

  it('is the same for the same pull request and run, and draws a new sample for the next run', () => {
    const input = { changed, coRunners, suite, seed: 'abc123\ntests/test_new.py::t' };
    expect(burnInTests({ ...input, run: 1 })).toEqual(burnInTests({ ...input, run: 1 }));
    expect(burnInTests({ ...input, run: 2 })).not.toEqual(burnInTests({ ...input, run: 1 }));
  });

  it('samples at least a few tests of a small suite, and runs nothing without a changed test', () => {
    expect(burnInTests({ changed, coRunners: [], suite: suite.slice(0, 12), run: 1, seed: 's' })).toHaveLength(1 + MIN_SAMPLE);
    expect(burnInTests({ changed: [], coRunners, suite, run: 1, seed: 's' })).toEqual([]);
  });

  it('plans one parallel subset run per burn-in run, leaving out ids the runner cannot be handed', () => {
    const specs = planBurnIn({ changed, coRunners: ['-x.py::t'], suite, runs: 3, workers: 4, seed: 's', nextSeq: 11, cannotPass: (id) => (id.startsWith('-') ? 'an option' : null) });
    expect(specs.map((s) => [s.id, s.phase, s.workers, s.iteration])).toEqual([
      ['b-011-w4', 'burn-in', 4, 1],
      ['b-012-w4', 'burn-in', 4, 2],
      ['b-013-w4', 'burn-in', 4, 3],
    ]);
    for (const s of specs) expect(s.tests).not.toContain('-x.py::t');
    expect(planBurnIn({ changed: ['-new.py::t'], coRunners: [], suite, runs: 3, workers: 4, seed: 's', nextSeq: 1, cannotPass: (id) => (id.startsWith('-') ? 'an option' : null) })).toEqual([]);
  });

  it('a test failing in a burn-in run is a suspect, confirmed under the same rule (serial rerun first)', () => {
    const partner = suite[7] ?? '';
    const discovery = [...runsOf(changed[0] ?? '', 'discovery', 4, 'PP'), ...runsOf(partner, 'discovery', 4, 'PP')];
    const burn = runsOf(changed[0] ?? '', 'burn-in', 4, 'F', { subset: [changed[0] ?? '', partner] });
    const runs = [...discovery, ...burn];
    expect([...nominate(runs, 1).nominees.values()]).toMatchObject([{ id: changed[0], threshold: 4, parallel: { failed: 1, n: 3 } }]);
    const step = planNextConfirmation({ runs, workers: [1, 4], supportsSubset: true, budgetRemainingMs: null, nextSeq: runs.length + 1 });
    expect(step.specs.map((s) => s.phase)).toEqual(['confirm-serial']);
  });
});
