// `npm run bench`: flakegate's performance figures, each as a ratio against a baseline measured in
// the same run (see docs/performance.md).
//
//   node scripts/bench.mjs                          # every section, full sizes (detection takes minutes)
//   node scripts/bench.mjs parse analyse            # only these sections
//   node scripts/bench.mjs --quick                  # smaller sizes; detection only when named
//   node scripts/bench.mjs parse --sizes 500 --shapes pytest   # section 1 at chosen sizes (MB) / shapes
//   node scripts/bench.mjs analyse --profile DIR    # also write --cpu-prof profiles of section 2 to DIR
//
// Sections: parse (1), analyse (2), startup (3), detection (4). src/ is bundled on the fly with
// esbuild (as scripts/conformance.mjs does); startup and detection use the committed dist/.
// Needs the devDependencies xml2js and fast-xml-parser (section 1's baselines).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAnalyse } from './bench/analyse.mjs';
import { benchDetection } from './bench/detection.mjs';
import { benchParse } from './bench/parse.mjs';
import { benchStartup } from './bench/startup.mjs';
import { bundle, initHeapLimit, loadAvg, machine } from './bench/util.mjs';

const SECTIONS = ['parse', 'analyse', 'startup', 'detection'];
const ALIASES = { analysis: 'analyse', analyze: 'analyse', parsing: 'parse', 'start-up': 'startup' };

const { values, positionals } = parseArgs({
  options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, shapes: { type: 'string' }, profile: { type: 'string' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help) {
  console.log('usage: node scripts/bench.mjs [--quick] [--sizes 5,50,500] [--shapes pytest,jest,surefire] [--profile DIR] [--keep] [parse] [analyse] [startup] [detection]');
  process.exit(0);
}
const named = positionals.map((s) => ALIASES[s] ?? s);
const unknown = named.filter((s) => !SECTIONS.includes(s));
if (unknown.length > 0) {
  console.error(`unknown section(s): ${unknown.join(', ')}; sections: ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const quick = values.quick === true;
// --quick leaves out the slow detection section unless it is named.
const selected = named.length > 0 ? SECTIONS.filter((s) => named.includes(s)) : SECTIONS.filter((s) => !(quick && s === 'detection'));

await initHeapLimit();
const m = machine();
console.log(`# flakegate bench ${new Date().toISOString()}${quick ? ' (--quick)' : ''}`);
console.log(`machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGiB} GiB RAM (${m.freeGiB} free), Node ${m.node}, JS heap limit ${m.heapLimitMb} MB`);
console.log(`load average at start (1/5/15 min): ${loadAvg()}; sections: ${selected.join(', ')}`);

const tmp = mkdtempSync(join(tmpdir(), 'flakegate-bench-'));
const started = performance.now();
try {
  const needsParse = selected.includes('parse');
  const needsPipeline = selected.includes('analyse') || selected.includes('detection');
  const parseBundle = needsParse ? await bundle('parse', tmp) : null;
  // With --profile the bundle is kept beside the profiles, so profile-top.mjs can name src files.
  if (values.profile) mkdirSync(values.profile, { recursive: true });
  const pipelineBundle = needsPipeline ? await bundle('pipeline', values.profile ?? tmp) : null;
  for (const section of selected) {
    if (section === 'parse') await benchParse({ tmp, parseBundle, quick, sizes: values.sizes?.split(',').map(Number), shapes: values.shapes?.split(',') });
    else if (section === 'analyse') await benchAnalyse({ tmp, pipelineBundle, quick, profile: values.profile });
    else if (section === 'startup') await benchStartup({ tmp, quick });
    else if (section === 'detection') await benchDetection({ tmp, pipelineBundle });
  }
} finally {
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });
  else console.log(`\nkept ${tmp}`);
}
console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(0)} s; load average at end: ${loadAvg()}`);
