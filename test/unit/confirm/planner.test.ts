import { describe, expect, it } from 'vitest';
import { planNextConfirmation } from '../../../src/confirm/planner.js';
import { fitPriceModel, fullSuiteInstead, priceRun } from '../../../src/price/price-model.js';
import { suspectsOf } from '../../../src/confirm/suspects.js';
import type { RunResult } from '../../../src/model.js';
import { planDiscovery } from '../../../src/run/plan.js';
import { nominate } from '../../../src/verdict/index.js';
import { A, B, C, D, E, discover, simulatedSuite, simulatedTests } from './simulated-suite.js';
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
    const model = fitPriceModel(confirmed, 'unknown', 1); // the planner's defaults
    const full = planNextConfirmation({ ...input, budgetRemainingMs: null });
    expect(full.specs.map((s) => s.phase)).toEqual(['confirm-serial', 'confirm-parallel']);
    const [serialMs, parallelMs] = full.specs.map((s) => priceRun(model, s));
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

describe('pricing choices', () => {
  it('prices a run as start-up plus its tests dealt longest first over the lanes', async () => {
    const runs = await discovery(); // simulated: 2000 ms start-up, A 3000 ms, B 2900 ms
    const model = fitPriceModel(runs, 'unknown', 4);
    expect(priceRun(model, { workers: 1, tests: [A] })).toBe(5000);
    expect(priceRun(model, { workers: 2, tests: [A, B] })).toBe(2000 + 3000); // the longest test bounds it
    expect(priceRun(model, { workers: 2, tests: [C, D, E] })).toBe(2000 + 120 + 80); // C | D, E
    const fullSerial = runs.find((r) => r.record.workers === 1)?.record.durationMs;
    expect(priceRun(model, { workers: 1 })).toBe(fullSerial);
  });

  it('runs a subset when it is priced lower than the full suite, the full suite when it is not', async () => {
    const model = fitPriceModel(await discovery(), 'unknown', 4);
    const all = simulatedTests().map((t) => t.id);
    expect(fullSuiteInstead(model, { workers: 2, tests: [A, B] })).toBe(false);
    expect(fullSuiteInstead(model, { workers: 2, tests: [A] })).toBe(true); // nobody to collide with
    expect(fullSuiteInstead(model, { workers: 2, tests: all })).toBe(true);
  });

  it('without durations in the reports, a tie: a subset of at most half the suite, else the full suite', () => {
    const table: Record<string, Record<number, string>> = {};
    for (let k = 1; k <= 6; k++) table[`s${k}.py::t::s${k}`] = { 1: 'PPP', 4: 'PPP' };
    const model = fitPriceModel(runsFrom(table), 'unknown', 4);
    expect(fullSuiteInstead(model, { workers: 4, tests: ['s1.py::t::s1', 's2.py::t::s2', 's3.py::t::s3'] })).toBe(false);
    expect(fullSuiteInstead(model, { workers: 4, tests: ['s1.py::t::s1', 's2.py::t::s2', 's3.py::t::s3', 's4.py::t::s4'] })).toBe(true);
  });
});
