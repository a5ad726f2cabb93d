// Truncated reports (a run killed while writing) keep every testcase completed before the cut.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { TestCase } from '../../../src/model.js';
import { replaceIllegalXmlChars } from '../../../src/parse/chunk-decoder.js';
import { parseXml } from './parse-string.js';
import { sampleBytes } from './samples.js';

/** Byte offsets just after each `</testcase>` / `<testcase/>`, and after the root's end tag, found independently with saxes. */
function closings(bytes: Buffer): { cases: number[]; root: number } {
  const text = bytes.toString('utf8');
  const parser = new SaxesParser({ position: true });
  const cases: number[] = [];
  let root = -1;
  let depth = 0;
  const toBytes = (chars: number): number => Buffer.byteLength(text.slice(0, chars), 'utf8');
  parser.on('opentag', () => depth++);
  parser.on('closetag', (tag) => {
    depth--;
    if (tag.name === 'testcase') cases.push(toBytes(parser.position));
    if (depth === 0) root = toBytes(parser.position);
  });
  // Same replacement as the reader (one UTF-16 unit for one), so positions still match `text`.
  parser.write(replaceIllegalXmlChars(text)).close();
  return { cases, root };
}

const withoutOccurrence = (tests: readonly TestCase[]): Omit<TestCase, 'occurrence'>[] =>
  tests.map(({ occurrence: _occurrence, ...rest }) => rest);

// Every byte for the small samples; for the others every 11th byte plus every byte around each
// testcase end and the root end, where off-by-one mistakes would show (keeps the suite fast).
const EVERY_BYTE = new Set(['gotestsum/gotestsum1.8.2-go1.19.xml', 'handmade/surefire-retries.xml']);

function offsets(length: number, cases: readonly number[], root: number, name: string): number[] {
  const all = Array.from({ length: length + 1 }, (_, i) => i);
  if (EVERY_BYTE.has(name)) return all;
  const near = (i: number): boolean => [...cases, root].some((end) => Math.abs(end - i) <= 3);
  return all.filter((i) => i % 11 === 0 || near(i) || i === length);
}

const SAMPLES = [
  'pytest/pytest9-xunit2.xml',
  'node-test/node20-test-reporter-junit.xml',
  'jest-junit/jest30-jest-junit17-default.xml',
  'playwright/playwright1.65-junit-includeRetries.xml',
  'gotestsum/gotestsum1.8.2-go1.19.xml',
  'handmade/surefire-retries.xml',
];

describe('truncated at many byte offsets', () => {
  it.each(SAMPLES)('%s', (name) => {
    const bytes = sampleBytes(name);
    const full = parseXml(bytes);
    const { cases, root } = closings(bytes);
    expect(full.status).toBe('ok');
    expect(cases.length).toBe(full.tests.length);
    const wrong: string[] = [];
    const fullTests = withoutOccurrence(full.tests).map((t) => JSON.stringify(t));
    for (const cut of offsets(bytes.length, cases, root, name)) {
      const report = parseXml(bytes.subarray(0, cut));
      const complete = cases.filter((end) => end <= cut).length;
      const kept = withoutOccurrence(report.tests).map((t) => JSON.stringify(t));
      const status = cut >= root ? ['ok'] : complete > 0 ? ['salvaged'] : ['invalid', 'empty'];
      const located = report.status === 'empty' || report.status === 'ok' || /line \d+, column \d+/.test(report.error ?? '');
      // Deep-compare as JSON strings: thousands of cuts, and a failure lists every bad cut at once.
      if (kept.join() !== fullTests.slice(0, complete).join() || !status.includes(report.status) || !located) {
        wrong.push(`cut at byte ${cut}: ${report.status} with ${report.tests.length} tests (${report.error ?? ''})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('says where it broke and how many testcases it kept', () => {
    const xml = '<testsuites><testsuite name="s">\n<testcase name="a"/>\n<testcase name="b"><failure message="x">stack';
    expect(parseXml(xml)).toMatchObject({
      status: 'salvaged',
      error: 'truncated report: it ends inside <failure> (line 3, column 46); kept the 1 testcase(s) completed before it',
      tests: [{ name: 'a', outcome: 'passed' }],
    });
  });

  it('a malformed middle keeps what came before and nothing after', () => {
    const xml = '<testsuites><testcase name="a"/><testcase name="b" x="1" x="2"/><testcase name="c"/></testsuites>';
    const report = parseXml(xml);
    expect(report.status).toBe('salvaged');
    expect(report.tests.map((t) => t.name)).toEqual(['a']);
    expect(report.error).toMatch(/^malformed XML at line 1, column \d+: /);
  });
});
