// Scores one simulated session against the virtual suite's truth, and sums sessions up.
import { isNull, isParallelOnly } from './virtual-suite.mjs';

/** Rate bands of the parallel failure rate the report breaks recall down by. */
export const BANDS = [
  { label: '0.1-0.3', low: 0.1, high: 0.3 },
  { label: '0.3-0.5', low: 0.3, high: 0.5 },
  { label: '0.5-1.0', low: 0.5, high: 1.0001 },
];

const bandOf = (rate) => BANDS.find((b) => rate >= b.low && rate < b.high)?.label ?? 'other';

/** Test executions: every case that ran to a result, as src/confirm/execution-cost.ts counts them. */
function executions(runs, phases) {
  let n = 0;
  for (const run of runs) {
    if (phases !== undefined && !phases.includes(run.record.phase)) continue;
    for (const c of run.cases) if (c.outcome !== 'skipped' && c.outcome !== 'lost') n++;
  }
  return n;
}

/**
 * One session: `failsGate(test)` says which tests the rule's gate fails on (checked against
 * `gate.failed`, so a rule whose gate disagrees with its own tiers is caught, not scored).
 */
export function scoreSession(suite, session, failsGate) {
  const truth = new Map(suite.tests.map((t) => [t.id, t]));
  const failing = session.tests.filter(failsGate);
  if (failing.length > 0 !== session.gate.failed && !/expired|incomplete/.test(session.gate.reason)) {
    throw new Error(`gate disagrees with its tiers: failed=${session.gate.failed}, ${failing.length} failing tests (${session.gate.reason})`);
  }
  const kindsFailing = failing.map((t) => truth.get(t.id)?.kind ?? 'unknown');
  const tests = [];
  for (const t of session.tests) {
    const truthOf = truth.get(t.id);
    if (truthOf === undefined || !(isParallelOnly(truthOf) || truthOf.kind === 'raised')) continue;
    tests.push({
      kind: truthOf.kind,
      band: bandOf(truthOf.kind === 'raised' ? truthOf.parallel : truthOf.rate),
      verdict: t.verdict,
      confidence: t.confidence,
      failsGate: failsGate(t),
    });
  }
  const nullReported = session.tests.filter((t) => t.verdict === 'parallel-only' && isNull(truth.get(t.id) ?? { kind: 'unknown' })).length;
  return {
    gateFailed: session.gate.failed,
    falseGate: failing.some((t) => isNull(truth.get(t.id) ?? { kind: 'unknown' })),
    falseGateKinds: [...new Set(kindsFailing.filter((k) => k === 'stable' || k === 'flaky' || k === 'broken'))],
    raisedOnlyGate: failing.length > 0 && kindsFailing.every((k) => k === 'raised'),
    nullReported,
    tests,
    executions: {
      discovery: executions(session.runs, ['discovery']),
      serial: executions(session.runs, ['confirm-serial']),
      parallel: executions(session.runs, ['confirm-parallel']),
      experiments: executions(session.runs, ['confirm-partner', 'confirm-order']),
      total: executions(session.runs),
    },
    confirmationRuns: session.runs.filter((r) => r.record.phase !== 'discovery').length,
    confirmationMs: session.runs.filter((r) => r.record.phase !== 'discovery').reduce((sum, r) => sum + r.record.durationMs, 0),
  };
}

/** Sums scored sessions of one rule. */
export function summarise(scores) {
  const n = scores.length;
  const sum = (f) => scores.reduce((s, x) => s + f(x), 0);
  const recall = {};
  for (const kind of ['pair', 'single', 'all']) {
    for (const band of [...BANDS.map((b) => b.label), '>=0.3']) {
      const pick = (t) => (kind === 'all' ? t.kind === 'pair' || t.kind === 'single' : t.kind === kind) && (band === '>=0.3' ? t.band !== '0.1-0.3' : t.band === band);
      const tests = scores.flatMap((s) => s.tests.filter(pick));
      recall[`${kind} ${band}`] = {
        n: tests.length,
        reported: tests.filter((t) => t.verdict === 'parallel-only').length,
        confirmed: tests.filter((t) => t.verdict === 'parallel-only' && t.confidence === 'confirmed').length,
        gate: tests.filter((t) => t.failsGate).length,
      };
    }
  }
  const raised = scores.flatMap((s) => s.tests.filter((t) => t.kind === 'raised'));
  const executions = {};
  for (const key of ['discovery', 'serial', 'parallel', 'experiments', 'total']) executions[key] = sum((s) => s.executions[key]) / n;
  return {
    runs: n,
    falseGate: sum((s) => (s.falseGate ? 1 : 0)),
    falseGateFlaky: sum((s) => (s.falseGateKinds.includes('flaky') ? 1 : 0)),
    falseGateStable: sum((s) => (s.falseGateKinds.includes('stable') ? 1 : 0)),
    raisedOnlyGate: sum((s) => (s.raisedOnlyGate ? 1 : 0)),
    nullReportedRuns: sum((s) => (s.nullReported > 0 ? 1 : 0)),
    recall,
    raised: {
      n: raised.length,
      gate: raised.filter((t) => t.failsGate).length,
      parallelOnly: raised.filter((t) => t.verdict === 'parallel-only').length,
      flaky: raised.filter((t) => t.verdict === 'flaky').length,
    },
    executions,
    confirmationRuns: sum((s) => s.confirmationRuns) / n,
    confirmationMs: sum((s) => s.confirmationMs) / n,
  };
}
