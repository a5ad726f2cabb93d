import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { predecessorSource } from '../../../src/confirm/needed-predecessor.js';
import { runConfirmation } from '../../../src/confirm/run-confirmation.js';
import type { RunResult, RunSpec, TestCase, TestId } from '../../../src/model.js';
import { planDiscovery } from '../../../src/run/plan.js';

// A suite where N needs P to have run before it in the same process (a registry P fills), as a
// pytest-xdist suite of few tests: serially the suite order is SUITE; in parallel every test gets
// a worker of its own, so N never finds P's state. F fails in its first three serial runs (alone
// twice, then in the suite order: flaky, not order dependent) and in every parallel one; Q is stable.
const P = 'tests/test_a.py::tests.test_a::test_fills_registry';
const Q = 'tests/test_b.py::tests.test_b::test_stable';
const N = 'tests/test_c.py::tests.test_c::test_needs_registry';
const F = 'tests/test_d.py::tests.test_d::test_flaky';
const SUITE: readonly TestId[] = [P, Q, N, F];

function suite(): { execute: (spec: RunSpec) => Promise<RunResult>; executed: RunSpec[] } {
  const executed: RunSpec[] = [];
  let serialF = 0;
  const execute = async (spec: RunSpec): Promise<RunResult> => {
    executed.push(spec);
    const order = spec.tests ?? SUITE;
    const cases: TestCase[] = order.map((id, i) => {
      const before = spec.workers === 1 ? order.slice(0, i) : [];
      let failed = id === N && !before.includes(P);
      if (id === F) failed = spec.workers > 1 ? true : ++serialF <= 3;
      const name = id.split('::').at(-1) ?? id;
      return { id, classname: id.split('::').slice(0, -1).join('::'), name, outcome: failed ? 'failed' : 'passed', ...(failed ? { message: `${name} failed` } : {}), worker: spec.workers === 1 ? 'main' : `gw${i}`, startedAt: 1000 + i * 10, endedAt: 1005 + i * 10, durationMs: 5 };
    });
    return {
      record: { id: spec.id, workers: spec.workers, iteration: spec.iteration, phase: spec.phase, ...(spec.tests ? { subset: spec.tests } : {}), exitCode: cases.some((c) => c.outcome === 'failed') ? 1 : 0, signal: null, timedOut: false, durationMs: 500, reportPaths: [], parse: 'ok', tests: cases.length },
      cases,
    };
  };
  return { execute, executed };
}

async function session(orderReplay: boolean): Promise<{ all: RunResult[]; out: Awaited<ReturnType<typeof runConfirmation>>; executed: RunSpec[] }> {
  const s = suite();
  const discovery: RunResult[] = [];
  for (const spec of planDiscovery([1, 4], 3, false)) discovery.push(await s.execute(spec));
  const out = await runConfirmation({ runs: discovery, workers: [1, 4], supportsSubset: true, budgetRemainingMs: null, nextSeq: discovery.length + 1, orderReplay }, s.execute);
  return { all: [...discovery, ...out.runs], out, executed: s.executed };
}

describe('a test that needs an earlier test, through the confirmation loop', () => {
  it('is observed in the suite order after failing alone, confirmed parallel-only, and its predecessor named', async () => {
    const { all, out, executed } = await session(true);
    const t = analyse(all, [1, 4], out.partners).tests.find((x) => x.id === N);
    expect(t).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed', partners: [P], partnersRunBefore: true });
    // Two serial reruns alone, then full-suite serial runs (no subset) for its serial arm.
    const serial = executed.filter((s) => s.phase === 'confirm-serial');
    expect(serial.filter((s) => s.tests?.includes(N)).length).toBe(2);
    expect(serial.some((s) => s.tests === undefined)).toBe(true);
    expect(out.notes.some((n) => n.text.includes(`${N}: failed 2/2 serial reruns alone; its serial arm now runs the full suite serially`))).toBe(true);
    // The predecessor search is the replay of the serial prefix, bisected; no collision search.
    expect(out.partners).toEqual([expect.objectContaining({ victim: N, kind: 'predecessor', workers: 1, partners: [P], found: true })]);
    expect(all.some((r) => r.record.phase === 'confirm-partner' && r.record.subset?.includes(N))).toBe(false);
    expect(all.filter((r) => r.record.phase === 'confirm-order').map((r) => r.record.subset)).toEqual([[P, Q, N], [P, N]]);
  });

  it('still rules a test flaky when it fails in the suite order as well', async () => {
    const { all, out } = await session(true);
    expect(analyse(all, [1, 4], out.partners).tests.find((x) => x.id === F)?.verdict).toBe('flaky');
    expect(out.notes.some((n) => n.text.startsWith(`${F}: fails serially (3/`) && n.text.includes(" in the suite's order): flaky"))).toBe(true);
  });

  it('without order replay (a runner that orders files itself) keeps the verdict and says why no predecessor is named', async () => {
    const { all, out } = await session(false);
    expect(analyse(all, [1, 4], out.partners).tests.find((x) => x.id === N)).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed' });
    expect(all.some((r) => r.record.phase === 'confirm-order')).toBe(false);
    expect(out.notes.some((n) => n.text.includes('the runner chooses its own order'))).toBe(true);
  });

  it('takes the shortest prefix from a serial full-suite run where the test passed', () => {
    const run = (id: string, order: readonly TestId[], failed: boolean): RunResult => ({
      record: { id, workers: 1, iteration: 1, phase: 'confirm-serial', exitCode: 0, signal: null, timedOut: false, durationMs: 1, reportPaths: [], parse: 'ok', tests: order.length },
      cases: order.map((t) => ({ id: t, classname: 'c', name: t, outcome: t === N && failed ? 'failed' : 'passed' })),
    });
    expect(predecessorSource([run('s-1', [P, Q, N], true), run('s-2', [Q, P, F, N], false), run('s-3', [P, N, Q], false)], N, 1)?.prefix).toEqual([P]);
    expect(predecessorSource([run('s-1', [N, P], false)], N, 1)).toBeNull();
  });
});
