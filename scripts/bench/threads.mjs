// Section 6 (issue 19 item 6): reading reports on every core. (a) Parsing the 40 reports of the
// 20,000-test suite (262 MB, docs/performance.md) on one thread vs in the worker pool, in the same
// run, alternating; the ratio is the scaling on this machine's cores. (b) In `run`, the time from
// the last run's end to the written report, with a custom command that hands flakegate one of the
// 40 generated reports per run (reports are parsed as each run ends).
import { statSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runCli } from './detection.mjs';
import { generateRunReport } from './generate.mjs';
import { benchDir, fmt, loadAvg, median, runNodeChild, table } from './util.mjs';

const RUNS = 40;

export async function benchThreads({ tmp, pipelineBundle, cli, quick }) {
  const tests = quick ? 2_000 : 20_000;
  const cores = availableParallelism();
  console.log(`\n## 6. Reading reports on every core (${fmt.int(tests)} tests x ${RUNS} runs; ${cores} cores)\n`);
  const dir = join(tmp, `threads-${tests}`);
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  const paths = [];
  for (let k = 0; k < RUNS; k++) {
    const path = join(dir, `run-${k + 1}.xml`);
    bytes += generateRunReport(path, tests, k % 2 ? 4 : 1, k, 1000 + k);
    paths.push(path);
  }
  const worker = join(tmp, 'dist', 'parse-worker.js');
  // What the machine gives right now: one CPU-bound process alone vs `cores` of them at once.
  const spin = join(dir, 'spin.mjs');
  writeFileSync(spin, 'const t = performance.now(); let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; console.log(JSON.stringify({ ms: performance.now() - t, x }));');
  const alone = (await runNodeChild(spin, [])).ms;
  const together = await Promise.all(Array.from({ length: cores }, () => runNodeChild(spin, [])));
  const effective = (cores * alone) / Math.max(...together.map((t) => t.ms));
  console.log(`Effective parallelism now: ${effective.toFixed(2)} of ${cores} cores (${cores} CPU-bound processes at once take ${fmt.ms(Math.max(...together.map((t) => t.ms)))} each, one alone ${fmt.ms(alone)}; load ${loadAvg()})\n`);
  const rows = [];
  const times = { 1: [], [cores]: [] };
  for (let rep = 0; rep < (quick ? 1 : 3); rep++) {
    for (const threads of [1, cores]) {
      const load = loadAvg();
      const r = await runNodeChild(join(benchDir, 'threads-child.mjs'), [pipelineBundle, worker, String(threads), ...paths], { timeoutMs: 900_000 });
      if (r.failed) {
        rows.push([String(threads), `failed: ${r.failed}`, '', '', load]);
        continue;
      }
      times[threads].push(r.ms);
      rows.push([String(threads), fmt.ms(r.ms), fmt.int(r.cases), fmt.rssKb(r.maxRssKb), load]);
    }
  }
  table([`threads (${fmt.mb(bytes)} of reports)`, 'parse time', 'cases', 'peak RSS', 'load avg'], rows);
  const serial = median(times[1]);
  const pooled = median(times[cores]);
  if (times[1].length && times[cores].length) console.log(`\nScaling: ${fmt.ratio(serial / pooled)} faster with ${cores} threads (median of ${times[1].length} alternating runs each; ideal ${cores}.00x on an idle machine)`);

  // (b) `run`: every run copies the next generated report; the time after the last one ends.
  const feed = join(dir, 'feed.mjs');
  writeFileSync(feed, [
    "import { copyFileSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';",
    "const [, , workers, junit] = process.argv;",
    `const counter = ${JSON.stringify(join(dir, 'counter'))};`,
    "let k = 0; try { k = Number(readFileSync(counter, 'utf8')); } catch {}",
    "writeFileSync(counter, String(k + 1));",
    `copyFileSync(${JSON.stringify(dir)} + '/run-' + ((k % ${RUNS}) + 1) + '.xml', junit);`,
    `appendFileSync(${JSON.stringify(join(dir, 'stamps'))}, Date.now() + '\\n');`,
    'process.exitCode = 1;',
  ].join('\n'));
  const out = join(dir, 'out');
  const load = loadAvg();
  const r = await runCli(cli, ['--framework', 'custom', '--command', `node ${feed} {workers} {junit}`, '--workers', '1,4', '--iterations', String(RUNS / 2), '--no-confirm', '--cwd', dir, '--out', out]);
  try {
    const stamps = readFileSync(join(dir, 'stamps'), 'utf8').trim().split('\n').map(Number);
    const last = Math.max(...stamps);
    const written = statSync(join(out, 'report.json')).mtimeMs;
    console.log(`\n\`run\` with ${stamps.length} runs of ${fmt.int(tests)} tests (exit ${r.code}, ${fmt.ms(r.ms)} in all, load ${load}): last run's end to report.json written: **${fmt.ms(written - last)}** (target < 1 s)`);
  } catch (error) {
    console.log(`\n\`run\`: no measurement (${String(error)}; exit ${r.code}: ${r.err.trim().split('\n').at(-1)})`);
  }
  return { serial, pooled };
}
