// Chunk boundaries must not change the result: characters split across chunks (multi-byte
// UTF-8, surrogate pairs, CRLF, illegal characters) are reassembled before saxes sees them.
import { describe, expect, it } from 'vitest';
import { parseXml, junit } from './parse-string.js';
import { sampleBytes, sampleNames } from './samples.js';

describe('feeding a report in pieces gives the same result as feeding it whole', () => {
  it.each(sampleNames())('%s one byte at a time', (name) => {
    const bytes = sampleBytes(name);
    expect(parseXml(bytes, {}, 1)).toEqual(parseXml(bytes));
  });

  it.each(sampleNames())('%s in 7-byte chunks and as one string', (name) => {
    const bytes = sampleBytes(name);
    const whole = parseXml(bytes);
    expect(parseXml(bytes, {}, 7)).toEqual(whole);
    expect(parseXml(bytes.toString('utf8'))).toEqual(whole);
  });

  it('string chunks split inside a surrogate pair and between CR and LF', () => {
    const xml = junit('<testcase name="emoji 😀 ok"><failure message="a\r\nb">x\r\ny</failure></testcase>').replace(/\n/g, '\r\n');
    const whole = parseXml(xml);
    expect(whole.tests[0]?.name).toBe('emoji 😀 ok');
    for (let size = 1; size <= 5; size++) expect(parseXml(xml, {}, size)).toEqual(whole);
  });

  it('raw ESC at a chunk boundary is replaced, not a parse error', () => {
    const xml = junit('<testcase name="t"><failure message="\u001b[31mred\u001b[0m">\u001b</failure></testcase>');
    const one = parseXml(Buffer.from(xml), {}, 1);
    expect(one.status).toBe('ok');
    expect(one.tests[0]?.message).toBe('\uFFFD[31mred\uFFFD[0m');
    expect(one).toEqual(parseXml(xml));
  });
});
