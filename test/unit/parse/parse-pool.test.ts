// Worker-thread parsing (analyze, the aggregate) gives exactly what the serial reader gives, in
// the order asked, using the shipped worker bundle dist/parse-worker.js.
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { locateParseWorker, parseJunitFiles } from '../../../src/parse/parse-pool.js';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { bundleProblem, ROOT } from '../../support/cli.js';
import { sampleNames, samplePath } from './samples.js';

const WORKER = join(ROOT, 'dist', 'parse-worker.js');

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

describe('parseJunitFiles', () => {
  // Every sample, twice, plus a missing file: more files than threads, in a mixed order.
  const paths = [...sampleNames(), ...sampleNames().reverse()].map(samplePath);
  paths.splice(7, 0, join(ROOT, 'no-such-report.xml'));

  it('returns, thread by thread, what the serial path returns, in order', async () => {
    const serial = [];
    for (const p of paths) serial.push(await parseJunitFile(p));
    const pooled = await parseJunitFiles(paths, { threads: 3, workerPath: WORKER });
    expect(pooled).toEqual(serial);
    expect(JSON.stringify(pooled)).toBe(JSON.stringify(serial));
  });

  it('uses only the cores the load leaves idle', async () => {
    const { idleCores } = await import('../../../src/parse/parse-pool.js');
    expect(idleCores(2, 0.1)).toBe(2);
    expect(idleCores(4, 1.6)).toBe(2);
    expect(idleCores(2, 20)).toBe(1);
  });

  it('parses on this thread without a worker bundle, and finds the bundle beside dist/cli.js', async () => {
    expect(await parseJunitFiles(paths.slice(0, 3), { workerPath: null })).toEqual(await parseJunitFiles(paths.slice(0, 3), { threads: 1 }));
    expect(locateParseWorker(new URL(`file://${join(ROOT, 'dist', 'cli.js')}`).href)).toBe(WORKER);
    expect(locateParseWorker(new URL(`file://${join(ROOT, 'dist', 'chunks', 'x.js')}`).href)).toBe(WORKER);
    expect(locateParseWorker(import.meta.url)).toBeNull();
  });
});
