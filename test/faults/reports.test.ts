// Hostile JUnit reports through the whole CLI: the 2-worker run's report is the hostile one, the
// 1-worker run's is healthy. Each must give that run a clear parse status without a hang or a
// crash, keep the healthy run's results, never count unreported tests as passed, and never expand
// entities or read files. Parser details per input are in test/unit/parse/{hostile,salvage}.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleProblem } from '../support/cli.js';
import { faultyRun, GOOD_REPORT, healthyResultsLost, record, reportedAsPassed, runFault } from './harness.js';

const CANARY = `canary-${Math.random().toString(36).slice(2)}`;
const wrap = (cases: string): string => `<?xml version="1.0"?><testsuites><testsuite name="s">${cases}</testsuite></testsuites>`;
const failing = (name: string, message: string): string =>
  `<testcase classname="c" name="${name}"><failure message="x">${message}</failure></testcase>`;
/** Deterministic pseudo-random bytes (xorshift), so the garbage is the same on every run. */
function garbage(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

interface ReportCase {
  readonly input: string;
  readonly bytes: (dir: string) => Buffer | string;
  /** Parse statuses that describe this input truthfully. */
  readonly statuses: readonly string[];
}

const cut = (at: number): Buffer => Buffer.from(GOOD_REPORT).subarray(0, at);
const firstCaseEnd = GOOD_REPORT.indexOf('/>') + 2;

const CASES: readonly ReportCase[] = [
  { input: 'zero-byte report', bytes: () => '', statuses: ['empty'] },
  { input: 'whitespace only', bytes: () => ' \n\t\r\n ', statuses: ['empty'] },
  { input: 'BOM only', bytes: () => '\uFEFF', statuses: ['empty'] },
  { input: 'binary garbage (64 KiB)', bytes: () => garbage(65_536), statuses: ['invalid'] },
  { input: 'non-UTF-8 (Latin-1) message', bytes: () => Buffer.concat([Buffer.from(wrap('<testcase classname="c" name="a"/>') .slice(0, -25)), Buffer.from([0x3c, 0x74, 0x65, 0x73, 0x74, 0x63, 0x61, 0x73, 0x65, 0x20, 0x63, 0x6c, 0x61, 0x73, 0x73, 0x6e, 0x61, 0x6d, 0x65, 0x3d, 0x22, 0x63, 0x22, 0x20, 0x6e, 0x61, 0x6d, 0x65, 0x3d, 0x22, 0x62, 0x22, 0x3e, 0x3c, 0x66, 0x61, 0x69, 0x6c, 0x75, 0x72, 0x65, 0x3e, 0xe9, 0xff, 0xfe, 0x3c, 0x2f, 0x66, 0x61, 0x69, 0x6c, 0x75, 0x72, 0x65, 0x3e, 0x3c, 0x2f, 0x74, 0x65, 0x73, 0x74, 0x63, 0x61, 0x73, 0x65, 0x3e]), Buffer.from('</testsuite></testsuites>')]), statuses: ['ok'] },
  { input: 'UTF-8 BOM before a valid report', bytes: () => `\uFEFF${GOOD_REPORT}`, statuses: ['ok'] },
  { input: 'UTF-16LE with BOM', bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_REPORT, 'utf16le')]), statuses: ['ok'] },
  { input: 'raw control characters and NUL in a message', bytes: () => wrap(`<testcase classname="c" name="a"/>${failing('b', 'bell\u0007 nul\u0000 esc\u001b[31m del\u007f')}`), statuses: ['ok', 'salvaged'] },
  { input: '200,000-deep nesting', bytes: () => wrap(`<testcase classname="c" name="a"/><testcase classname="c" name="b"><system-out>${'<x>'.repeat(200_000)}${'</x>'.repeat(200_000)}</system-out></testcase>`), statuses: ['ok', 'salvaged', 'invalid'] },
  { input: 'billion laughs', bytes: () => `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY l0 "ha">${Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>${wrap(`<testcase classname="c" name="a"/>${failing('b', '&l9;')}`).replace('<?xml version="1.0"?>', '')}`, statuses: ['salvaged', 'invalid'] },
  { input: 'quadratic blowup (50 KB entity x 20,000 refs)', bytes: () => `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY big "${'q'.repeat(50_000)}">]>${wrap(`<testcase classname="c" name="a"/>${failing('b', '&big;'.repeat(20_000))}`).replace('<?xml version="1.0"?>', '')}`, statuses: ['salvaged', 'invalid'] },
  { input: 'XXE external entity (file://)', bytes: (dir) => `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file://${join(dir, 'canary.txt')}">]>${wrap(`<testcase classname="c" name="a"/>${failing('b', '&xxe;')}`).replace('<?xml version="1.0"?>', '')}`, statuses: ['salvaged', 'invalid'] },
  { input: 'XXE parameter entity', bytes: (dir) => `<?xml version="1.0"?><!DOCTYPE t [<!ENTITY % p SYSTEM "file://${join(dir, 'canary.txt')}"> %p;]>${wrap('<testcase classname="c" name="a"/><testcase classname="c" name="b"/>').replace('<?xml version="1.0"?>', '')}`, statuses: ['ok', 'salvaged', 'invalid'] },
  { input: 'truncated inside the XML declaration', bytes: () => cut(10), statuses: ['invalid', 'empty'] },
  { input: 'truncated after the first testcase', bytes: () => cut(firstCaseEnd), statuses: ['salvaged'] },
  { input: 'truncated inside the second testcase', bytes: () => cut(firstCaseEnd + 20), statuses: ['salvaged'] },
  { input: 'truncated before the closing root tag', bytes: () => cut(GOOD_REPORT.length - 5), statuses: ['salvaged'] },
  { input: 'duplicate test ids', bytes: () => wrap('<testcase classname="c" name="a"/><testcase classname="c" name="a"/><testcase classname="c" name="b"/>'), statuses: ['ok'] },
  { input: 'testcases with no name', bytes: () => wrap('<testcase classname="c" name="a"/><testcase classname="c" name="b"/><testcase classname="c"/><testcase/>'), statuses: ['ok', 'salvaged'] },
  { input: '1 MB test name', bytes: () => wrap(`<testcase classname="c" name="a"/><testcase classname="c" name="b"/><testcase classname="c" name="${'n'.repeat(1_000_000)}"/>`), statuses: ['ok', 'salvaged'] },
  { input: '20 MB failure message', bytes: () => wrap(`<testcase classname="c" name="a"/>${failing('b', 'm'.repeat(20_000_000))}`), statuses: ['ok'] },
];

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

describe('hostile reports keep every result and get a clear status', () => {
  it.each(CASES)('$input', async ({ input, bytes, statuses }) => {
    const run = await runFault('cp fault.xml "$2"', {
      prepare: (dir) => {
        writeFileSync(join(dir, 'canary.txt'), CANARY);
        writeFileSync(join(dir, 'fault.xml'), bytes(dir));
      },
    });
    const faulty = faultyRun(run.report);
    const reportText = run.report === null ? '' : readFileSync(join(run.out, 'report.json'), 'utf8');
    const clean = faulty?.parse === 'ok';
    // A non-ok status must say why; an unreadable report must never count as passing tests.
    const clear =
      run.status === 0 && faulty !== undefined && statuses.includes(faulty.parse) &&
      (clean || (faulty.error ?? '').length > 0) &&
      (!['empty', 'invalid', 'missing'].includes(faulty.parse) || !reportedAsPassed(run.report));
    const leaked = reportText.includes(CANARY) ? 1 : 0;
    record({ category: 'reports', input, clearStatus: clear, resultsLost: healthyResultsLost(run.report), processesLeft: run.survivors.length, duplicateComments: 0, secretsLeaked: leaked, peakRssMb: run.peakRssMb });

    expect(run.status, run.stderr).toBe(0);
    expect(statuses).toContain(faulty?.parse);
    if (!clean) expect(faulty?.error).toMatch(/\S/);
    expect(healthyResultsLost(run.report)).toBe(0);
    expect(leaked).toBe(0);
    // Bounded: no entity expansion or unbounded name/message reaches report.json.
    expect(statSync(join(run.out, 'report.json')).size).toBeLessThan(4_000_000);
    if (['empty', 'invalid'].includes(faulty?.parse ?? '')) expect(reportedAsPassed(run.report)).toBe(false);
  });
});
