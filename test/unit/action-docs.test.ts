// action.yml, the README's generated tables and the config parser must agree (STYLE: "a test
// checks that action.yml, the config table and the README agree").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { renderActionDocs, updateReadme } from '../../scripts/action-docs.mjs';

const root = join(import.meta.dirname, '..', '..');
const actionYaml = readFileSync(join(root, 'action.yml'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('action.yml and README', () => {
  it('the README tables are generated from action.yml (run node scripts/action-docs.mjs)', () => {
    expect(updateReadme(readme, renderActionDocs(actionYaml))).toBe(readme);
  });

  it('declares node24, dist/index.js and the contract outputs', () => {
    const action = parse(actionYaml) as { runs: { using: string; main: string }; outputs: Record<string, unknown>; inputs: Record<string, { default?: string }> };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.outputs).sort()).toEqual(['flaky', 'gate', 'parallel-only', 'report-json']);
    for (const input of ['framework', 'command', 'workers', 'iterations', 'timeout-minutes', 'budget-minutes', 'confirm', 'fail-on', 'working-directory', 'comment', 'check-name', 'token']) {
      expect(action.inputs, input).toHaveProperty(input);
    }
  });

  it('its defaults are the config defaults', async () => {
    const { DEFAULTS } = await import('../../src/config.js');
    const action = parse(actionYaml) as { inputs: Record<string, { default?: string }> };
    expect(action.inputs['framework']?.default).toBe(DEFAULTS.framework);
    expect(action.inputs['workers']?.default).toBe(DEFAULTS.workers);
    expect(action.inputs['iterations']?.default).toBe(DEFAULTS.iterations);
    expect(`${action.inputs['timeout-minutes']?.default}m`).toBe(DEFAULTS.timeout);
    expect(action.inputs['fail-on']?.default).toBe(DEFAULTS['fail-on']);
    expect(action.inputs['confirm']?.default).toBe(DEFAULTS.confirm);
    expect(action.inputs['out']?.default).toBe(DEFAULTS.out);
  });
});
