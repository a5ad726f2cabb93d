// The analyse stage on runs that include confirmation reruns and partner-search probes: the
// confidence of parallel-only comes from the confirmation blocks (src/verdict), every serial
// failure counts, probes count nowhere (docs/confirmation.md).
import { describe, expect, it } from 'vitest';
import { decideGate } from '../../../src/analyse/gate.js';
import { analyse } from '../../../src/analyse/index.js';
import type { Outcome, PartnerFinding, Phase, RunResult, TestAnalysis } from '../../../src/model.js';
import { fisherOneSided } from '../../../src/stats/fisher.js';
import { probGreater } from '../../../src/stats/prob-greater.js';
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

/** Confirmation blocks as the planner runs them: two serial reruns of `id`, then one parallel rerun with `others`. */
function blocks(id: string, serial: string, parallel: string, others: readonly string[] = []): RunResult[] {
  const out: RunResult[] = [];
  for (let b = 0; b < parallel.length; b++) {
    out.push(...confirmRuns('confirm-serial', 1, id, serial.slice(2 * b, 2 * b + 2)));
    out.push(...confirmRuns('confirm-parallel', 4, id, parallel[b] ?? 'P', others));
  }
  return out;
}

describe('parallel-only with confirmation blocks', () => {
  // Discovery nominated x (0/3 serial, 2/3 parallel), the only nominee: it is confirmed when its
  // e-value reaches 1 / 0.01 = 100, which four blocks (PP|F) do.
  const discovery = runsFrom({ x: { 1: 'PPP', 4: 'FPF' }, y: { 1: 'PPP', 4: 'PPP' } });
  const runs = [...discovery, ...blocks('x', 'PPPPPPPP', 'FFFF', ['y'])];
  const x = testOf(analyse(runs, [1, 4]).tests, 'x');

  it('is confirmed by the confirmation blocks, and says which', () => {
    expect(x).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed', threshold: 4 });
    expect(x.sample).toMatchObject({ source: 'confirmation', blocks: 4, suspects: 1, serial: { failed: 0, n: 8 }, parallel: { failed: 4, n: 4 } });
    expect(x.sample?.eValue).toBeGreaterThanOrEqual(x.sample?.threshold ?? Infinity);
    expect(x.pValue).toBeCloseTo(1 / (x.sample?.eValue ?? 1), 12);
    expect(x.runsToDecide).toBeUndefined();
  });

  it('counts confirmation runs in byWorkers: they are real executions', () => {
    expect(x.byWorkers['1']).toMatchObject({ runs: 11, passed: 11, failed: 0 });
    expect(x.byWorkers['4']).toMatchObject({ runs: 7, passed: 1, failed: 6 });
  });

  it('fails the gate', () => {
    expect(decideGate([x], 'parallel-only').failed).toBe(true);
  });

  it('is insufficient, and passes the gate, when confirmation does not reproduce it', () => {
    const quiet = [...discovery, ...blocks('x', 'P'.repeat(20), 'P'.repeat(10), ['y'])];
    const t = testOf(analyse(quiet).tests, 'x');
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'insufficient', sample: { source: 'confirmation', eValue: 1, parallel: { failed: 0, n: 10 } } });
    expect(decideGate([t], 'parallel-only').failed).toBe(false);
  });

  it('is likely below the threshold, warns, and says how many more runs would decide', () => {
    const short = [...discovery, ...blocks('x', 'PPPPPP', 'FFF', ['y'])];
    const t = testOf(analyse(short).tests, 'x');
    expect(t).toMatchObject({ confidence: 'likely', runsToDecide: 3 });
    const gate = decideGate([t], 'parallel-only');
    expect(gate).toMatchObject({ failed: false, undecided: ['x'] });
    expect(gate.reason).toContain('x (likely, about 3 more runs would decide)');
    expect(decideGate([t], 'parallel-only', { failOnConfidence: 'likely' }).failed).toBe(true);
  });
});

describe('parallel-only without confirmation blocks', () => {
  it('is described on all runs and at most likely (discovery only nominates)', () => {
    const t = testOf(analyse(runsFrom({ x: { 1: 'PPPPPPPP', 4: 'FFFFFFFF' } })).tests, 'x');
    expect(t.pValue).toBeCloseTo(fisherOneSided(8, 8, 0, 8), 12);
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'likely', sample: { source: 'all-runs' } });
  });

  it('stays so when only the serial arm ran (budget): a block needs its parallel run', () => {
    const runs = [...runsFrom({ x: { 1: 'PPP', 4: 'FFF' } }), ...confirmRuns('confirm-serial', 1, 'x', 'PPPPPPPP')];
    const t = testOf(analyse(runs).tests, 'x');
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'likely', sample: { source: 'all-runs', serial: { n: 11 }, parallel: { failed: 3, n: 3 } } });
    expect(t.pValue).toBeCloseTo(fisherOneSided(3, 3, 0, 11), 12);
    expect(t.probParallelWorse).toBeCloseTo(probGreater(3, 3, 0, 11), 12);
  });
});

describe('serial failures are never dropped', () => {
  const discovery = runsFrom({ x: { 1: 'PPP', 4: 'FFP' } });

  it('a serial failure in confirmation makes a parallel-only suspect flaky: it failed alone', () => {
    const runs = [...discovery, ...confirmRuns('confirm-serial', 1, 'x', 'PFPF')];
    const t = testOf(analyse(runs).tests, 'x');
    expect(t).toMatchObject({ verdict: 'flaky', confidence: 'confirmed', threshold: 1, sample: { source: 'all-runs', serial: { failed: 2, n: 7 } } });
  });

  it('even when the parallel arm fails far more (one serial failure: likely), and the gate passes', () => {
    const runs = [...discovery, ...blocks('x', 'PPPPPPPPPPPPPPPPPPPF', 'FFFFFFFFFF')];
    const t = testOf(analyse(runs).tests, 'x');
    expect(t).toMatchObject({ verdict: 'flaky', confidence: 'likely' });
    expect(decideGate([t], 'parallel-only').failed).toBe(false);
  });

  it('a serial failure in discovery makes it flaky for good, however clean the serial reruns', () => {
    const runs = [...runsFrom({ x: { 1: 'PFP', 4: 'FFF' } }), ...blocks('x', 'P'.repeat(20), 'F'.repeat(10))];
    const t = testOf(analyse(runs).tests, 'x');
    expect(t).toMatchObject({ verdict: 'flaky', confidence: 'likely' });
    expect(t.byWorkers['1']).toMatchObject({ failed: 1, runs: 23 });
  });
});

describe('partner-search probes', () => {
  const discovery = runsFrom({ x: { 1: 'PPP', 4: 'FPF' }, y: { 1: 'PPP', 4: 'PPP' }, z: { 1: 'PPP', 4: 'PPP' } });
  const confirmation = blocks('x', 'PPPP', 'FF', ['y', 'z']);
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
    expect(testOf(without.tests, 'x').sample?.parallel.runs).toHaveLength(2);
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
