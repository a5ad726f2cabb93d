// The analyse stage on runs that include confirmation reruns and partner-search probes: verdicts
// and tiers come from the fresh confirmation sample, probes count nowhere (docs/confirmation.md).
import { describe, expect, it } from 'vitest';
import { decideGate } from '../../../src/analyse/gate.js';
import { analyse } from '../../../src/analyse/index.js';
import { fisherOneSided, probGreater } from '../../../src/analyse/stats.js';
import type { PartnerFinding } from '../../../src/confirm/run-confirmation.js';
import { confirmationTier } from '../../../src/confirm/tiers.js';
import type { Outcome, Phase, RunResult, TestAnalysis } from '../../../src/model.js';
import { makeRun, runsFrom, type CaseSpec } from './run-builder.js';

const testOf = (tests: readonly TestAnalysis[], id: string): TestAnalysis => {
  const test = tests.find((t) => t.id === id);
  if (test === undefined) throw new Error(`no test ${id}`);
  return test;
};

const LETTER: Readonly<Record<string, Outcome>> = { P: 'passed', F: 'failed', L: 'lost' };
let seq = 100;

/**
 * One subset run per letter of `outcomes` for `id` (and `others`, which pass), in `phase`.
 * A failure of `id` carries `message` when given (else run-builder's "<name> failed").
 */
function confirmRuns(phase: Phase, workers: number, id: string, outcomes: string, others: readonly string[] = [], message?: string): RunResult[] {
  return [...outcomes].map((letter, i) => {
    seq++;
    const outcome = LETTER[letter] ?? 'passed';
    const own: CaseSpec = outcome === 'failed' && message !== undefined ? { outcome, message } : outcome;
    const cases: Record<string, CaseSpec> = { [id]: own };
    for (const o of others) cases[o] = 'passed';
    return makeRun(`${phase[0] ?? 'c'}-${seq}-w${workers}`, workers, cases, { phase, iteration: i + 1, subset: [id, ...others] });
  });
}

describe('parallel-only with a confirmation sample', () => {
  // Discovery nominated x (0/3 serial, 2/3 parallel); confirmation: a serial arm of 5 reruns plus
  // the 3 clean discovery serial runs (0/8) vs 2/2 fresh parallel runs.
  const discovery = runsFrom({ x: { 1: 'PPP', 4: 'FPF' }, y: { 1: 'PPP', 4: 'PPP' } });
  const runs = [...discovery, ...confirmRuns('confirm-serial', 1, 'x', 'PPPPP'), ...confirmRuns('confirm-parallel', 4, 'x', 'FF', ['y'])];
  const x = testOf(analyse(runs, [1, 4]).tests, 'x');

  it('is confirmed by the confirmation sample: Fisher p = 1/45 and serial bound 0.31 < 1/3', () => {
    expect(x).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed', threshold: 4 });
    expect(x.pValue).toBeCloseTo(1 / 45, 12);
    expect(x.pValue).toBe(fisherOneSided(2, 2, 0, 8));
    expect(x.probParallelWorse).toBe(probGreater(2, 2, 0, 8));
    expect(x.runsToDecide).toBeUndefined();
    const tier = confirmationTier('x', runs);
    expect(tier).toMatchObject({ confidence: 'confirmed', pValue: x.pValue, probParallelWorse: x.probParallelWorse });
  });

  it('counts confirmation runs in byWorkers: they are real executions', () => {
    expect(x.byWorkers['1']).toMatchObject({ runs: 8, passed: 8, failed: 0 });
    expect(x.byWorkers['4']).toMatchObject({ runs: 5, passed: 1, failed: 4 });
  });

  it('fails the gate', () => {
    expect(decideGate([x], 'parallel-only').failed).toBe(true);
  });

  it('is insufficient, and passes the gate, when confirmation does not reproduce it', () => {
    const quiet = [...discovery, ...confirmRuns('confirm-serial', 1, 'x', 'P'.repeat(15)), ...confirmRuns('confirm-parallel', 4, 'x', 'P'.repeat(10), ['y'])];
    const t = testOf(analyse(quiet).tests, 'x');
    // 0/10 vs 0/15: no parallel failure in the fresh sample, nothing that more runs would decide.
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'insufficient' });
    expect(t.pValue).toBe(1);
    expect(t.runsToDecide).toBeUndefined();
    expect(decideGate([t], 'parallel-only').failed).toBe(false);
  });

  it('takes runsToDecide from the confirmation sample when it is insufficient', () => {
    const short = [...discovery, ...confirmRuns('confirm-serial', 1, 'x', 'PPPPP'), ...confirmRuns('confirm-parallel', 4, 'x', 'FPPP', ['y'])];
    const t = testOf(analyse(short).tests, 'x');
    const tier = confirmationTier('x', short);
    expect(tier?.confidence).toBe('insufficient');
    expect(t).toMatchObject({ confidence: 'insufficient', pValue: tier?.pValue, runsToDecide: tier?.runsToDecide });
    expect(t.runsToDecide).toBeGreaterThan(0);
  });
});

describe('parallel-only without a confirmation tier', () => {
  it('caps the discovery tier at likely (discovery only nominates)', () => {
    // 8/8 parallel vs 0/8 serial meets the confirmed rule on discovery alone (bound 0.31 < 1/3).
    const t = testOf(analyse(runsFrom({ x: { 1: 'PPPPPPPP', 4: 'FFFFFFFF' } })).tests, 'x');
    expect(t.pValue).toBeLessThan(0.05);
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'likely' });
  });

  it('caps it too when only the serial arm ran (budget): the tier needs both arms', () => {
    const runs = [...runsFrom({ x: { 1: 'PPP', 4: 'FFF' } }), ...confirmRuns('confirm-serial', 1, 'x', 'PPPPPPPP')];
    expect(confirmationTier('x', runs)).toBeNull();
    const t = testOf(analyse(runs).tests, 'x');
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'likely' });
    // The pooled counts (11 serial runs, 3 parallel) still give the statistics.
    expect(t.pValue).toBe(fisherOneSided(3, 3, 0, 11));
  });

  it('keeps insufficient with its runsToDecide', () => {
    const t = testOf(analyse(runsFrom({ x: { 1: 'PPPPP', 4: 'PPFPP' } })).tests, 'x');
    expect(t).toMatchObject({ confidence: 'insufficient', runsToDecide: 38 });
  });
});

describe('serial failures in confirmation', () => {
  const discovery = runsFrom({ x: { 1: 'PPP', 4: 'FFP' } });

  it('make a parallel-only suspect flaky: it failed alone', () => {
    const runs = [...discovery, ...confirmRuns('confirm-serial', 1, 'x', 'PFPF')];
    const t = testOf(analyse(runs).tests, 'x');
    expect(t).toMatchObject({ verdict: 'flaky', confidence: 'confirmed', threshold: 1 });
    expect(t.byWorkers['1']).toMatchObject({ runs: 7, failed: 2 });
  });

  it('make it flaky even when the parallel arm fails more (one serial failure: likely)', () => {
    const runs = [...discovery, ...confirmRuns('confirm-serial', 1, 'x', 'PPPPPPPPPPPPPPF'), ...confirmRuns('confirm-parallel', 4, 'x', 'FFFFFFFFFF')];
    expect(testOf(analyse(runs).tests, 'x')).toMatchObject({ verdict: 'flaky', confidence: 'likely' });
  });
});

describe('rare-serial suspects (failed serially once in discovery)', () => {
  const serialMessage = 'OSError: [Errno 98] Address already in use';
  const serialFailure = makeRun('d-050-w1', 1, { x: { outcome: 'failed', message: serialMessage } }, { iteration: 3 });
  const discovery = [...runsFrom({ x: { 1: '-PP', 4: 'FFF' } }), serialFailure];

  it('is parallel-only, confirmed, when the serial arm stayed clean and the parallel arm confirmed', () => {
    // Distinct parallel messages, seen before the serial failure, fill `messages` without it.
    const noisy = ['boom 1', 'boom 2'].map((message, i) => makeRun(`d-06${i}-w4`, 4, { x: { outcome: 'failed', message } }, { iteration: 4 + i }));
    const runs = [...runsFrom({ x: { 1: '-PP', 4: 'FFF' } }), ...noisy, serialFailure, ...confirmRuns('confirm-serial', 1, 'x', 'PPPPPPPP'), ...confirmRuns('confirm-parallel', 4, 'x', 'FF')];
    const t = testOf(analyse(runs).tests, 'x');
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed' });
    expect(t.pValue).toBe(fisherOneSided(2, 2, 0, 8));
    // The discovery serial failure stays visible: in byWorkers and first in messages.
    expect(t.byWorkers['1']).toMatchObject({ failed: 1 });
    expect(t.messages[0]).toBe(serialMessage);
    expect(t.messages).toHaveLength(3);
  });

  it('stays flaky while the confirmation is not confirmed', () => {
    const runs = [...discovery, ...confirmRuns('confirm-serial', 1, 'x', 'PPP'), ...confirmRuns('confirm-parallel', 4, 'x', 'FP')];
    expect(testOf(analyse(runs).tests, 'x')).toMatchObject({ verdict: 'flaky', confidence: 'likely' });
  });

  it('stays flaky when discovery failed it serially too often to be a suspect', () => {
    const often = runsFrom({ x: { 1: 'FFP', 4: 'FFF' } });
    const runs = [...often, ...confirmRuns('confirm-serial', 1, 'x', 'PPPPPPPP'), ...confirmRuns('confirm-parallel', 4, 'x', 'FF')];
    expect(confirmationTier('x', runs)?.confidence).toBe('confirmed');
    expect(testOf(analyse(runs).tests, 'x')).toMatchObject({ verdict: 'flaky', confidence: 'confirmed' });
  });
});

describe('partner-search probes', () => {
  const discovery = runsFrom({ x: { 1: 'PPP', 4: 'FPF' }, y: { 1: 'PPP', 4: 'PPP' }, z: { 1: 'PPP', 4: 'PPP' } });
  const confirmation = [...confirmRuns('confirm-serial', 1, 'x', 'PPPPPPPP'), ...confirmRuns('confirm-parallel', 4, 'x', 'FF', ['y', 'z'])];
  const probes = [
    makeRun('x-120-w4', 4, { x: 'failed', y: 'passed' }, { phase: 'confirm-partner', iteration: 1, subset: ['x', 'y'] }),
    makeRun('x-121-w4', 4, { x: 'passed', z: 'failed' }, { phase: 'confirm-partner', iteration: 2, subset: ['x', 'z'] }),
    // A probe that crashed: its absentees would otherwise be `lost`.
    makeRun('x-122-w4', 4, {}, { phase: 'confirm-partner', iteration: 3, subset: ['x', 'y'], exitCode: null, signal: 'SIGKILL' }),
  ];

  it('count nowhere: same analysis with and without them', () => {
    const without = analyse([...discovery, ...confirmation]);
    expect(analyse([...discovery, ...confirmation, ...probes])).toEqual(without);
    expect(testOf(without.tests, 'x').byWorkers['4']).toMatchObject({ runs: 5, failed: 4 });
    expect(testOf(without.tests, 'z')).toMatchObject({ verdict: 'stable' });
  });
});

describe('collision partners', () => {
  const discovery = runsFrom({ x: { 1: 'PPP', 4: 'FPF' }, w: { 1: 'PPP', 4: 'PFF' }, y: { 1: 'PPP', 4: 'PPP' } });
  const findings: PartnerFinding[] = [
    { victim: 'x', workers: 4, partners: ['y'], found: true, probes: 3, evidence: ['probe 1: ...'] },
    { victim: 'w', workers: 4, partners: [], found: false, probes: 2, evidence: ['all 1 candidates together did not reproduce'] },
  ];
  const { tests } = analyse(discovery, [1, 4], findings);

  it('are set on victims whose search found them', () => {
    expect(testOf(tests, 'x').partners).toEqual(['y']);
  });

  it('are absent when the search found none, and for every other test', () => {
    expect(testOf(tests, 'w').partners).toBeUndefined();
    expect(testOf(tests, 'y').partners).toBeUndefined();
    expect(JSON.stringify(testOf(tests, 'w'))).not.toContain('partners');
  });

  it('default to none', () => {
    expect(analyse(discovery).tests.every((t) => t.partners === undefined)).toBe(true);
  });
});
