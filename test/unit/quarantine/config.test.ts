// How the quarantine file and new-parallel-only reach the Config (CLI flag = action input).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config.js';

describe('parseConfig: quarantine and new-parallel-only', () => {
  it('uses .flakegate.yml in the working directory when it exists, and nothing otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-q-'));
    expect(parseConfig({}, 'cli', dir).quarantine).toBeUndefined();
    writeFileSync(join(dir, '.flakegate.yml'), 'quarantine: []\n');
    expect(parseConfig({}, 'cli', dir).quarantine).toBe(join(dir, '.flakegate.yml'));
  });

  it('a named file must exist (a typo never silently disables the quarantine)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-q-'));
    expect(() => parseConfig({ quarantine: 'ci/quarantine.yml' }, 'action', dir)).toThrow(
      `input 'quarantine': '${join(dir, 'ci/quarantine.yml')}' does not exist; name an existing YAML file or leave it empty for .flakegate.yml in the working directory`,
    );
    writeFileSync(join(dir, 'q.yml'), '');
    expect(parseConfig({ quarantine: 'q.yml' }, 'cli', dir).quarantine).toBe(join(dir, 'q.yml'));
  });

  it('accepts fail-on new-parallel-only and lists it among the allowed values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-q-'));
    expect(parseConfig({ 'fail-on': 'new-parallel-only' }, 'cli', dir).failOn).toBe('new-parallel-only');
    expect(() => parseConfig({ 'fail-on': 'new' }, 'cli', dir)).toThrow(/allowed: parallel-only, new-parallel-only, flaky, never/);
  });
});
