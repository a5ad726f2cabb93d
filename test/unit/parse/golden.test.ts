// XML -> model golden files: one JSON per sample under test/golden/parse/.
// Regenerate with `UPDATE_GOLDEN=1 npx vitest run test/unit/parse/golden.test.ts` and review the diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { sampleNames, samplePath } from './samples.js';

const GOLDEN_DIR = fileURLToPath(new URL('../../golden/parse/', import.meta.url));

describe('parse golden files', () => {
  it.each(sampleNames())('%s', async (name) => {
    const actual = `${JSON.stringify(await parseJunitFile(samplePath(name)), null, 2)}\n`;
    const golden = `${GOLDEN_DIR}${name.replace(/\//g, '--').replace(/\.xml$/, '.json')}`;
    if (process.env['UPDATE_GOLDEN'] === '1') {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(golden, actual);
    }
    expect(existsSync(golden), `${golden} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });
});
