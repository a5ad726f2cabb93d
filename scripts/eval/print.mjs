// The eval:stats report: one table, today's rule beside the new one, every figure with its sample.
import { clopperPearson } from './interval.mjs';

const pct = (x) => `${(100 * x).toFixed(1)}%`;

function rate(x, n) {
  const { low, high } = clopperPearson(x, n);
  return `${x}/${n} = ${pct(n === 0 ? 0 : x / n)} [${pct(low)}, ${pct(high)}]`;
}

const ratio = (x, n) => (n === 0 ? '-' : `${x}/${n} = ${(x / n).toFixed(3)}`);

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}

export function printReport(result) {
  const { today, new: next, shape } = result;
  const out = [];
  out.push(
    `eval:stats: ${today.runs} seeded sessions (seeds ${result.seeds[0]}-${result.seeds[1]}), each rule on the same discovery runs; workers ${result.workers.join(',')} x ${result.iterations} iterations, confirmation with partner search, no budget`,
  );
  out.push(
    `virtual suite per seed: ${shape.stable} stable, ${shape.flaky} flaky (same rate serial and parallel, log-uniform 1-50%), ${shape.broken} broken, ${shape.pairs} parallel-only pairs + ${shape.singles} singles (10-100%), ${shape.raised} raised-rate (serial 2-15%, parallel +20-50 points)`,
  );
  out.push(`today = src/ at ${result.base.slice(0, 12)} (gate: parallel-only confirmed or likely); new = working tree (gate: parallel-only confirmed)`);
  out.push('');
  const rows = [['figure (sample)', 'today', 'new']];
  rows.push(['false gate failures, runs [95% CP]', rate(today.falseGate, today.runs), rate(next.falseGate, next.runs)]);
  rows.push(['  caused by a flaky test', rate(today.falseGateFlaky, today.runs), rate(next.falseGateFlaky, next.runs)]);
  rows.push(['  caused by a stable test', rate(today.falseGateStable, today.runs), rate(next.falseGateStable, next.runs)]);
  rows.push(['gate failed on raised-rate tests only', rate(today.raisedOnlyGate, today.runs), rate(next.raisedOnlyGate, next.runs)]);
  rows.push(['runs reporting a null test parallel-only', rate(today.nullReportedRuns, today.runs), rate(next.nullReportedRuns, next.runs)]);
  for (const key of Object.keys(today.recall)) {
    const a = today.recall[key];
    const b = next.recall[key];
    rows.push([`recall ${key} (reported parallel-only)`, ratio(a.reported, a.n), ratio(b.reported, b.n)]);
    rows.push([`  confirmed`, ratio(a.confirmed, a.n), ratio(b.confirmed, b.n)]);
    rows.push([`  fails the gate`, ratio(a.gate, a.n), ratio(b.gate, b.n)]);
  }
  rows.push(['raised-rate tests: fail the gate', ratio(today.raised.gate, today.raised.n), ratio(next.raised.gate, next.raised.n)]);
  rows.push(['  verdict parallel-only', ratio(today.raised.parallelOnly, today.raised.n), ratio(next.raised.parallelOnly, next.raised.n)]);
  rows.push(['  verdict flaky', ratio(today.raised.flaky, today.raised.n), ratio(next.raised.flaky, next.raised.n)]);
  const e = (s, k) => s.executions[k].toFixed(0);
  rows.push(['test executions per session (mean)', e(today, 'total'), e(next, 'total')]);
  rows.push(['  discovery', e(today, 'discovery'), e(next, 'discovery')]);
  rows.push(['  confirmation serial arm', e(today, 'serial'), e(next, 'serial')]);
  rows.push(['  confirmation parallel arm', e(today, 'parallel'), e(next, 'parallel')]);
  rows.push(['  partner probes', e(today, 'experiments'), e(next, 'experiments')]);
  rows.push(['confirmation runs per session (mean)', today.confirmationRuns.toFixed(1), next.confirmationRuns.toFixed(1)]);
  rows.push(['  simulated run time, s (1.5 s start-up + tests)', (today.confirmationMs / 1000).toFixed(0), (next.confirmationMs / 1000).toFixed(0)]);
  out.push(table(rows));
  if (result.cli !== null) {
    out.push('');
    const seeds = new Set(result.cli.sessions.map((s) => s.seed)).size;
    out.push(`end to end through each rule's bundled CLI (flakegate run --framework custom, a real process per run), ${seeds} seed(s):`);
    const cliRows = [['seed', 'rule', 'exit', 'gate', 'false gate', 'parallel-only confirmed / planted', 'runs', 'executions', 'seconds']];
    for (const s of result.cli.sessions) {
      cliRows.push([s.seed, s.rule, s.exit, s.gateFailed ? 'failed' : 'passed', s.falseGate ? 'yes' : 'no', `${s.confirmed}/${s.planted}`, s.runs, s.executions, (s.ms / 1000).toFixed(0)]);
    }
    out.push(table(cliRows));
  }
  out.push('');
  out.push(`in-process sessions took ${(result.inProcessMs / 1000).toFixed(1)} s`);
  process.stdout.write(`${out.join('\n')}\n`);
}
