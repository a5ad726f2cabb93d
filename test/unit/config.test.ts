import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, parseDuration, parseWorkers } from '../../src/config.js';

const base = mkdtempSync(join(tmpdir(), 'fg-config-'));

describe('parseConfig', () => {
  it('applies defaults and resolves directories', () => {
    const c = parseConfig({}, 'cli', base);
    expect(c).toMatchObject({ framework: 'auto', command: null, workers: [1, 2, 4], iterations: 5, timeoutMs: 600_000, budgetMs: null, confirm: true, failOn: 'parallel-only', cwd: base, out: join(base, '.flakegate') });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('treats a command without a framework as custom and validates the template', () => {
    expect(parseConfig({ command: 'pytest -n {workers} --junitxml={junit}' }, 'cli', base).framework).toBe('custom');
    expect(() => parseConfig({ command: 'pytest -n {workers}' }, 'cli', base)).toThrow(/--command.*\{junit\}/s);
    expect(() => parseConfig({ framework: 'custom' }, 'action', base)).toThrow(/input 'command'/);
    expect(() => parseConfig({ framework: 'jest', command: 'x {workers} {junit}' }, 'cli', base)).toThrow(ConfigError);
  });

  it('names the input, the value and what is allowed', () => {
    expect(() => parseConfig({ framework: 'nose' }, 'cli', base)).toThrow("--framework: unknown framework 'nose'; allowed: auto, pytest, jest, vitest, node, mocha, go, custom");
    expect(() => parseConfig({ 'fail-on': 'sometimes' }, 'action', base)).toThrow(/input 'fail-on'.*'sometimes'.*parallel-only, flaky, never/);
    expect(() => parseConfig({ iterations: '0' }, 'cli', base)).toThrow(/--iterations: '0'/);
    expect(() => parseConfig({ confirm: 'maybe' }, 'cli', base)).toThrow(/--confirm: 'maybe' is not a boolean/);
    expect(() => parseConfig({ cwd: 'nope' }, 'action', base)).toThrow(/input 'working-directory'/);
    expect(() => parseConfig({ timeout: 'soon' }, 'action', base)).toThrow(/input 'timeout-minutes'/);
  });
});

describe('parseWorkers', () => {
  it('sorts and deduplicates', () => expect(parseWorkers('4, 1,2,4', 'w')).toEqual([1, 2, 4]));
  it.each(['0,2', '-1,2', '1.5,2', 'two,4', '1,100000'])('rejects %s', (v) => expect(() => parseWorkers(v, '--workers')).toThrow(/--workers: '.*' is not a worker count/));
  it('needs a serial and a parallel arm', () => expect(() => parseWorkers('4,4', '--workers')).toThrow(/at least two different worker counts/));
});

describe('parseDuration', () => {
  it.each([['90s', 90_000], ['10m', 600_000], ['1.5h', 5_400_000], ['1500ms', 1500], ['1s', 1000], ['3', 180_000], ['168h', 604_800_000]])('%s', (v, ms) => expect(parseDuration(v, 't')).toBe(ms));
  it.each(['', '0', '-5m', '10 minutes', 'm', '0.4ms', '999ms', '0.01s', '169h'])('rejects %s', (v) => expect(() => parseDuration(v, '--timeout')).toThrow(ConfigError));
  it('checks the value after rounding, naming it', () => {
    // 0.4 ms rounds to 0, which execute treats as no timeout at all.
    expect(() => parseDuration('0.4ms', '--timeout')).toThrow("--timeout: '0.4ms' is 0 ms; use a duration from 1s to 7 days");
    expect(() => parseDuration('0.0001m', '--budget')).toThrow("--budget: '0.0001m' is 6 ms; use a duration from 1s to 7 days");
  });
});
