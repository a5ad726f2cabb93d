// A simulated test suite and executor for the confirmation loop: outcomes follow a fixed truth
// table, randomness comes from a seeded PRNG, and time is simulated (no clock, no processes).
import type { RunResult, RunSpec, TestCase, TestId } from '../../../src/model.js';
import { mulberry32 } from '../../../src/stats/mulberry32.js';

const id = (file: string, name: string): TestId => `tests/${file}.py::tests::${name}`;

/** The named tests of the brief. A fails in parallel with B; C flaky 0.3; D stable; E broken. */
export const A = id('test_a', 'test_victim');
export const B = id('test_b', 'test_partner');
export const C = id('test_c', 'test_flaky');
export const D = id('test_d', 'test_stable');
export const E = id('test_e', 'test_broken');

export interface SimTest {
  readonly id: TestId;
  readonly file: string;
  readonly durationMs: number;
}

export interface SuiteOptions {
  /** Stable filler tests besides A-E (5 per file). */
  readonly fillers?: number;
  /** Record worker and start/end times on each case. */
  readonly timing?: boolean;
  readonly seed?: number;
  /** Start-up time of every run. */
  readonly overheadMs?: number;
  /** Probability that A fails when B runs alongside (1 = a race a barrier makes certain). */
  readonly victimRate?: number;
  /** Extra partners A needs, all of them at once, besides B. */
  readonly extraPartners?: readonly TestId[];
  /** B also fails when A runs alongside (a mutual collision, as on a shared file or port). */
  readonly mutual?: boolean;
}

export function simulatedTests(fillers = 45): SimTest[] {
  const tests: SimTest[] = [
    // A and B are the longest tests, so the longest-first scheduler starts both at t = 0 on
    // different workers whenever there are two: they always overlap, as a real collision must.
    { id: A, file: 'tests/test_a.py', durationMs: 3000 },
    { id: B, file: 'tests/test_b.py', durationMs: 2900 },
    { id: C, file: 'tests/test_c.py', durationMs: 150 },
    { id: D, file: 'tests/test_d.py', durationMs: 120 },
    { id: E, file: 'tests/test_e.py', durationMs: 80 },
  ];
  for (let i = 1; i <= fillers; i++) {
    const file = `test_f${Math.ceil(i / 5)}`;
    tests.push({ id: id(file, `test_${String(i).padStart(2, '0')}`), file: `tests/${file}.py`, durationMs: 100 + ((i * 37) % 150) });
  }
  return tests;
}

export interface SimulatedSuite {
  readonly tests: readonly SimTest[];
  readonly execute: (spec: RunSpec) => Promise<RunResult>;
  /** Every spec executed, in order. */
  readonly executed: RunSpec[];
}

export function simulatedSuite(options: SuiteOptions = {}): SimulatedSuite {
  const tests = simulatedTests(options.fillers ?? 45);
  const rng = mulberry32(options.seed ?? 1);
  const overhead = options.overheadMs ?? 2000;
  const executed: RunSpec[] = [];
  const partners = [B, ...(options.extraPartners ?? [])];
  const execute = async (spec: RunSpec): Promise<RunResult> => {
    executed.push(spec);
    const chosen = spec.tests === undefined ? tests : tests.filter((t) => spec.tests?.includes(t.id));
    const present = new Set(chosen.map((t) => t.id));
    const slots = schedule(chosen, spec.workers);
    const cases: TestCase[] = slots.map(({ test, worker, start }) => {
      const failed = fails(test.id, spec.workers, present, partners, options.victimRate ?? 1, rng) || (options.mutual === true && test.id === B && spec.workers > 1 && present.has(A));
      const name = test.id.split('::').at(-1) ?? test.id;
      return {
        id: test.id,
        file: test.file,
        classname: 'tests',
        name,
        outcome: failed ? 'failed' : 'passed',
        durationMs: test.durationMs,
        ...(failed ? { message: `${name} failed` } : {}),
        ...(options.timing ? { worker: `gw${worker}`, startedAt: start, endedAt: start + test.durationMs } : {}),
      };
    });
    const makespan = Math.max(0, ...slots.map((s) => s.start + s.test.durationMs));
    return {
      record: {
        id: spec.id,
        workers: spec.workers,
        iteration: spec.iteration,
        phase: spec.phase,
        ...(spec.tests ? { subset: spec.tests } : {}),
        exitCode: cases.some((c) => c.outcome === 'failed') ? 1 : 0,
        signal: null,
        timedOut: false,
        durationMs: overhead + makespan,
        reportPaths: [],
        parse: 'ok',
        tests: cases.length,
      },
      cases,
    };
  };
  return { tests, execute, executed };
}

function fails(test: TestId, workers: number, present: ReadonlySet<TestId>, partners: readonly TestId[], victimRate: number, rng: () => number): boolean {
  if (test === E) return true;
  if (test === C) return rng() < 0.3;
  if (test === A) return workers > 1 && partners.every((p) => present.has(p)) && (victimRate >= 1 || rng() < victimRate);
  return false;
}

/** Longest first onto the least-loaded worker (LPT), ties to the lower worker. */
function schedule(tests: readonly SimTest[], workers: number): { test: SimTest; worker: number; start: number }[] {
  const load = new Array<number>(Math.max(1, workers)).fill(0);
  const order = [...tests].sort((a, b) => b.durationMs - a.durationMs || a.id.localeCompare(b.id));
  return order.map((test) => {
    let worker = 0;
    for (let w = 1; w < load.length; w++) if ((load[w] ?? 0) < (load[worker] ?? 0)) worker = w;
    const start = load[worker] ?? 0;
    load[worker] = start + test.durationMs;
    return { test, worker, start };
  });
}

/** Discovery as the pipeline runs it: planDiscovery's specs through the simulated executor. */
export async function discover(suite: SimulatedSuite, specs: readonly RunSpec[]): Promise<RunResult[]> {
  const runs: RunResult[] = [];
  for (const spec of specs) runs.push(await suite.execute(spec));
  return runs;
}
