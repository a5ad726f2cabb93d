// eval:stats end to end: `flakegate run --framework custom` through each rule's bundled CLI, on the
// virtual suite run as a real process per run (virtual-runner.mjs). Scores what report.json says.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNull, isParallelOnly, virtualSuite } from './virtual-suite.mjs';

const RUNNER = join(import.meta.dirname, 'virtual-runner.mjs');

export async function cliSessions(clis, count, firstSeed, dir, failsGate, { workers, iterations }) {
  const sessions = [];
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const suite = virtualSuite(seed);
    const truth = new Map(suite.tests.map((t) => [t.id, t]));
    for (const [rule, cli] of Object.entries(clis)) {
      const cwd = join(dir, `${rule}-${seed}`);
      mkdirSync(cwd, { recursive: true });
      const out = join(cwd, '.flakegate');
      const command = `node ${JSON.stringify(RUNNER)} ${seed} ${JSON.stringify(join(cwd, 'state'))} {workers} {junit} {tests}`;
      const started = Date.now();
      const result = spawnSync(process.execPath, [cli, 'run', '--framework', 'custom', '--command', command, '--workers', workers.join(','), '--iterations', String(iterations), '--cwd', cwd, '--out', out], {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 30 * 60_000,
      });
      const ms = Date.now() - started;
      const path = join(out, 'report.json');
      if (!existsSync(path)) throw new Error(`${rule} CLI, seed ${seed}: no report.json (exit ${result.status}): ${(result.stderr ?? '').slice(-2000)}`);
      const report = JSON.parse(readFileSync(path, 'utf8'));
      const failing = report.tests.filter(failsGate[rule]);
      const planted = suite.tests.filter(isParallelOnly);
      const byId = new Map(report.tests.map((t) => [t.id, t]));
      sessions.push({
        seed,
        rule,
        exit: result.status,
        gateFailed: report.gate.failed,
        falseGate: failing.some((t) => isNull(truth.get(t.id) ?? { kind: 'unknown' })),
        planted: planted.length,
        confirmed: planted.filter((t) => byId.get(t.id)?.verdict === 'parallel-only' && byId.get(t.id)?.confidence === 'confirmed').length,
        runs: report.runs.length,
        executions: report.runs.reduce((sum, r) => sum + r.tests, 0),
        ms,
      });
    }
  }
  return { sessions };
}
