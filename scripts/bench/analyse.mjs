// Section 2: analysis and rendering at 2,000 / 20,000 / 200,000 tests x 40 runs, from raw reports.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateRunReport } from './generate.mjs';
import { benchDir, fmt, loadAvg, MB, runNodeChild, table } from './util.mjs';

const RUNS = 40;

export async function benchAnalyse({ tmp, pipelineBundle, quick, profile }) {
  const sizes = quick ? [2_000, 20_000] : [2_000, 20_000, 200_000];
  console.log(`\n## 2. Analysis and rendering (${sizes.map(fmt.int).join(' / ')} tests x ${RUNS} runs, workers 1 and 4)\n`);
  const rows = [];
  const results = [];
  for (const tests of sizes) {
    const dir = join(tmp, `suite-${tests}`);
    const out = join(dir, 'out');
    mkdirSync(out, { recursive: true });
    let bytes = 0;
    for (let k = 0; k < RUNS; k++) bytes += generateRunReport(join(dir, `run-${k + 1}.xml`), tests, k % 2 ? 4 : 1, k, 1000 + k);
    const nodeArgs = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, `--cpu-prof-name=analyse-${tests}.cpuprofile`] : [];
    const r = await runNodeChild(join(benchDir, 'analyse-child.mjs'), [pipelineBundle, dir, String(RUNS), out], { timeoutMs: quick ? 300_000 : 900_000, nodeArgs });
    const load = loadAvg();
    if (r.failed) {
      rows.push([fmt.int(tests), fmt.mb(bytes), `failed: ${r.failed}`, '', '', '', '', '', '', '', '', load]);
      results.push({ tests, failed: r.failed, load });
    } else {
      const s = (k) => fmt.ms(r.times[k]);
      const sizeOf = (f) => fmt.mb(statSync(join(out, f)).size);
      rows.push([fmt.int(tests), fmt.mb(bytes), fmt.ms(r.totalMs), s('parse'), s('analyse'), s('explain'), `${s('report.json')} (${sizeOf('report.json')})`, `${s('report.md')} (${sizeOf('report.md')})`, s('comment'), fmt.rssKb(r.maxRssKb), `${r.summary.parallelOnly}/${r.summary.flaky}/${r.summary.broken}`, load]);
      results.push({ tests, ...r, load });
    }
    rmSync(dir, { recursive: true, force: true });
  }
  table(['tests', 'reports (40)', 'total', 'parse', 'analyse', 'explain', 'report.json', 'report.md', 'comment', 'peak RSS', 'par-only/flaky/broken', 'load avg'], rows);
  const growth = [];
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    if (a.totalMs && b.totalMs) growth.push([`${fmt.int(b.tests)} / ${fmt.int(a.tests)}`, fmt.ratio(b.totalMs / a.totalMs), fmt.ratio(b.times.parse / a.times.parse), fmt.ratio((b.totalMs - b.times.parse) / (a.totalMs - a.times.parse)), fmt.ratio((b.maxRssKb - b.rssBeforeKb) / Math.max(1, a.maxRssKb - a.rssBeforeKb))]);
  }
  if (growth.length > 0) {
    console.log('\nGrowth (10x the tests; linear = 10x):\n');
    table(['sizes', 'total time', 'parse', 'analyse..comment', 'RSS above start'], growth);
  }
  const t20 = results.find((r) => r.tests === 20_000);
  if (t20?.totalMs) console.log(`\nTarget 20,000 x 40: ${fmt.ms(t20.totalMs)} (target < 2 s: ${t20.totalMs < 2000 ? 'met' : 'MISSED'}), peak ${fmt.rssKb(t20.maxRssKb)} (target < 300 MB: ${t20.maxRssKb * 1024 < 300 * MB ? 'met' : 'MISSED'})`);
  return results;
}
