// Section 1: parsing throughput and peak memory, flakegate's streaming reader vs the whole-string
// parsers most report actions use (xml2js, fast-xml-parser). Each parse runs in its own child.
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport } from './generate.mjs';
import { benchDir, fmt, loadAvg, MB, median, runNodeChild, table } from './util.mjs';

const PARSERS = ['flakegate', 'xml2js', 'fast-xml-parser'];

export async function benchParse({ tmp, parseBundle, quick, sizes: only, shapes = ['pytest', 'jest', 'surefire'] }) {
  const sizes = only ?? (quick ? [5, 50] : [5, 50, 500]);
  const timeoutMs = quick ? 120_000 : 300_000;
  console.log(`\n## 1. Parsing (sizes ${sizes.join(', ')} MB; MB = 10^6 bytes; each parse in its own node process)\n`);
  const noop = await runNodeChild(join(benchDir, 'parse-child.mjs'), ['noop', '-', parseBundle]);
  console.log(`baseline: an idle node process peaks at ${fmt.rssKb(noop.maxRssKb)} RSS\n`);
  const rows = [];
  const ratios = [];
  const results = [];
  for (const size of sizes) {
    for (const shape of shapes) {
      const file = join(tmp, `${shape}-${size}mb.xml`);
      const gen = generateReport(shape, file, size * MB, size);
      const bytes = statSync(file).size;
      const got = {};
      for (const parser of PARSERS) {
        const repeats = size <= 5 ? 3 : 1;
        const runs = [];
        for (let i = 0; i < repeats; i++) {
          const r = await runNodeChild(join(benchDir, 'parse-child.mjs'), [parser, file, parseBundle], { timeoutMs });
          runs.push(r);
          if (r.failed) break;
        }
        const ok = runs.filter((r) => !r.failed);
        const load = loadAvg();
        if (ok.length === 0) {
          got[parser] = { failed: runs[0].failed, load };
          rows.push([shape, fmt.mb(bytes), parser, `failed: ${runs[0].failed}`, '', '', '', load]);
          console.error(`  ${rows.at(-1).join('  ')}`);
          continue;
        }
        const ms = median(ok.map((r) => r.ms));
        const r = ok[0];
        got[parser] = { ...r, ms, mbps: bytes / MB / (ms / 1000), load };
        rows.push([shape, fmt.mb(bytes), parser, (bytes / MB / (ms / 1000)).toFixed(1), fmt.ms(ms), fmt.rssKb(Math.max(...ok.map((x) => x.maxRssKb))), fmt.int(r.tests), load]);
        console.error(`  ${rows.at(-1).join('  ')}`);
      }
      const fg = got.flakegate;
      const check = PARSERS.filter((p) => got[p]?.tests !== undefined).map((p) => `${got[p].tests}/${got[p].failures}/${got[p].skipped}`);
      const same = new Set(check).size <= 1 && fg?.tests === gen.tests;
      const ratio = (p) => (fg?.mbps && got[p]?.mbps ? fmt.ratio(fg.mbps / got[p].mbps) : got[p]?.failed ? `${p} failed` : '-');
      ratios.push([shape, fmt.mb(bytes), ratio('xml2js'), ratio('fast-xml-parser'), same ? `yes (${fmt.int(gen.tests)} tests)` : `NO: ${check.join(' vs ')} (generated ${gen.tests})`]);
      results.push({ shape, bytes, tests: gen.tests, got });
      rmSync(file, { force: true });
    }
  }
  table(['shape', 'size', 'parser', 'MB/s', 'time', 'peak RSS', 'tests', 'load avg (1/5/15 min)'], rows);
  console.log('\nThroughput ratios (higher = flakegate faster; targets: >= 4x xml2js, >= 1.5x fast-xml-parser) and agreement on tests/failed/skipped:\n');
  table(['shape', 'size', 'flakegate / xml2js', 'flakegate / fast-xml-parser', 'same cases'], ratios);
  // Does flakegate's peak grow with report size? Compare peak RSS per shape across sizes.
  console.log('\nflakegate peak RSS by size (the reader streams; what grows is the TestCase array it returns):\n');
  const byShape = {};
  for (const r of results) if (r.got.flakegate?.maxRssKb) (byShape[r.shape] ??= []).push(r);
  table(['shape', ...sizes.map((s) => `${s} MB`), 'RSS above idle per 1,000 tests (largest)'], Object.entries(byShape).map(([shape, rs]) => {
    const last = rs.at(-1);
    return [shape, ...rs.map((r) => fmt.rssKb(r.got.flakegate.maxRssKb)), `${(((last.got.flakegate.maxRssKb - noop.maxRssKb) / 1024 / last.tests) * 1000).toFixed(2)} MiB`];
  }));
  return results;
}
