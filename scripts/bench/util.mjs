// Shared helpers of `npm run bench`: bundling src/ on the fly, child processes, formatting.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, freemem, totalmem, availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = dirname(fileURLToPath(import.meta.url));
export const MB = 1_000_000;

// What the bench needs from src/, bundled with esbuild (no build step, like scripts/conformance.mjs).
// Two bundles: the parser alone (so the parse children load no more than the reader), and the rest.
const ENTRIES = {
  parse: `export { parseJunitFile } from './src/parse/read-file.ts';`,
  pipeline: [
    `export { parseJunitFile } from './src/parse/read-file.ts';`,
    `export { collectRun } from './src/parse/collect-run.ts';`,
    `export { parseJunitFiles } from './src/parse/parse-pool.ts';`,
    `export { analyse } from './src/analyse/index.ts';`,
    `export { decideGate } from './src/analyse/gate.ts';`,
    `export { explain } from './src/explain/index.ts';`,
    `export { buildReport } from './src/report/build-report.ts';`,
    `export { writeJsonFile } from './src/write-json-file.ts';`,
    `export { renderMarkdown } from './src/report/markdown.ts';`,
    `export { renderComment, commentMarker } from './src/report/comment.ts';`,
    `export { testExecutions, fixedDesignExecutions, fixedDesignConfirms, iterationsToConfirm } from './src/confirm/execution-cost.ts';`,
    `export { fitPriceModel, priceRun } from './src/price/price-model.ts';`,
    `export { changedFiles } from './src/run/changed-files.ts';`,
    `export { testsInChangedFiles, coRunnerCandidates } from './src/changes/changed-tests.ts';`,
  ].join('\n'),
};

/** Bundles `which` (parse | pipeline) into `dir`; returns the path of the ESM file. */
export async function bundle(which, dir) {
  const outfile = join(dir, `${which}.mjs`);
  await build({
    stdin: { contents: ENTRIES[which], resolveDir: repo, loader: 'ts', sourcefile: `bench-${which}.ts` },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
  return outfile;
}

/**
 * Runs `node --expose-gc <script> ...args` and resolves with the JSON object the child printed on
 * its last stdout line, or { failed: reason } (crash, out of memory, timeout). Never rejects.
 */
export function runNodeChild(script, args, { timeoutMs = 600_000, nodeArgs = [], env = process.env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', ...nodeArgs, script, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-20_000)));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code === 0) {
        try {
          return resolve(JSON.parse(last));
        } catch {
          // fall through: not our JSON
        }
      }
      resolve({ failed: failureReason({ code, signal, err, timedOut, timeoutMs, last }) });
    });
  });
}

function failureReason({ code, signal, err, timedOut, timeoutMs, last }) {
  if (timedOut) return `timeout after ${Math.round(timeoutMs / 1000)} s`;
  if (/heap out of memory|Allocation failed/i.test(err)) return `out of memory (JS heap limit ${heapLimitMb()} MB)`;
  if (/Invalid string length|ERR_STRING_TOO_LONG|Cannot create a string longer/i.test(err + last)) return 'string too long for V8 (max ~512 MB)';
  if (signal) return `killed by ${signal}${signal === 'SIGKILL' ? ' (kernel OOM killer?)' : ''}`;
  const line = (err.trim().split('\n').find((l) => /Error|error:/.test(l)) ?? err.trim().split('\n').at(-1) ?? '').trim();
  return `exit ${code}: ${line.slice(0, 160)}`;
}

let heapLimit;
export function heapLimitMb() {
  if (heapLimit === undefined) {
    // Read in this process: a child started with the same flags has the same limit.
    heapLimit = Math.round(globalThis.__v8HeapLimit ?? 0);
  }
  return heapLimit || '?';
}

export async function initHeapLimit() {
  const v8 = await import('node:v8');
  globalThis.__v8HeapLimit = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
}

/** `uptime`'s three load averages, as a string: "1.23 2.34 3.45". */
export function loadAvg() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

export function machine() {
  let model = cpus()[0]?.model ?? '?';
  try {
    model = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? model;
  } catch {
    // not Linux
  }
  return {
    nproc: availableParallelism(),
    cpu: model,
    memGiB: (totalmem() / 2 ** 30).toFixed(1),
    freeGiB: (freemem() / 2 ** 30).toFixed(1),
    node: process.version,
    heapLimitMb: heapLimitMb(),
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const fmt = {
  ms: (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`),
  mb: (bytes) => `${(bytes / MB).toFixed(bytes >= 100 * MB ? 0 : 1)} MB`,
  rssKb: (kb) => `${(kb / 1024).toFixed(0)} MiB`,
  ratio: (x) => (Number.isFinite(x) ? `${x.toFixed(2)}x` : '-'),
  int: (n) => n.toLocaleString('en-US'),
};

/** Prints a Markdown table (what docs/performance.md quotes) with right-aligned cells after the first. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(header));
  console.log('| ' + widths.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ') + ' |');
  for (const r of rows) console.log(line(r));
}
