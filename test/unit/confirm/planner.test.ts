import { describe, expect, it } from 'vitest';
import { planNextConfirmation } from '../../../src/confirm/planner.js';
import { durationModel, estimateRunMs } from '../../../src/confirm/estimate.js';
import { suspectsOf } from '../../../src/confirm/suspects.js';
import type { RunResult } from '../../../src/model.js';
import { planDiscovery } from '../../../src/run/plan.js';
import { nominate } from '../../../src/verdict/index.js';
import { A, B, C, D, E, discover, simulatedSuite } from './simulated-suite.js';
import { runsOf } from './run-table.js';
import { runsFrom } from '../analyse/run-builder.js';

const workers = [1, 2, 4];

async function discovery(options: Parameters<typeof simulatedSuite>[0] = {}): Promise<RunResult[]> {
  return discover(simulatedSuite({ seed: 7, ...options }), planDiscovery(workers, 3));
}

const suspectsIn = (runs: readonly RunResult[]) => suspectsOf(nominate(runs, 1), runs);

describe('suspects', () => {
  it('nominates the parallel-only failure; not the stable, the broken or the never-failing partner', async () => {
    const suspects = suspectsIn(await discovery());
    const ids = suspects.map((s) => s.id);
    expect(ids).toContain(A);
    for (const t of [B, D, E]) expect(ids).not.toContain(t);
    expect(suspects.find((s) => s.id === A)).toMatchObject({ threshold: 2, nominee: { serial: { failed: 0, n: 3 } } });
  });

  it('never nominates a test that failed serially in discovery: it is flaky whatever confirmation says', () => {
    expect(suspectsIn([...runsOf(C, 'discovery', 1, 'FPP'), ...runsOf(C, 'discovery', 4, 'FFF')])).toEqual([]);
  });

  it('companions come from timing when reports carry it: the partner is among them', async () => {
    const [suspect] = suspectsIn(await discovery({ timing: true })).filter((s) => s.id === A);
    expect(suspect?.companions).toContain(B);
    expect(suspect?.companions).not.toContain(E); // broken: co-fails with everything, says nothing
  });
});

describe('planNextConfirmation', () => {
  it('runs each block\'s serial half first (suspects only, batched), then its parallel run', async () => {
    const suite = simulatedSuite({ seed: 7 });
    const runs = await discovery();
    expect(suspectsIn(runs).map((s) => s.id)).toContain(A);
    const phases: string[][] = [];
    for (let step = 0; step < 3; step++) {
      const next = planNextConfirmation({ runs, workers, supportsSubset: true, budgetRemainingMs: null, nextSeq: runs.length + 1 });
      expect(next.done).toBe(false);
      phases.push(next.specs.map((s) => s.phase));
      for (const spec of next.specs) {
        if (spec.phase === 'confirm-serial') {
          expect(spec.tests).toContain(A);
          expect(spec.tests).not.toContain(D);
        } else expect(spec).toMatchObject({ workers: 2, iteration: 1 });
        runs.push(await suite.execute(spec));
      }
    }
    expect(phases).toEqual([['confirm-serial'], ['confirm-serial'], ['confirm-parallel']]);
  });

  it('packs suspects whose test sets do not overlap into one run, each with its companions', () => {
    const table: Record<string, Record<number, string>> = {
      'a.py::t::a1': { 1: 'PPP', 4: 'FPF' },
      'a2.py::t::a2': { 1: 'PPP', 4: 'FPF' },
      'b.py::t::b1': { 1: 'PPP', 4: 'PFF' },
      'b2.py::t::b2': { 1: 'PPP', 4: 'PFF' },
    };
    for (let k = 1; k <= 6; k++) table[`s${k}.py::t::s${k}`] = { 1: 'PPP', 4: 'PPP' };
    const runs = runsFrom(table);
    const serialHalf = ['a.py::t::a1', 'a2.py::t::a2', 'b.py::t::b1', 'b2.py::t::b2'].flatMap((id) => runsOf(id, 'confirm-serial', 1, 'PP', { subset: [id] }));
    const step = planNextConfirmation({ runs: [...runs, ...serialHalf], workers: [1, 4], supportsSubset: true, budgetRemainingMs: null, nextSeq: runs.length + serialHalf.length + 1 });
    expect(step.specs.map((s) => [s.phase, s.workers, s.tests])).toEqual([['confirm-parallel', 4, ['a.py::t::a1', 'a2.py::t::a2', 'b.py::t::b1', 'b2.py::t::b2']]]);
  });

  it('is done at once when discovery found nothing to suspect', async () => {
    const runs = [...runsOf(D, 'discovery', 1, 'PPP'), ...runsOf(D, 'discovery', 4, 'PPP')];
    const step = planNextConfirmation({ runs, workers: [1, 4], supportsSubset: true, budgetRemainingMs: null, nextSeq: 7 });
    expect(step).toMatchObject({ specs: [], done: true });
    expect(step.notes[0]?.text).toContain('no suspects');
  });

  it('without subset support reruns the full suite and says so', async () => {
    const runs = await discovery();
    const step = planNextConfirmation({ runs, workers, supportsSubset: false, budgetRemainingMs: null, nextSeq: runs.length + 1 });
    expect(step.specs.length).toBeGreaterThan(0);
    for (const spec of step.specs) expect(spec.tests).toBeUndefined();
    expect(step.notes.filter((n) => n.kind === 'fallback')).toHaveLength(1);
  });

  it('plans nothing that does not fit the budget and names what it skipped', async () => {
    const suite = simulatedSuite({ seed: 7 });
    const runs = await discovery();
    // A second nominee whose block is at its serial half while A's is at its parallel run.
    const x = 'tests/test_x.py::tests::test_x';
    const extra = [...runsOf(x, 'discovery', 1, 'PPP'), ...runsOf(x, 'discovery', 2, 'FFF')];
    const confirmed = [...runs, ...extra];
    for (const spec of planNextConfirmation({ runs: [...runs], workers, supportsSubset: true, budgetRemainingMs: null, nextSeq: 100 }).specs) confirmed.push(await suite.execute(spec));
    for (const spec of planNextConfirmation({ runs: [...runs, ...confirmed.slice(runs.length + extra.length)], workers, supportsSubset: true, budgetRemainingMs: null, nextSeq: 200 }).specs) confirmed.push(await suite.execute(spec));
    const input = { runs: confirmed, workers, supportsSubset: true, nextSeq: 300 };
    const model = durationModel(confirmed);
    const full = planNextConfirmation({ ...input, budgetRemainingMs: null });
    expect(full.specs.map((s) => s.phase)).toEqual(['confirm-serial', 'confirm-parallel']);
    const [serialMs, parallelMs] = full.specs.map((s) => estimateRunMs(model, s));
    if (serialMs === undefined || parallelMs === undefined) throw new Error('expected a serial and a parallel spec');
    // Room for the serial run, 1 ms short of the parallel one after it.
    const partial = planNextConfirmation({ ...input, budgetRemainingMs: serialMs + parallelMs - 1 });
    expect(partial.specs.map((s) => s.phase)).toEqual(['confirm-serial']);
    expect(partial.done).toBe(false);
    expect(partial.notes.filter((n) => n.kind === 'budget')).toHaveLength(1);
    const starved = planNextConfirmation({ ...input, budgetRemainingMs: Math.min(serialMs, parallelMs) - 1 });
    expect(starved).toMatchObject({ specs: [], done: true });
    const budget = starved.notes.find((n) => n.kind === 'budget');
    expect(budget?.text).toContain('serial arm of');
    expect(budget?.text).toContain('parallel arm of');
    expect(starved.notes.filter((n) => n.kind === 'stop').map((n) => n.text).join('\n')).toContain('undecided');
  });
});

describe('duration model', () => {
  it('measures the start-up overhead and prices subsets by their tests', async () => {
    const runs = await discovery(); // simulated: 2000 ms start-up, A takes 3000 ms
    const model = durationModel(runs);
    expect(model.overheadMs).toBe(2000);
    expect(estimateRunMs(model, { workers: 1, tests: [A] })).toBe(5000);
    expect(estimateRunMs(model, { workers: 2, tests: [A, B] })).toBe(2000 + 3000); // the longest test bounds it
    expect(estimateRunMs(model, { workers: 2, tests: [C, D, E] })).toBe(2000 + (150 + 120 + 80) / 2);
    const fullSerial = runs.find((r) => r.record.workers === 1)?.record.durationMs;
    expect(estimateRunMs(model, { workers: 1 })).toBe(fullSerial);
  });
});
