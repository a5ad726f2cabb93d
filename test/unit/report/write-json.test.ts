import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeJsonFile } from '../../../src/write-json-file.js';
import { sampleReport } from './sample-report.js';

const dir = mkdtempSync(join(tmpdir(), 'flakegate-write-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What writeJsonFile wrote for `value`, and what it must equal. */
async function written(value: unknown): Promise<{ actual: string; expected: string }> {
  const path = join(dir, 'out.json');
  await writeJsonFile(path, value);
  return { actual: readFileSync(path, 'utf8'), expected: JSON.stringify(value, null, 2) + '\n' };
}

describe('writeJsonFile', () => {
  it('writes exactly JSON.stringify(value, null, 2) and a newline for a report', async () => {
    const { actual, expected } = await written(sampleReport());
    expect(actual).toBe(expected);
  });

  it('leaves out and nulls what JSON.stringify does, and keeps its special cases', async () => {
    const value = {
      a: undefined,
      f: () => 1,
      s: Symbol('x'),
      empty: {},
      none: [],
      list: [undefined, () => 1, Symbol('y'), null, -0, NaN, Infinity, 'line\nbreak "quoted" \u2028 é 😀', [[{ deep: [1, { x: '\n' }] }]], {}],
      date: new Date(0),
      custom: { toJSON: () => undefined },
      inArray: [{ toJSON: () => undefined }, { toJSON: (key: string) => `key ${key}` }],
      boxed: [Object(1), Object('s'), Object(false)],
      nested: { only: undefined, deeper: { x: [1, 2, { y: 'z' }], n: null } },
      '10': 'integer-like keys first, as JSON.stringify orders them',
      bare: Object.assign(Object.create(null) as object, { k: [1] }),
    };
    const { actual, expected } = await written(value);
    expect(actual).toBe(expected);
  });

  it('handles top-level values that are not plain objects', async () => {
    for (const value of [[], {}, [1, [2, [3, [4]]]], 'text', 42, null, new Date(0), [undefined]]) {
      const { actual, expected } = await written(value);
      expect(actual).toBe(expected);
    }
  });

  it('writes reports larger than one write in several pieces, unchanged', async () => {
    const tests = Array.from({ length: 3000 }, (_, i) => ({ id: `t${i}`, messages: ['x'.repeat(500), `line\n${i}`], stats: { 1: { runs: i } } }));
    const { actual, expected } = await written({ tests, summary: { n: tests.length } });
    expect(actual.length).toBeGreaterThan(1 << 20);
    expect(actual).toBe(expected);
  });
});
