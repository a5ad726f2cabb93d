import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { compareWithFixedDesign, iterationsToConfirm, testExecutions } from '../../../src/confirm/execution-cost.js';
import { EXPERIMENT_SHARE, likelyPartner, runConfirmation, type ConfirmationOutcome } from '../../../src/confirm/run-confirmation.js';
import { suspectsOf } from '../../../src/confirm/suspects.js';
import type { PartnerFinding, RunResult, TestAnalysis } from '../../../src/model.js';
import { planDiscovery } from '../../../src/run/plan.js';
import { nominate } from '../../../src/verdict/index.js';
import { A, B, C, D, E, discover, simulatedSuite, type SimulatedSuite, type SuiteOptions } from './simulated-suite.js';

const workers = [1, 2, 4];
const DISCOVERY_ITERATIONS = 3;
const FIXED_ITERATIONS = 7;

interface Session {
  readonly suite: SimulatedSuite;
  readonly discovery: RunResult[];
  readonly out: ConfirmationOutcome;
  readonly all: RunResult[];
}

async function session(options: SuiteOptions, input: { supportsSubset?: boolean; budgetRemainingMs?: number | null; experimentShare?: number; serialDiscovery?: boolean } = {}): Promise<Session> {
  const suite = simulatedSuite(options);
  const discovery = await discover(suite, planDiscovery(workers, DISCOVERY_ITERATIONS, input.serialDiscovery ?? true));
  const out = await runConfirmation(
    { runs: discovery, workers, supportsSubset: input.supportsSubset ?? true, budgetRemainingMs: input.budgetRemainingMs ?? null, nextSeq: discovery.length + 1, ...(input.experimentShare === undefined ? {} : { experimentShare: input.experimentShare }) },
    suite.execute,
  );
  return { suite, discovery, out, all: [...discovery, ...out.runs] };
}

const confirmRuns = (s: Session) => s.out.runs.filter((r) => r.record.phase !== 'confirm-partner');
const ranIn = (runs: readonly RunResult[], id: string) => runs.filter((r) => r.cases.some((c) => c.id === id));
const nominees = (discovery: readonly RunResult[]) => [...nominate(discovery, 1).nominees.keys()];
/** The analyse stage's view of a test after the session. */
const testIn = (s: Session, id: string): TestAnalysis | undefined => analyse(s.all, workers, s.out.partners).tests.find((t) => t.id === id);

describe('runConfirmation on a simulated suite (A collides with B, C flaky 0.3, D stable, E broken)', () => {
  it.each([true, false])('confirms A and finds its partner B (per-test timing in reports: %s)', async (timing) => {
    const s = await session({ timing, seed: 7 });
    expect(testIn(s, A)).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed', sample: { source: 'confirmation', serial: { failed: 0 } } });
    expect(s.out.partners).toHaveLength(1);
    expect(s.out.partners[0]).toMatchObject({ victim: A, partners: [B], found: true, workers: 2 });
    expect(s.out.partners[0]?.evidence.at(-1)).toContain(B);
    // Without timing A has no companion (no co-failure but the broken E, no file-mate): a subset of
    // A alone has nobody to collide with, so its parallel arm runs the full suite.
    const parallelArm = s.out.runs.filter((r) => r.record.phase === 'confirm-parallel');
    expect(parallelArm.every((r) => r.record.subset === undefined)).toBe(!timing);
  });

  it('leaves D (stable) and E (broken) out of the experiment: never suspects, never rerun serially', async () => {
    const s = await session({ timing: true, seed: 7 });
    const suspects = nominees(s.discovery);
    for (const t of [D, E]) {
      expect(suspects).not.toContain(t);
      expect(ranIn(s.out.runs.filter((r) => r.record.phase === 'confirm-serial'), t)).toEqual([]);
      expect(testIn(s, t)?.sample).toBeUndefined();
    }
  });

  it('never calls C (flaky everywhere) parallel-only: when nominated, the serial arm sees it fail alone', async () => {
    let nominated = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const s = await session({ timing: true, seed });
      expect(testIn(s, A)?.confidence, `A, seed ${seed}`).toBe('confirmed');
      if (!nominees(s.discovery).includes(C)) continue;
      nominated++;
      expect(testIn(s, C)?.verdict, `C, seed ${seed}`).toBe('flaky');
    }
    expect(nominated).toBeGreaterThanOrEqual(5); // the check above must have had something to check
  });

  it('stops clear cases early: A (fails every time) within 6 blocks, C one alone rerun after its first serial failure', async () => {
    const s = await session({ timing: true, seed: 2 }); // seed 2 nominates C (clean in 3 serial discovery runs)
    expect(nominees(s.discovery)).toContain(C);
    const conf = confirmRuns(s);
    expect(testIn(s, A)?.sample?.blocks).toBeLessThanOrEqual(6);
    // C stops at its first serial failure after a pass alone; a failure in its first alone rerun
    // gets one more alone rerun (a test that fails every alone run may need an earlier test:
    // src/verdict/serial-order.ts), and C, flaky at 0.3, passed it: no serial run of it after that.
    const serialC = ranIn(conf.filter((r) => r.record.phase === 'confirm-serial'), C).map((r) => r.cases.find((c) => c.id === C)?.outcome);
    expect(serialC).toEqual(['failed', 'passed']);
    expect(testIn(s, C)?.verdict).toBe('flaky');
    expect(s.out.notes.find((n) => n.kind === 'stop' && n.text.startsWith(C))?.text).toContain('fails serially (1/2)');
  });

  it('keeps within the time budget and notes what it skipped', async () => {
    const budget = 40_000; // simulated: a serial subset run of A takes ~5 s, a full parallel run ~14 s
    const s = await session({ timing: true, seed: 7 }, { budgetRemainingMs: budget });
    const spent = s.out.runs.reduce((sum, r) => sum + r.record.durationMs, 0);
    expect(spent).toBeLessThanOrEqual(budget);
    expect(s.out.runs.length).toBeGreaterThan(0);
    expect(s.out.notes.filter((n) => n.kind === 'budget').length).toBeGreaterThan(0);
    // A cut short by the budget: the closing note says how far it is from a decision.
    expect(s.out.notes.find((n) => n.kind === 'stop' && n.text.startsWith(A))?.text).toMatch(/undecided: about \d+ more run/);
  });

  it('without subset support reruns the full suite, notes the fallback and skips the partner search', async () => {
    const s = await session({ timing: true, seed: 7 }, { supportsSubset: false });
    expect(s.out.runs.length).toBeGreaterThan(0);
    for (const r of s.out.runs) expect(r.record.subset).toBeUndefined();
    const fallbacks = s.out.notes.filter((n) => n.kind === 'fallback').map((n) => n.text);
    expect(fallbacks.some((t) => t.includes('cannot run a subset'))).toBe(true);
    expect(fallbacks.some((t) => t.includes('partner search needs subset runs'))).toBe(true);
    expect(testIn(s, A)?.confidence).toBe('confirmed');
    expect(s.out.partners).toEqual([]);
  });

  it('runs partner probes in their own phase (run ids x-NNN-wN, numbered per worker count)', async () => {
    const s = await session({ timing: true, seed: 7 });
    const probes = s.out.runs.filter((r) => r.record.phase === 'confirm-partner');
    expect(probes.length).toBe(s.out.partners[0]?.probes);
    expect(probes.map((r) => r.record.iteration)).toEqual(probes.map((_, i) => i + 1));
    for (const r of probes) expect(r.record).toMatchObject({ workers: 2, id: expect.stringMatching(/^x-\d{3}-w2$/) as unknown });
    // Probes are no sample: dropping them changes no verdict, tier or sample.
    const without = analyse([...s.discovery, ...confirmRuns(s)], workers, s.out.partners).tests.find((t) => t.id === A);
    expect(testIn(s, A)).toEqual(without);
  });

  it('hands the analyse stage what it needs: A confirmed parallel-only with partner B, C never parallel-only', async () => {
    for (const seed of [2, 7]) {
      const s = await session({ timing: true, seed });
      const { tests } = analyse(s.all, workers, s.out.partners);
      const byId = new Map(tests.map((t) => [t.id, t]));
      expect(byId.get(A), `seed ${seed}`).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed', partners: [B] });
      expect(byId.get(A)?.pValue).toBeCloseTo(1 / (byId.get(A)?.sample?.eValue ?? 1), 12);
      expect(byId.get(C)?.verdict, `seed ${seed}`).not.toBe('parallel-only');
      expect(byId.get(D)).toMatchObject({ verdict: 'stable' });
      expect(byId.get(E)).toMatchObject({ verdict: 'broken' });
      expect(tests.filter((t) => t.partners !== undefined).map((t) => t.id)).toEqual([A]);
    }
  });

  it('parallel-first discovery (no serial full-suite run) reaches the same verdicts: serial evidence from the suspects\' serial reruns', async () => {
    for (const seed of [2, 7]) {
      const s = await session({ timing: true, seed }, { serialDiscovery: false });
      expect(s.discovery.every((r) => r.record.workers > 1)).toBe(true);
      const { tests } = analyse(s.all, workers, s.out.partners);
      const byId = new Map(tests.map((t) => [t.id, t]));
      expect(byId.get(A), `seed ${seed}`).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed', partners: [B] });
      expect(byId.get(C)?.verdict, `seed ${seed}`).not.toBe('parallel-only');
      expect(byId.get(E)?.verdict, `seed ${seed}`).toBe('broken'); // its serial rerun fails too
      expect(byId.get(D)?.verdict).toBe('stable');
      // Serially, only the suspects ran, but for one full-suite run: E failed both its serial
      // reruns alone, so it is observed once in the suite's order, where it fails too (broken,
      // not a test that needs an earlier one).
      const serial = s.all.filter((r) => r.record.workers === 1);
      const full = serial.filter((r) => r.record.subset === undefined);
      expect(full).toHaveLength(1);
      expect(full[0]?.cases.find((c) => c.id === E)?.outcome).toBe('failed');
      const alone = serial.filter((r) => r.record.subset?.includes(E));
      expect(alone).toHaveLength(2);
      for (const r of alone) expect(r.record.subset?.length ?? Infinity).toBeLessThan(s.suite.tests.length);
    }
  });

  it('spends on partner search and order replay at most their share of what deciding the verdicts cost', async () => {
    const ms = (runs: readonly RunResult[]) => runs.reduce((sum, r) => sum + r.record.durationMs, 0);
    const isExperiment = (r: RunResult) => r.record.phase === 'confirm-partner' || r.record.phase === 'confirm-order';
    const free = await session({ timing: true, seed: 7, victimRate: 0.6 }, { experimentShare: 100 });
    const probes = free.out.runs.filter(isExperiment);
    expect(probes.length).toBeGreaterThan(1);
    // A share smaller than the first probe: the verdict stands, the search stops and says why.
    const share = ms(probes.slice(0, 1)) / ms(free.all.filter((r) => !isExperiment(r))) / 2;
    const s = await session({ timing: true, seed: 7, victimRate: 0.6 }, { experimentShare: share });
    const verdict = (x: Session) => { const t = testIn(x, A); return [t?.verdict, t?.confidence, t?.sample]; };
    expect(verdict(s)).toEqual(verdict(free));
    expect(testIn(s, A)?.verdict).toBe('parallel-only');
    expect(s.out.runs.filter(isExperiment)).toEqual([]);
    expect(s.out.partners[0]).toMatchObject({ victim: A, found: false, evidence: expect.arrayContaining(['stopped: time']) as unknown });
    expect(s.out.notes.some((n) => n.kind === 'budget' && n.text.includes("experiments' share"))).toBe(true);
    expect(EXPERIMENT_SHARE).toBeLessThanOrEqual(1);
  });

  it('finds B despite a noisy collision (A fails 60% of the time with B), by repeating misses', async () => {
    const s = await session({ timing: true, seed: 4, victimRate: 0.6 });
    expect(s.out.partners[0]?.partners).toEqual([B]);
  });

  it('costs under half the executions of a fixed design reaching the same verdicts', async () => {
    // The fixed design with the same guarantee tests all 50 tests at once (threshold 50 / 0.01):
    // FIXED_ITERATIONS full-suite iterations at each count before A is `confirmed`.
    const fixedIterations = iterationsToConfirm(1, 0, workers.length - 1, 50);
    expect(fixedIterations).toBe(FIXED_ITERATIONS);
    const ratios: number[] = [];
    for (let seed = 1; seed <= 20; seed++) {
      const s = await session({ timing: true, seed });
      const cost = compareWithFixedDesign([...s.discovery, ...confirmRuns(s)], s.suite.tests.length, workers.length, fixedIterations ?? 0);
      expect(cost.fixed).toBe(50 * 3 * FIXED_ITERATIONS);
      ratios.push(cost.ratio);
      expect(testExecutions(s.out.runs)).toBeGreaterThan(testExecutions(confirmRuns(s))); // probes are extra
    }
    ratios.sort((a, b) => a - b);
    expect(ratios[Math.floor(ratios.length / 2)]).toBeLessThan(0.5);
    expect(ratios.at(-1)).toBeLessThan(1);
  });
});


describe('partner search reuse (A and B collide with each other)', () => {
  it('finds B for A and A for B from the parallel arm run of the pair, without a probe of their own', async () => {
    for (const timing of [true, false]) {
      const s = await session({ timing, seed: 7, mutual: true });
      const probes = s.out.runs.filter((r) => r.record.phase === 'confirm-partner');
      const byVictim = new Map(s.out.partners.map((p) => [p.victim, p]));
      // B always fails beside A, so the parallel arm already ran just the two of them: A's one
      // probe is that run, reused; B's is the same run again.
      expect(byVictim.get(A), `timing ${timing}`).toMatchObject({ partners: [B], found: true, probes: 0 });
      expect(byVictim.get(B), `timing ${timing}`).toMatchObject({ partners: [A], found: true, probes: 0 });
      for (const v of [A, B]) expect(byVictim.get(v)?.evidence[0]).toMatch(/^run p-\d{3}-w2 \(already run, reused\): /);
      expect(probes).toHaveLength(0);
      const { tests } = analyse(s.all, workers, s.out.partners);
      expect(tests.find((t) => t.id === B)).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed', partners: [A] });
    }
  });
});

describe('likelyPartner', () => {
  const run = (id: string, failures: Record<string, string>, passing: readonly string[], workers = 4): RunResult => ({
    record: { id, workers, iteration: 1, phase: 'discovery', exitCode: 1, signal: null, timedOut: false, durationMs: 1000, reportPaths: [], parse: 'ok', tests: 0 },
    cases: [
      ...Object.entries(failures).map(([t, message]) => ({ id: t, classname: 'c', name: t, outcome: 'failed' as const, durationMs: 1, message })),
      ...passing.map((t) => ({ id: t, classname: 'c', name: t, outcome: 'passed' as const, durationMs: 1 })),
    ],
  });
  const locked = 'sqlite3.OperationalError: database is locked';
  const port = 'OSError: [Errno 98] Address already in use';

  it('prefers the co-failure whose message is most alike when co-failure counts tie', () => {
    const runs = [1, 2].map((i) => run(`d-00${i}-w4`, { v: locked, p: port, q: locked }, ['s']));
    expect(likelyPartner(runs, 'v', 4, ['p', 'q', 's'])).toBe('q');
  });

  it('reads the failure details, without stack frames, when a report has no message (Jest)', () => {
    const frames = '    at Server.setupListenHandle [as _listen2] (node:net:1908:16)\n    at listenInCluster (node:net:1965:12)';
    const jest = (id: string, failures: Record<string, string>): RunResult => {
      const r = run(id, {}, []);
      return { ...r, cases: Object.entries(failures).map(([t, details]) => ({ id: t, classname: 'c', name: t, outcome: 'failed' as const, durationMs: 1, details: `${details}\n${frames}` })) };
    };
    const cache = 'Error: expect(received).toEqual(expected)\n  "/tmp/fixture-report-cache/cache.jsonl"';
    const runs = [1, 2].map((i) => jest(`d-00${i}-w4`, { v: cache, p: 'Error: listen EADDRINUSE: address already in use 127.0.0.1:18775', q: cache }));
    expect(likelyPartner(runs, 'v', 4, ['p', 'q'])).toBe('q');
  });

  it('ranks by co-failures first, ignores other worker counts, and has no guess without co-failures', () => {
    const runs = [run('d-001-w4', { v: locked, p: port, q: locked }, []), run('d-002-w4', { v: locked, p: port }, ['q']), run('d-003-w2', { v: locked, q: locked }, ['p'], 2)];
    expect(likelyPartner(runs, 'v', 4, ['p', 'q'])).toBe('p');
    expect(likelyPartner([run('d-004-w4', { v: locked }, ['p', 'q'])], 'v', 4, ['p', 'q'])).toBeNull();
  });

  it('gives a suspect the tests that failed beside it every time as its parallel-arm companions', () => {
    const serialRun = run('d-001-w1', {}, ['v', 'p', 'q', 's']);
    const steady = [serialRun, run('d-002-w4', { v: locked, p: locked, q: port }, ['s']), run('d-003-w4', { v: locked, p: locked }, ['q', 's'])];
    const companions = (runs: readonly RunResult[]) => suspectsOf(nominate(runs, 1), runs).find((x) => x.id === 'v')?.companions;
    expect(companions(steady)).toEqual(['p']);
    // One failing run says nothing about "every time": all co-failures stay companions.
    const once = [serialRun, run('d-002-w4', { v: locked, p: locked, q: port }, ['s'])];
    expect(companions(once)).toEqual(['p', 'q']);
  });

  it('guesses the earlier victim whose only partner is this test (collisions are mutual)', () => {
    const runs = [run('d-001-w4', { v: locked, p: locked }, ['q'])];
    const earlier: PartnerFinding = { victim: 'q', workers: 4, partners: ['v'], found: true, probes: 1, evidence: [] };
    expect(likelyPartner(runs, 'v', 4, ['p', 'q'], [earlier])).toBe('q');
    expect(likelyPartner(runs, 'v', 4, ['p', 'q'], [{ ...earlier, workers: 2 }])).toBe('p');
    expect(likelyPartner(runs, 'v', 4, ['p', 'q'], [{ ...earlier, partners: ['v', 'p'] }])).toBe('p');
  });
});
