// Section 8: the Node resource probe's cost (src/assets/flakegate-probe.cjs). One fs-heavy loop
// (writeFileSync / appendFileSync over 50 files, mkdirSync of an existing dir, rmSync of a missing
// file, openSync for reading) run in a fresh Node process three ways, interleaved: without the
// preload, with it but no probe directory (the probe off), with it on. The loop times itself, so
// process start-up is not in the figure; reported as medians and as ratios to the plain run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, loadAvg, median, repo, table } from './util.mjs';

const LOOP = `
const fs = require('fs');
const ops = Number(process.argv[2]);
fs.mkdirSync('work', { recursive: true });
fs.writeFileSync('work/read.txt', 'r');
const start = process.hrtime.bigint();
for (let i = 0; i < ops; i++) {
  const file = 'work/f' + (i % 50) + '.txt';
  fs.writeFileSync(file, 'x');
  fs.appendFileSync(file, 'y');
  fs.mkdirSync('work', { recursive: true });
  fs.rmSync('work/missing', { force: true });
  fs.closeSync(fs.openSync('work/read.txt', 'r'));
}
console.log(Number(process.hrtime.bigint() - start) / 1e6);
`;

export async function benchProbe({ tmp, quick }) {
  const ops = quick ? 1000 : 4000;
  const rounds = quick ? 3 : 7;
  console.log(`\n## 8. Node resource probe (${ops} iterations of 5 fs calls, median of ${rounds} interleaved rounds)\n`);
  // On tmpfs where there is one: a loaded disk makes the same fs calls vary several-fold from run
  // to run, which would drown the probe's own (CPU) cost.
  const scratch = existsSync('/dev/shm') ? mkdtempSync('/dev/shm/flakegate-bench-probe-') : tmp;
  const project = join(scratch, 'probe-project');
  const probeDir = join(scratch, 'probe-records');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'loop.cjs'), LOOP);
  const preload = join(repo, 'src', 'assets', 'flakegate-probe.cjs');
  const base = { ...process.env };
  delete base.NODE_OPTIONS;
  delete base.FLAKEGATE_PROBE_DIR;
  const ways = [
    ['no preload', base],
    ['preload, probe off', { ...base, NODE_OPTIONS: `--require ${preload}` }],
    ['preload, probe on', { ...base, NODE_OPTIONS: `--require ${preload}`, FLAKEGATE_PROBE_DIR: probeDir }],
  ];
  const times = ways.map(() => []);
  let lines = 0;
  for (let round = 0; round < rounds; round++) {
    for (const [i, [, env]] of ways.entries()) {
      rmSync(probeDir, { recursive: true, force: true });
      mkdirSync(probeDir);
      const run = spawnSync(process.execPath, ['loop.cjs', String(ops)], { cwd: project, env, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`probe bench loop failed: ${run.stderr}`);
      times[i].push(Number(run.stdout.trim()));
      if (env.FLAKEGATE_PROBE_DIR) lines = readdirSync(probeDir).reduce((n, f) => n + readFileSync(join(probeDir, f), 'utf8').split('\n').filter(Boolean).length, 0);
    }
  }
  if (scratch !== tmp) rmSync(scratch, { recursive: true, force: true });
  const plain = median(times[0]);
  table(['run', 'loop time (median)', 'min / max', 'ratio to no preload'], ways.map(([name], i) => [
    name, fmt.ms(median(times[i])), `${fmt.ms(Math.min(...times[i]))} / ${fmt.ms(Math.max(...times[i]))}`, fmt.ratio(median(times[i]) / plain),
  ]));
  console.log(`\nwork files on ${scratch === tmp ? 'the temp dir' : 'tmpfs (/dev/shm)'}; probe on: ${lines} record lines for ${fmt.int(ops * 5)} calls (identical records written once); load average now ${loadAvg()}`);
}
