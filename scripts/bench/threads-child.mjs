// Section 6 child: parse the 40 reports of one generated suite, on this thread or in the worker
// pool, and print the wall time and the number of cases as one JSON line.
//   node threads-child.mjs <pipeline bundle> <worker script> <threads> <report>...
import { pathToFileURL } from 'node:url';

const [bundlePath, workerPath, threads, ...paths] = process.argv.slice(2);
const fg = await import(pathToFileURL(bundlePath).href);
const t0 = performance.now();
const reports = await fg.parseJunitFiles(paths, { threads: Number(threads), workerPath: Number(threads) > 1 ? workerPath : null });
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, cases: reports.reduce((n, r) => n + r.tests.length, 0), maxRssKb: process.resourceUsage().maxRSS }));
