#!/usr/bin/env node
// `npm run faults`: the fault suite (test/faults) at full scale (a 500 MB report, a 1 GiB
// attribute, a 2 GB stdout flood) with every case recording what it measured, then the figures table. The numbers come
// from the cases' own measurements (FLAKEGATE_FAULTS_OUT), never from here.
// Usage: node scripts/faults.mjs [--quick]   (--quick: the test-suite scale, ~2 minutes)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const outFile = join(mkdtempSync(join(tmpdir(), 'fg-faults-')), 'outcomes.jsonl');
const started = Date.now();
const vitest = spawnSync(process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'test/faults'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, FLAKEGATE_FAULTS_OUT: outFile, FLAKEGATE_FAULTS_SCALE: quick ? 'quick' : 'full' },
});
const seconds = Math.round((Date.now() - started) / 1000);

const outcomes = existsSync(outFile)
  ? readFileSync(outFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  : [];
const categories = ['reports', 'processes', 'api', 'secrets', 'ids', 'artifacts', 'durations'];
const rows = categories.map((category) => {
  const mine = outcomes.filter((o) => o.category === category);
  const sum = (key) => mine.reduce((n, o) => n + (o[key] ?? 0), 0);
  return {
    category,
    inputs: mine.length,
    clear: mine.filter((o) => o.clearStatus).length,
    lost: sum('resultsLost'),
    left: sum('processesLeft'),
    dupes: sum('duplicateComments'),
    leaked: sum('secretsLeaked'),
  };
});
const total = Object.fromEntries(['inputs', 'clear', 'lost', 'left', 'dupes', 'leaked'].map((k) => [k, rows.reduce((n, r) => n + r[k], 0)]));
const big = outcomes.find((o) => /MB report$/.test(o.input));
const flood = outcomes.find((o) => /to stdout$/.test(o.input));
const giant = outcomes.find((o) => /MiB attribute value$/.test(o.input));

const line = (cells) => `| ${cells.join(' | ')} |`;
console.log(`\nflakegate fault suite (${quick ? 'quick' : 'full'} scale, ${seconds} s, node ${process.version})\n`);
console.log(line(['category', 'inputs tried', 'clear status', 'results lost', 'processes left', 'duplicate comments', 'secrets leaked']));
console.log(line(Array(7).fill('---')));
for (const r of rows) console.log(line([r.category, r.inputs, r.clear, r.lost, r.left, r.dupes, r.leaked]));
console.log(line(['**total**', total.inputs, total.clear, total.lost, total.left, total.dupes, total.leaked]));
console.log('');
if (big) console.log(`peak memory, ${big.input}: ${big.peakRssMb} MB RSS (${big.note})`);
if (flood) console.log(`peak memory, ${flood.input}: ${flood.peakRssMb} MB RSS`);
if (giant) console.log(`peak memory, ${giant.input}: ${giant.peakRssMb} MB RSS (${giant.note})`);
const unclear = outcomes.filter((o) => !o.clearStatus || o.resultsLost || o.processesLeft || o.duplicateComments || o.secretsLeaked);
for (const o of unclear) console.log(`NOT HANDLED: [${o.category}] ${o.input}${o.note ? ` (${o.note})` : ''}`);
process.exitCode = vitest.status === 0 && unclear.length === 0 ? 0 : 1;
