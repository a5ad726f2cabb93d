// Which test a Node probe record belongs to: the located tests of the innermost test file on its
// stack, else "a test of" another test file (a writer or server that never failed), never support code.
import { describe, expect, it } from 'vitest';
import { attributionFor, fileLevelId, fileLevelLabel, isFileLevel, testsByFile } from '../../../src/explain/probe-attribution.js';
import type { ProbeRecord } from '../../../src/model.js';
import { analysis, run } from './build.js';

const victim = analysis({ file: 'tests/catalog-import.test.js', name: 'imports the latest export' });
const attribution = attributionFor(run('d-001-w4', 4, []), testsByFile([victim]), '/p', null);
const rec = (...files: string[]): ProbeRecord => ({ process: 'js-1', pid: 1, ts: 1, files: files.map((f) => `/p/${f}`), kind: 'write', res: '/p/var/x.json' });

describe('probe attribution (Node records)', () => {
  it('gives a record to the located tests of the innermost test file on its stack, past helpers', () => {
    expect(attribution.testsOf(rec('lib/catalog.js', 'tests/catalog-import.test.js'))).toEqual([victim.id]);
  });

  it('gives a record of a test file whose tests were not located to that file, as no test id', () => {
    const [id] = attribution.testsOf(rec('lib/catalog.js', 'tests/catalog-export.test.js'));
    expect(id).toBe(fileLevelId('tests/catalog-export.test.js'));
    expect(isFileLevel(id ?? '')).toBe(true);
    expect(isFileLevel(victim.id)).toBe(false);
    expect(fileLevelLabel(id ?? '')).toBe('a test of tests/catalog-export.test.js');
    // Mocha and node:test files under test/ need no .test suffix: the outermost one, helpers being inner.
    expect(attribution.testsOf(rec('test/helpers/api.js', 'test/webhooks.js'))).toEqual([fileLevelId('test/webhooks.js')]);
  });

  it('gives nothing to support code: a global set-up, helpers, fixtures', () => {
    expect(attribution.testsOf(rec('tests/support/global-setup.js'))).toEqual([]);
    expect(attribution.testsOf(rec('test/fixtures/server.js'))).toEqual([]);
    expect(attribution.testsOf(rec('lib/catalog.js'))).toEqual([]);
  });
});
