// Giant values are bounded while streaming: an attribute, text, CDATA or comment longer than its
// limit is cut before saxes buffers it, every testcase is still read, and the report says so.
import { describe, expect, it } from 'vitest';
import { createJunitReader } from '../../../src/parse/junit-reader.js';
import { createMarkupGuard } from '../../../src/parse/markup-guard.js';

const LIMITS = { attribute: 1000, text: 2000, ignored: 100, markup: 500 };

/** Feeds `parts` through a reader in 4 KiB chunks (values straddle chunk boundaries). */
function read(parts: readonly string[]) {
  const reader = createJunitReader({ markup: LIMITS });
  const text = parts.join('');
  for (let i = 0; i < text.length; i += 4096) reader.write(text.slice(i, i + 4096));
  return reader.end();
}

describe('markup guard', () => {
  it('passes ordinary markup through unchanged, in any chunking', () => {
    const xml = '<?xml version="1.0"?><!-- c --><testsuites><testsuite name="s&amp;t"><testcase name="a" time="1"><failure message="&lt;x&gt;"><![CDATA[trace]]></failure></testcase></testsuite></testsuites>';
    for (const size of [1, 2, 3, 7, 64]) {
      const guard = createMarkupGuard(LIMITS);
      let out = '';
      for (let i = 0; i < xml.length; i += size) out += guard.filter(xml.slice(i, i + size));
      expect(out, `chunks of ${size}`).toBe(xml);
      expect(guard.cuts()).toEqual([]);
    }
  });

  it('cuts a giant attribute value, keeps every testcase and says which value was cut', () => {
    const report = read(['<testsuites><testsuite name="s">', `<testcase name="a"><failure message="${'m'.repeat(50_000)}"/></testcase>`, '<testcase name="b"/>', '</testsuite></testsuites>']);
    expect(report.status).toBe('salvaged');
    expect(report.tests.map((t) => t.name)).toEqual(['a', 'b']);
    expect(report.tests[0]?.message?.startsWith('m'.repeat(900))).toBe(true);
    expect(report.tests[0]?.message?.length).toBeLessThanOrEqual(1000);
    expect(report.error).toBe('values over their limit were cut while reading: the value of attribute message of <failure> longer than 1000 characters; every testcase was read, with those values cut');
  });

  it('never splits an entity reference at the cut, so the document stays well-formed', () => {
    const value = `${'x'.repeat(998)}&amp;${'y'.repeat(5000)}`;
    const report = read([`<testsuites><testcase name="a"><failure message="${value}"/></testcase><testcase name="b"/></testsuites>`]);
    expect(report.tests.map((t) => t.name)).toEqual(['a', 'b']);
    expect(report.tests[0]?.message?.endsWith('&')).toBe(true);
  });

  it('cuts a giant text node, CDATA section and comment', () => {
    const report = read([`<testsuites><!--${'c'.repeat(5000)}--><testcase name="a"><failure>${'t'.repeat(9000)}</failure><system-out><![CDATA[${'d'.repeat(9000)}]]></system-out></testcase><testcase name="b"/></testsuites>`]);
    expect(report.tests.map((t) => t.name)).toEqual(['a', 'b']);
    expect(report.status).toBe('salvaged');
    expect(report.error).toMatch(/a comment longer than 100 characters; a text longer than 2000 characters; a CDATA section longer than 2000 characters/);
  });

  it('stops at a name or DOCTYPE too long to be real, keeping what came before', () => {
    const long = read(['<testsuites><testcase name="a"/>', `<testcase ${'n'.repeat(2000)}="1"/>`, '</testsuites>']);
    expect(long.status).toBe('salvaged');
    expect(long.tests.map((t) => t.name)).toEqual(['a']);
    expect(long.error).toMatch(/a tag longer than 500 characters \(attribute values not counted\); the rest is not read/);
    const doctype = read([`<!DOCTYPE t [${'<!ENTITY a "b">'.repeat(100)}]><testsuites/>`]);
    expect(doctype.status).toBe('invalid');
    expect(doctype.error).toMatch(/a DOCTYPE longer than 500 characters/);
  });
});
