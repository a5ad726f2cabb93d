// The probe reader is a trust boundary: the files are written by code under test.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProbeLine } from '../../../src/parse/probe-line.js';
import { MAX_PROBE_FILE_BYTES, MAX_PROBE_FILES, MAX_PROBE_LINES, probeWarnings, readProbeDir } from '../../../src/parse/probe-reader.js';
import type { RunResult } from '../../../src/model.js';

const line = (o: Record<string, unknown>): string => JSON.stringify({ v: 1, ts: 1_700_000_000_000, pid: 42, test: 'tests/test_a.py::test_a', kind: 'listen', res: '127.0.0.1:47210', ...o });
const dir = (): string => mkdtempSync(join(tmpdir(), 'fg-probe-'));

describe('parseProbeLine', () => {
  it('accepts the pinned format and keeps the process from the file name', () => {
    expect(parseProbeLine(line({ worker: 'gw1', err: 'EADDRINUSE' }), 'py-42')).toEqual({
      record: { process: 'py-42', pid: 42, ts: 1_700_000_000_000, kind: 'listen', res: '127.0.0.1:47210', err: 'EADDRINUSE', worker: 'gw1', test: 'tests/test_a.py::test_a' },
    });
    const node = parseProbeLine(JSON.stringify({ v: 1, ts: 1, pid: 7, files: ['/p/test/a.test.js'], kind: 'write', res: '/tmp/x.json' }), 'js-7-1');
    expect(node).toMatchObject({ record: { process: 'js-7-1', files: ['/p/test/a.test.js'], kind: 'write' } });
  });

  it.each([
    ['not JSON', 'hello', 'not a JSON object'],
    ['an array', '[1,2]', 'not a JSON object'],
    ['deep nesting', `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`, 'nested too deep'],
    ['a very long line', line({ worker: 'x'.repeat(40_000) }), 'too long'],
    ['an unknown field', line({ extra: 1 }), 'unknown field'],
    ['another version', line({ v: 2 }), 'bad v'],
    ['a string ts', line({ ts: '1' }), 'bad ts'],
    ['a fractional pid', line({ pid: 1.5 }), 'bad pid'],
    ['an unknown kind', line({ kind: 'exec' }), 'bad kind'],
    ['port 0', line({ res: '127.0.0.1:0' }), 'bad res'],
    ['a port above 65535', line({ res: '127.0.0.1:70000' }), 'bad res'],
    ['a relative path', line({ kind: 'write', res: 'data/x.db' }), 'bad res'],
    ['an over-long path', line({ kind: 'write', res: `/${'a'.repeat(1100)}` }), 'bad res'],
    ['an env name with =', line({ kind: 'setenv', res: 'A=B' }), 'bad res'],
    ['an err that is no errno code', line({ err: 'rm -rf /' }), 'bad err'],
    ['a number as test', line({ test: 5 }), 'bad test'],
    ['nine stack files', line({ test: undefined, files: Array.from({ length: 9 }, (_, i) => `/p/${i}.js`) }), 'bad files'],
    ['a relative stack file', line({ test: undefined, files: ['a.js'] }), 'bad files'],
    ['neither test nor files', line({ test: undefined }), 'no test and no files'],
  ])('refuses %s', (_what, text, problem) => {
    expect(parseProbeLine(text, 'py-42')).toEqual({ problem });
  });
});

describe('readProbeDir', () => {
  it('is undefined without a directory (the probe was off)', async () => {
    expect(await readProbeDir(join(dir(), 'probe'))).toBeUndefined();
  });

  it('reads valid lines and counts the refused ones, never throwing', async () => {
    const d = dir();
    writeFileSync(join(d, 'py-42.jsonl'), [line({}), 'garbage', line({ kind: 'nope' }), line({ kind: 'sqlite', res: '/p/var/app.db' })].join('\n') + '\n');
    writeFileSync(join(d, 'notes.txt'), 'not a probe file');
    const probe = await readProbeDir(d);
    expect(probe?.records.map((r) => r.kind)).toEqual(['listen', 'sqlite']);
    expect(probe?.files).toBe(1);
    expect(probe?.rejected).toBe(3);
    expect(probe?.problems.join('; ')).toMatch(/not a JSON object.*bad kind|bad kind.*not a JSON object/);
    const run = { record: { id: 'd-001-w4' }, cases: [], probe } as unknown as RunResult;
    expect(probeWarnings([run])).toEqual([expect.stringMatching(/^run d-001-w4: resource probe: 3 refused .*the 2 valid records were used$/)]);
  });

  it('reads binary junk as refused lines', async () => {
    const d = dir();
    writeFileSync(join(d, 'py-1.jsonl'), Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x0a, 0x80, 0x81, 0x0a]));
    const probe = await readProbeDir(d);
    expect(probe).toMatchObject({ records: [], files: 1, rejected: 2 });
  });

  it('does not follow a symlinked probe file or directory out of the run directory', async () => {
    const outside = dir();
    writeFileSync(join(outside, 'secret.jsonl'), `${line({})}\n`);
    const d = dir();
    symlinkSync(join(outside, 'secret.jsonl'), join(d, 'py-9.jsonl'));
    const probe = await readProbeDir(d);
    expect(probe).toMatchObject({ records: [], files: 0, rejected: 1 });
    expect(probe?.problems[0]).toMatch(/not a regular file/);
    const linked = join(dir(), 'probe');
    symlinkSync(outside, linked);
    expect(await readProbeDir(linked)).toMatchObject({ records: [], files: 0, rejected: 1 });
  });

  it('reads at most MAX_PROBE_FILES files and MAX_PROBE_LINES lines of a file', async () => {
    const d = dir();
    for (let i = 1; i <= MAX_PROBE_FILES + 3; i++) writeFileSync(join(d, `py-${i}.jsonl`), `${line({ pid: i })}\n`);
    const many = await readProbeDir(d);
    expect(many?.files).toBe(MAX_PROBE_FILES);
    expect(many?.rejected).toBe(3);
    const e = dir();
    writeFileSync(join(e, 'py-5.jsonl'), Array.from({ length: MAX_PROBE_LINES + 10 }, (_, i) => line({ ts: i })).join('\n'));
    const long = await readProbeDir(e);
    expect(long?.records.length).toBe(MAX_PROBE_LINES);
    expect(long?.rejected).toBe(10);
  });

  it('reads whole lines of the first MAX_PROBE_FILE_BYTES of an oversize file', async () => {
    const d = dir();
    // Long lines, so the byte bound is reached before the line bound.
    const one = `${line({ test: `tests/test_a.py::test_${'a'.repeat(600)}` })}\n`;
    const count = Math.ceil((MAX_PROBE_FILE_BYTES + 5000) / one.length);
    writeFileSync(join(d, 'js-3-1.jsonl'), one.repeat(count));
    const probe = await readProbeDir(d);
    expect(probe?.records.length).toBe(Math.floor(MAX_PROBE_FILE_BYTES / one.length));
    expect(probe?.problems.join(' ')).toMatch(/over 2097152 bytes/);
  });

  it('refuses a directory where a probe file should be', async () => {
    const d = dir();
    mkdirSync(join(d, 'py-3.jsonl'));
    expect(await readProbeDir(d)).toMatchObject({ records: [], rejected: 1 });
  });
});
