import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { junit } from './parse-string.js';

const dir = mkdtempSync(join(tmpdir(), 'flakegate-read-file-'));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('parseJunitFile', () => {
  it('a missing file is `missing`', async () => {
    const path = join(dir, 'nope.xml');
    expect(await parseJunitFile(path)).toEqual({ status: 'missing', error: `no report at ${path}`, tests: [] });
  });

  it('a zero-byte file is `empty`, a whitespace file too', async () => {
    expect((await parseJunitFile(write('zero.xml', ''))).status).toBe('empty');
    expect((await parseJunitFile(write('blank.xml', '\n \n'))).status).toBe('empty');
  });

  it('a directory is `invalid` with the reason', async () => {
    const report = await parseJunitFile(dir);
    expect(report.status).toBe('invalid');
    expect(report.error).toContain('EISDIR');
  });

  it('streams a large report (many chunks) to the same result as its parts', async () => {
    const cases = Array.from({ length: 20_000 }, (_, i) => `<testcase classname="big" name="t${i}" time="0.001"><system-out>${'x'.repeat(40)}</system-out></testcase>`);
    const report = await parseJunitFile(write('big.xml', junit(cases.join('\n'))));
    expect(report.status).toBe('ok');
    expect(report.tests).toHaveLength(20_000);
    expect(report.tests[19_999]).toEqual({ id: '::big::t19999', classname: 'big', name: 't19999', outcome: 'passed', durationMs: 1 });
  });

  it('a report broken early is not read to the end', async () => {
    const tail = '<testcase name="never"/>'.repeat(100_000);
    const report = await parseJunitFile(write('broken.xml', `<testsuites><testcase name="a"/><oops x="1" x="2"/>${tail}</testsuites>`));
    expect(report).toMatchObject({ status: 'salvaged', tests: [{ name: 'a' }] });
  });
});
