// `npm run bench`: flakegate's performance figures, each as a ratio against a baseline measured in
// the same run (see docs/performance.md).
//
//   node scripts/bench.mjs                          # every section, full sizes (detection takes minutes)
//   node scripts/bench.mjs parse analyse            # only these sections
//   node scripts/bench.mjs --quick                  # smaller sizes; detection only when named
//   node scripts/bench.mjs parse --sizes 500 --shapes pytest   # section 1 at chosen sizes (MB) / shapes
//   node scripts/bench.mjs analyse --profile DIR    # also write --cpu-prof profiles of section 2 to DIR
//
// Sections: parse (1), analyse (2), startup (3), detection (4), real (5), threads (6), pr (7), probe (8:
// the Node resource probe). src/ is bundled on the fly with
// esbuild (as scripts/conformance.mjs does); startup and detection use the committed dist/.
// Needs the devDependencies xml2js and fast-xml-parser (section 1's baselines).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchAnalyse } from './bench/analyse.mjs';
import { benchDetection } from './bench/detection.mjs';
import { benchParse } from './bench/parse.mjs';
import { benchRealSuites } from './bench/real-suites.mjs';
import { benchStartup } from './bench/startup.mjs';
import { benchThreads } from './bench/threads.mjs';
import { benchPullRequest } from './bench/pull-request.mjs';
import { benchProbe } from './bench/probe.mjs';
import { bundle, initHeapLimit, loadAvg, machine, repo } from './bench/util.mjs';

const SECTIONS = ['parse', 'analyse', 'startup', 'detection', 'real', 'threads', 'pr', 'probe'];
const ALIASES = { analysis: 'analyse', analyze: 'analyse', parsing: 'parse', 'start-up': 'startup', 'real-suites': 'real', 'pull-request': 'pr' };

const { values, positionals } = parseArgs({
  options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, shapes: { type: 'string' }, profile: { type: 'string' }, keep: { type: 'boolean' }, mirror: { type: 'string' }, suites: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  allowPositionals: true,
});
if (values.help) {
  console.log('usage: node scripts/bench.mjs [--quick] [--sizes 5,50,500] [--shapes pytest,jest,surefire] [--profile DIR] [--keep] [--mirror DIR] [--suites curio,...] [parse] [analyse] [startup] [detection] [real] [threads] [pr] [probe]');
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
const selected = named.length > 0 ? SECTIONS.filter((s) => named.includes(s)) : SECTIONS.filter((s) => !(quick && (s === 'detection' || s === 'real' || s === 'pr')));

await initHeapLimit();
const m = machine();
console.log(`# flakegate bench ${new Date().toISOString()}${quick ? ' (--quick)' : ''}`);
console.log(`machine: ${m.nproc} CPUs (${m.cpu}), ${m.memGiB} GiB RAM (${m.freeGiB} free), Node ${m.node}, JS heap limit ${m.heapLimitMb} MB`);
console.log(`load average at start (1/5/15 min): ${loadAvg()}; sections: ${selected.join(', ')}`);

const tmp = mkdtempSync(join(tmpdir(), 'flakegate-bench-'));
const started = performance.now();
try {
  const needsParse = selected.includes('parse');
  const needsPipeline = ['analyse', 'detection', 'real', 'threads'].some((s) => selected.includes(s));
  // The runs use a copy of dist/, so a rebuild while the bench runs changes nothing.
  cpSync(join(repo, 'dist'), join(tmp, 'dist'), { recursive: true });
  const cli = join(tmp, 'dist', 'cli.js');
  const parseBundle = needsParse ? await bundle('parse', tmp) : null;
  // With --profile the bundle is kept beside the profiles, so profile-top.mjs can name src files.
  if (values.profile) mkdirSync(values.profile, { recursive: true });
  const pipelineBundle = needsPipeline ? await bundle('pipeline', values.profile ?? tmp) : null;
  for (const section of selected) {
    if (section === 'parse') await benchParse({ tmp, parseBundle, quick, sizes: values.sizes?.split(',').map(Number), shapes: values.shapes?.split(',') });
    else if (section === 'analyse') await benchAnalyse({ tmp, pipelineBundle, quick, profile: values.profile });
    else if (section === 'startup') await benchStartup({ tmp, quick });
    else if (section === 'detection') await benchDetection({ tmp, pipelineBundle, cli });
    else if (section === 'real') await benchRealSuites({ tmp, pipelineBundle, cli, ...(values.mirror ? { mirrorRoot: values.mirror } : {}), only: values.suites?.split(',') ?? null });
    else if (section === 'threads') await benchThreads({ tmp, pipelineBundle, cli, quick });
    else if (section === 'pr') await benchPullRequest({ tmp, cli });
    else if (section === 'probe') await benchProbe({ tmp, quick });
  }
} finally {
  if (!values.keep) rmSync(tmp, { recursive: true, force: true });
  else console.log(`\nkept ${tmp}`);
}
console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(0)} s; load average at end: ${loadAvg()}`);
