// Reading many reports on every core (`analyze`, the shard aggregate): a bounded pool of worker
// threads, one per available core, each running the same reader as the main thread. Results come
// back in the order asked and equal the serial path's (test/unit/parse/parse-pool.test.ts); the
// identity strings are pooled again on this thread, so 40 runs still share one copy of each id.
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ParsedReport, TestCase } from '../model.js';
import { intern } from './intern.js';
import { parseJunitFile } from './read-file.js';

export const PARSE_WORKER_FILE = 'parse-worker.js';

export interface ParseFilesOptions {
  /** Threads to use; default: the cores not already busy (`idleCores`). 1 = parse here, one file after another. */
  readonly threads?: number;
  /** The bundled worker script; default: dist/parse-worker.js beside this bundle. */
  readonly workerPath?: string | null;
}

/**
 * Parses `paths` and returns their reports in the same order. Falls back to this thread when
 * there is one file, one core, or no worker script (running from the TypeScript sources).
 */
export async function parseJunitFiles(paths: readonly string[], options: ParseFilesOptions = {}): Promise<ParsedReport[]> {
  const threads = Math.max(1, Math.min(options.threads ?? idleCores(), paths.length));
  const workerPath = options.workerPath === undefined ? locateParseWorker() : options.workerPath;
  if (threads <= 1 || workerPath === null) {
    const out: ParsedReport[] = [];
    for (const path of paths) out.push(await parseJunitFile(path));
    return out;
  }
  return inPool(paths, threads, workerPath);
}

async function inPool(paths: readonly string[], threads: number, workerPath: string): Promise<ParsedReport[]> {
  const results = new Array<ParsedReport | undefined>(paths.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerPath));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = (): void => {
              if (next >= paths.length) return resolve();
              const seq = next++;
              worker.postMessage({ seq, path: paths[seq] });
            };
            worker.on('message', (msg: { seq: number; json?: string; error?: string }) => {
              if (msg.json === undefined) return reject(new Error(`parsing ${paths[msg.seq] ?? '?'} in a worker thread failed: ${msg.error ?? 'no report'}`));
              results[msg.seq] = reshare(JSON.parse(msg.json) as ParsedReport);
              send();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => (next >= paths.length ? resolve() : reject(new Error(`a parse worker exited with code ${code}`))));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.map((r, i) => r ?? { status: 'missing', error: `no report at ${paths[i] ?? '?'}`, tests: [] });
}

/**
 * Cores this process can expect to have to itself: the available cores less the 1-minute load
 * average. Threads only pay off on idle cores: each costs a warm-up and every report a copy across
 * threads, so on a saturated machine (docs/performance.md: load ~20 on 2 cores) a pool of two
 * parsed at 0.45x the speed of one thread.
 */
export function idleCores(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(cores, Math.floor(cores - load + 0.5)));
}

/** A report cloned across threads holds its own copy of every id: pool them here again. */
function reshare(report: ParsedReport): ParsedReport {
  for (const c of report.tests as Array<{ -readonly [K in keyof TestCase]: TestCase[K] }>) {
    c.id = intern(c.id);
    c.classname = intern(c.classname);
    c.name = intern(c.name);
    if (c.file !== undefined) c.file = intern(c.file);
  }
  return report;
}

/** dist/parse-worker.js beside the CLI bundle, or beside dist/chunks/ for the action's chunks. */
export function locateParseWorker(from: string = import.meta.url): string | null {
  for (const relative of [`./${PARSE_WORKER_FILE}`, `../${PARSE_WORKER_FILE}`]) {
    const candidate = fileURLToPath(new URL(relative, from));
    // Only a bundle: from src/parse/ the neighbour would be the TypeScript source's sibling.
    if (candidate.endsWith(`dist/${PARSE_WORKER_FILE}`) && existsSync(candidate)) return candidate;
  }
  return null;
}
