import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../src/confirm/arms.js';
import { planNextConfirmation } from '../../../src/confirm/planner.js';
import { durationModel, estimateRunMs } from '../../../src/confirm/estimate.js';
import { nominateSuspects } from '../../../src/confirm/suspects.js';
import type { RunResult } from '../../../src/model.js';
import { planDiscovery } from '../../../src/run/plan.js';
import { A, B, C, D, E, discover, simulatedSuite } from './simulated-suite.js';
import { runsOf } from './run-table.js';
import { runsFrom } from '../analyse/run-builder.js';

const workers = [1, 2, 4];

async function discovery(options: Parameters<typeof simulatedSuite>[0] = {}): Promise<RunResult[]> {
  return discover(simulatedSuite({ seed: 7, ...options }), planDiscovery(workers, 3));
}

describe('nominateSuspects', () => {
  it('nominates the parallel-only failure; not the stable, the broken or the never-failing partner', async () => {
    const suspects = nominateSuspects(await discovery(), 1);
    const ids = suspects.map((s) => s.id);
    expect(ids).toContain(A);
    for (const t of [B, D, E]) expect(ids).not.toContain(t);
    expect(suspects.find((s) => s.id === A)).toMatchObject({ reason: 'parallel-only', threshold: 2, serial: { failed: 0, n: 3 } });
  });

  it('nominates a test that failed serially once in three and more often in parallel (rare-serial)', () => {
    const runs = [...runsOf(C, 'discovery', 1, 'FPP'), ...runsOf(C, 'discovery', 4, 'FFP')];
    expect(nominateSuspects(runs, 1)).toMatchObject([{ id: C, reason: 'rare-serial', threshold: 4 }]);
    expect(nominateSuspects([...runsOf(C, 'discovery', 1, 'FFP'), ...runsOf(C, 'discovery', 4, 'FFF')], 1)).toEqual([]);
  });

  it('companions come from timing when reports carry it: the partner is among them', async () => {
    const [suspect] = nominateSuspects(await discovery({ timing: true }), 1).filter((s) => s.id === A);
    expect(suspect?.companions).toContain(B);
    expect(suspect?.companions).not.toContain(E); // broken: co-fails with everything, says nothing
  });
});

describe('planNextConfirmation', () => {
  it('the serial arm leads (suspects only, batched); the parallel arm joins at the threshold once 3 clean serial runs are on record, discovery\'s included', async () => {
    const suite = simulatedSuite({ seed: 7 });
    // One discovery iteration: 1 clean serial run of A, so the serial arm leads for 2 batches.
    const runs = await discover(suite, planDiscovery(workers, 1));
    expect(nominateSuspects(runs, 1).map((s) => s.id)).toContain(A);
    const batches: string[][] = [];
    for (let step = 0; step < 3; step++) {
      const next = planNextConfirmation({ runs, workers, supportsSubset: true, budgetRemainingMs: null, nextSeq: runs.length + 1 });
      expect(next.done).toBe(false);
      batches.push(next.specs.map((s) => s.id));
      const [serial, parallel] = next.specs;
      expect(serial).toMatchObject({ phase: 'confirm-serial', workers: 1, iteration: step + 1 });
      expect(serial?.tests).toContain(A);
      expect(serial?.tests).not.toContain(D);
      if (step === 2) {
        expect(parallel).toMatchObject({ phase: 'confirm-parallel', iteration: 1 });
        expect(parallel?.tests).toContain(A);
      } else expect(parallel).toBeUndefined();
      for (const spec of next.specs) runs.push(await suite.execute(spec));
    }
    expect(batches[0]).toEqual(['s-004-w1']);
    expect(batches[1]).toEqual(['s-005-w1']);
    expect(batches[2]?.[0]).toBe('s-006-w1');
  });

  it('after three clean serial discovery runs the parallel arm starts with the first batch', async () => {
    const runs = await discovery();
    const next = planNextConfirmation({ runs, workers, supportsSubset: true, budgetRemainingMs: null, nextSeq: runs.length + 1 });
    expect(next.specs.map((s) => s.phase)).toEqual(['confirm-serial', 'confirm-parallel']);
    expect(next.specs[1]?.tests).toContain(A);
  });

  it('runs suspects whose test sets do not overlap apart: two pairs, two subset runs of two tests', () => {
    const table: Record<string, Record<number, string>> = {
      'a.py::t::a1': { 1: 'PPP', 4: 'FPF' },
      'a2.py::t::a2': { 1: 'PPP', 4: 'FPF' },
      'b.py::t::b1': { 1: 'PPP', 4: 'PFF' },
      'b2.py::t::b2': { 1: 'PPP', 4: 'PFF' },
    };
    for (let k = 1; k <= 6; k++) table[`s${k}.py::t::s${k}`] = { 1: 'PPP', 4: 'PPP' };
    const runs = runsFrom(table);
    const step = planNextConfirmation({ runs, workers: [1, 4], supportsSubset: true, budgetRemainingMs: null, nextSeq: runs.length + 1 });
    const parallel = step.specs.filter((s) => s.phase === 'confirm-parallel');
    expect(parallel.map((s) => s.tests)).toEqual([
      ['a.py::t::a1', 'a2.py::t::a2'],
      ['b.py::t::b1', 'b2.py::t::b2'],
    ]);
    expect(parallel.every((s) => s.workers === 4)).toBe(true);
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
    const runs = await discovery();
    // Without the serial lead, so the first batch has both arms to choose from.
    const input = { runs, workers, supportsSubset: true, nextSeq: runs.length + 1, limits: { ...DEFAULT_LIMITS, serialLead: 0 } };
    const model = durationModel(runs);
    const full = planNextConfirmation({ ...input, budgetRemainingMs: null });
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
