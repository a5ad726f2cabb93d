// Section 2 child: the stages after the runs, as src/pipeline.ts `finish` chains them, on the
// kept raw reports of 40 runs: parse (collectRun) -> analyse -> explain -> report.json +
// report.md -> PR comment body. Prints one JSON line with per-stage times and peak RSS.
//   node --expose-gc analyse-child.mjs <pipeline bundle> <runs dir> <runs> <out dir>
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [bundlePath, dir, runCount, out] = process.argv.slice(2);
const fg = await import(pathToFileURL(bundlePath).href);
const workers = [1, 4];
const config = {
  framework: 'pytest', command: null, workers, iterations: Number(runCount) / 2, timeoutMs: 3_600_000,
  budgetMs: null, confirm: false, failOn: 'parallel-only', cwd: dir, out,
};

globalThis.gc?.();
const rssBeforeKb = process.resourceUsage().maxRSS;
const times = {};
let t = performance.now();
const lap = (name) => {
  const now = performance.now();
  times[name] = now - t;
  t = now;
};
const t0 = t;
const runs = [];
for (let k = 0; k < Number(runCount); k++) {
  const w = workers[k % 2];
  const spec = { id: `d-${String(k + 1).padStart(3, '0')}-w${w}`, workers: w, iteration: Math.floor(k / 2) + 1, phase: 'discovery' };
  const proc = { exitCode: 1, signal: null, timedOut: false, durationMs: 100_000, outputTail: '' };
  runs.push(await fg.collectRun({ spec, process: proc, reportPaths: [join(dir, `run-${k + 1}.xml`)] }, out, config.cwd)); // cwd: the project dir (newer collectRun)
}
lap('parse');
const analysis = fg.analyse(runs, workers, []);
lap('analyse');
// No test sources exist for the synthetic suite: an empty map, as when `finish` finds no files.
const tests = fg.explain({ tests: analysis.tests, runs, clusters: analysis.clusters, ecosystem: 'python', sources: new Map(), cores: availableParallelism(), partners: {} });
lap('explain');
const gate = fg.decideGate(tests, config.failOn);
const report = fg.buildReport({ config, framework: 'pytest', command: 'pytest', runs, tests, clusters: analysis.clusters, gate, notes: [{ kind: 'discovery', text: 'bench' }], warnings: [] });
await fg.writeJsonFile(join(out, 'report.json'), report); // streamed, as `finish` writes it
lap('report.json');
writeFileSync(join(out, 'report.md'), fg.renderMarkdown(report, {}));
lap('report.md');
writeFileSync(join(out, 'comment.md'), fg.renderComment(report, { marker: fg.commentMarker('bench') }));
lap('comment');
const totalMs = performance.now() - t0;
console.log(JSON.stringify({
  totalMs, times, rssBeforeKb, maxRssKb: process.resourceUsage().maxRSS,
  cases: runs.reduce((n, r) => n + r.cases.length, 0), tests: tests.length, summary: report.summary,
}));
