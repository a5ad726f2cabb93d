// Inputs a test run can leave behind, by accident or on purpose.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createJunitReader } from '../../../src/parse/junit-reader.js';
import { junit, parseXml } from './parse-string.js';

describe('empty and non-XML input', () => {
  it.each([
    ['no bytes', ''],
    ['whitespace only', ' \n\t\r\n  '],
    ['a BOM only', '\uFEFF'],
  ])('%s is empty', (_label, text) => {
    expect(parseXml(text)).toEqual({ status: 'empty', error: 'the report is empty (no bytes or only whitespace)', tests: [] });
  });

  it('plain text is invalid with a clear error', () => {
    expect(parseXml('this is not an xml file')).toEqual({
      status: 'invalid',
      error: 'not XML at line 1, column 24: text data outside of root node.',
      tests: [],
    });
  });

  it('an XML declaration alone is invalid (no root), not empty', () => {
    expect(parseXml('<?xml version="1.0"?>\n')).toMatchObject({ status: 'invalid' });
  });

  it('a well-formed document whose root is not JUnit is invalid', () => {
    const report = parseXml('<html><body><testcase name="x"/></body></html>');
    expect(report.status).toBe('invalid');
    expect(report.error).toContain('the root element <html> is not <testsuites> or <testsuite>');
  });

  it('a root <testsuites> with no testcases is ok and empty of tests, a bare <testsuite/> too', () => {
    expect(parseXml('<testsuites></testsuites>')).toEqual({ status: 'ok', tests: [] });
    expect(parseXml('<testsuite name="x" tests="0"/>')).toEqual({ status: 'ok', tests: [] });
  });

  it('garbage after a complete report keeps every test, as salvaged', () => {
    const report = parseXml(`${junit('<testcase name="a"/>')}GARBAGE`);
    expect(report.status).toBe('salvaged');
    expect(report.tests).toHaveLength(1);
  });
});

describe('encodings and illegal characters', () => {
  it('a UTF-8 BOM is ignored, as bytes and as text', () => {
    const xml = junit('<testcase name="a"/>');
    const expected = parseXml(xml);
    expect(parseXml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]))).toEqual(expected);
    expect(parseXml(`\uFEFF${xml}`)).toEqual(expected);
  });

  it('UTF-16 with a BOM is decoded', () => {
    const xml = junit('<testcase name="ä"/>');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect(parseXml(le, {}, 1).tests[0]?.name).toBe('ä');
  });

  it('bytes that are not UTF-8 (Latin-1) are replaced, not fatal', () => {
    const xml = Buffer.from(junit('<testcase name="caf\u00e9"/>'), 'latin1');
    expect(parseXml(xml)).toMatchObject({ status: 'ok', tests: [{ name: 'caf\uFFFD' }] });
  });

  it('raw control characters and NUL are replaced by U+FFFD', () => {
    const report = parseXml(junit('<testcase name="a\u0000b"><failure message="\u001b[31m">\u0007bell</failure></testcase>'));
    expect(report).toMatchObject({ status: 'ok', tests: [{ name: 'a\uFFFDb', message: '\uFFFD[31m', details: '\uFFFDbell' }] });
  });

  it('lone surrogates in string input are replaced; valid pairs are kept', () => {
    const report = parseXml(junit('<testcase name="x\uD800y 😀"/>'));
    expect(report.tests[0]?.name).toBe('x\uFFFDy 😀');
  });
});

describe('entities', () => {
  it('XXE: an external entity is never resolved (the file is not read)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'flakegate-xxe-'));
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, 'FLAKEGATE-XXE-SECRET');
    const xml = `<?xml version="1.0"?>
<!DOCTYPE testsuites [<!ENTITY xxe SYSTEM "${pathToFileURL(secret).href}"><!ENTITY pw SYSTEM "file:///etc/passwd">]>
<testsuites><testsuite name="s"><testcase name="before"/><testcase name="&xxe;&pw;"><failure message="&xxe;">&pw;</failure></testcase></testsuite></testsuites>`;
    const report = parseXml(xml);
    const printed = JSON.stringify(report);
    expect(printed).not.toContain('FLAKEGATE-XXE-SECRET');
    expect(printed).not.toContain('root:');
    expect(report.status).toBe('salvaged');
    expect(report.tests.map((t) => t.name)).toEqual(['before']);
    expect(report.error).toContain('undefined entity');
  });

  it('billion laughs: DTD entities are not expanded, the reference is an error', () => {
    const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lols}]><testsuites><testcase name="&lol9;"/></testsuites>`;
    const report = parseXml(xml);
    expect(report.status).toBe('invalid');
    expect(report.error).toContain('undefined entity');
    expect(JSON.stringify(report).length).toBeLessThan(1000);
  });

  it('the five predefined entities and character references are decoded', () => {
    const report = parseXml(junit('<testcase name="&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#x41;&#66;"/>'));
    expect(report.tests[0]?.name).toBe('<a> & "b" \'c\' AB');
  });
});

describe('size and depth', () => {
  it('200,000 nested elements stop at the depth cap without a stack overflow', () => {
    const depth = 200_000;
    const xml = `<testsuites><testcase name="ok"/>${'<testsuite>'.repeat(depth)}${'</testsuite>'.repeat(depth)}</testsuites>`;
    const report = parseXml(xml);
    expect(report.status).toBe('salvaged');
    expect(report.tests.map((t) => t.name)).toEqual(['ok']);
    expect(report.error).toContain('nested deeper than 1000 levels');
  });

  it('200,000 nested elements inside a testcase, written in chunks', () => {
    const depth = 200_000;
    const xml = junit(`<testcase name="deep">${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</testcase>`);
    const reader = createJunitReader();
    for (let i = 0; i < xml.length; i += 65_536) reader.write(xml.slice(i, i + 65_536));
    expect(reader.stopped).toBe(true);
    expect(reader.end().status).toBe('invalid');
  });

  it('a deep but allowed nesting is read', () => {
    const xml = `<testsuites>${'<testsuite name="n">'.repeat(50)}<testcase name="t"/>${'</testsuite>'.repeat(50)}</testsuites>`;
    const report = parseXml(xml, { maxDepth: 60 });
    expect(report.status).toBe('ok');
    expect(report.tests[0]).toMatchObject({ classname: 'n', name: 't' });
  });

  it('a huge message and stack are capped, keeping the start and noting the cut', () => {
    const message = `START${'m'.repeat(100_000)}`;
    const stack = `TRACE${'s'.repeat(1_000_000)}`;
    const report = parseXml(junit(`<testcase name="big"><failure message="${message}">${stack}</failure></testcase>`), {}, 4096);
    const test = report.tests[0];
    expect(test?.message?.startsWith('STARTmmm')).toBe(true);
    expect(test?.message).toMatch(/… \[truncated: 95909 more characters\]$/);
    expect(test?.message?.length).toBeLessThan(4200);
    expect(test?.details?.startsWith('TRACEsss')).toBe(true);
    expect(test?.details).toMatch(/… \[truncated: 983621 more characters\]$/);
    expect(test?.details?.length).toBeLessThan(16_500);
  });

  it('system-out is bounded and only feeds details of a failure without its own text', () => {
    const out = 'o'.repeat(50_000);
    const report = parseXml(
      junit(
        `<testcase name="passes"><system-out>${out}</system-out></testcase>` +
          `<testcase name="bare"><failure/><system-out>${out}</system-out><system-err>boom</system-err></testcase>` +
          `<testcase name="own"><failure>own stack</failure><system-out>noise</system-out></testcase>`,
      ),
    );
    const [passes, bare, own] = report.tests;
    expect(passes?.details).toBeUndefined();
    expect(bare?.details?.length).toBeLessThan(16_500);
    expect(bare?.details?.startsWith('oooo')).toBe(true);
    expect(own?.details).toBe('own stack');
  });

  it('a report-wide text budget: once spent, later tests keep a short message and no details', () => {
    const failing = (i: number): string => `<testcase name="t${i}"><failure message="${'m'.repeat(300)}">${'d'.repeat(400)}</failure></testcase>`;
    const report = parseXml(junit([0, 1, 2].map(failing).join('')), { textBudget: 1500 });
    const [first, second, third] = report.tests;
    expect(first?.details).toHaveLength(400);
    expect(second?.details).toHaveLength(400);
    expect(third?.details).toBeUndefined();
    expect(third?.message).toMatch(/^m{200}\n… \[truncated: 100 more characters\]$/);
    expect(third?.outcome).toBe('failed');
  });

  it('retry attempts per testcase are capped', () => {
    const retries = '<rerunFailure message="r"/>'.repeat(500);
    const report = parseXml(junit(`<testcase name="t">${retries}<failure message="f"/></testcase>`));
    expect(report.tests[0]?.attempts).toHaveLength(100);
  });
});

describe('error wording', () => {
  it.each([
    ['<?xml version="1.0"?>\n', 'no root element: the report has no XML elements (line 2, column 1)'],
    ['<suites/>', 'the root element <suites> is not <testsuites> or <testsuite>, so this is not a JUnit report (line 1, column 10)'],
    ['<testsuites/><x/>', 'malformed XML at line 1, column 17: documents may contain only one root.'],
    ['<testsuites><testcase name="a" name="b"/></testsuites>', 'malformed XML at line 1, column 42: duplicate attribute: name.'],
  ])('%j', (xml, error) => {
    expect(parseXml(xml).error).toBe(error);
  });
});
