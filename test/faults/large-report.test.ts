// A huge report must be streamed: flakegate's peak memory may not grow with the report's size.
// The suite compares a 16 MB and a 64 MB report (npm run faults: 500 MB), both under a 48 MB V8
// heap limit; a reader that held the whole file as a string or buffer would grow by at least the
// size difference, so the bound is half of it.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import { bundleProblem } from '../support/cli.js';
import { faultyRun, FULL_SCALE, healthyResultsLost, record, runFault } from './harness.js';

/** A report of `mb` megabytes: testcases of 1 MB of non-ASCII failure text and system-out each. */
function writeBigReport(path: string, mb: number): void {
  const fd = openSync(path, 'w');
  // 'ä' is 2 bytes: 256 Ki of them is half a MB, so each testcase carries 1 MB of text.
  const text = 'ä'.repeat(256 * 1024);
  writeSync(fd, '<?xml version="1.0"?><testsuites><testsuite name="big">');
  for (let i = 0; i < mb; i++) {
    writeSync(fd, `<testcase classname="big" name="t${i}"><failure message="boom">${text}</failure><system-out>${text}</system-out></testcase>`);
  }
  writeSync(fd, '</testsuite></testsuites>');
  closeSync(fd);
}

async function parseBig(mb: number): Promise<{ peak: number; tests: number; parse: string | undefined; lost: number }> {
  const run = await runFault('cp big.xml "$2"', { heapMb: 48, timeout: '5m', prepare: (dir) => writeBigReport(join(dir, 'big.xml'), mb) });
  const faulty = faultyRun(run.report);
  return { peak: run.peakRssMb, tests: faulty?.tests ?? 0, parse: faulty?.parse, lost: healthyResultsLost(run.report) };
}

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

it('peak memory does not grow with the report size (streaming)', async () => {
  const small = await parseBig(16);
  const large = await parseBig(FULL_SCALE ? 500 : 64);
  const mb = FULL_SCALE ? 500 : 64;
  record({
    category: 'reports',
    input: `${mb} MB report`,
    clearStatus: large.parse === 'ok' && large.tests === mb,
    resultsLost: large.lost,
    processesLeft: 0,
    duplicateComments: 0,
    secretsLeaked: 0,
    peakRssMb: large.peak,
    note: `peak RSS ${small.peak} MB at 16 MB, ${large.peak} MB at ${mb} MB, 48 MB heap limit`,
  });
  expect(large.parse).toBe('ok');
  expect(large.tests).toBe(mb);
  expect(large.lost).toBe(0);
  expect(large.peak - small.peak).toBeLessThan((mb - 16) / 2);
}, FULL_SCALE ? 600_000 : undefined);

/** One testcase whose failure `message` attribute is `mib` MiB long, then a normal testcase. */
function writeGiantAttribute(path: string, mib: number): void {
  const fd = openSync(path, 'w');
  const mebibyte = 'a'.repeat(1 << 20);
  writeSync(fd, '<?xml version="1.0"?><testsuites><testsuite name="giant"><testcase classname="c" name="a"><failure message="');
  for (let i = 0; i < mib; i++) writeSync(fd, mebibyte);
  writeSync(fd, '">x</failure></testcase><testcase classname="c" name="b"/></testsuite></testsuites>');
  closeSync(fd);
}

it('a giant attribute is bounded while streaming: salvaged with the cut named, every testcase kept', async () => {
  // npm run faults: 1 GiB, which used to grow to V8's string limit and end in an internal error.
  const mib = FULL_SCALE ? 1024 : 128;
  const run = await runFault('cp giant.xml "$2"', { heapMb: 96, timeout: '10m', prepare: (dir) => writeGiantAttribute(join(dir, 'giant.xml'), mib) });
  const faulty = faultyRun(run.report);
  const cutNamed = /values over their limit were cut while reading: the value of attribute message of <failure> longer than 1048576 characters/.test(faulty?.error ?? '');
  record({
    category: 'reports',
    input: `${mib} MiB attribute value`,
    clearStatus: faulty?.parse === 'salvaged' && faulty.tests === 2 && cutNamed,
    resultsLost: healthyResultsLost(run.report) + (faulty?.tests === 2 ? 0 : 2),
    processesLeft: run.survivors.length,
    duplicateComments: 0,
    secretsLeaked: 0,
    peakRssMb: run.peakRssMb,
    note: `peak RSS ${run.peakRssMb} MB, 96 MB heap limit`,
  });
  expect(run.status, run.stderr.slice(-2000)).toBe(0);
  expect(faulty?.parse).toBe('salvaged');
  expect(faulty?.tests).toBe(2);
  expect(cutNamed, faulty?.error).toBe(true);
  expect(run.peakRssMb).toBeLessThan(mib);
}, FULL_SCALE ? 900_000 : 300_000);
