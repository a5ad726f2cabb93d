// Durations that round to nothing: `--timeout 0.4ms` rounded to 0 ms, which means "no timeout".
// Every duration is checked after rounding against a 1 s minimum (and a 7-day maximum), by the
// CLI and by the action's *-minutes inputs, with an error naming the input and the value.
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { record } from './harness.js';

const CASES: readonly { readonly flag: string; readonly value: string; readonly error: RegExp }[] = [
  { flag: '--timeout', value: '0.4ms', error: /--timeout: '0\.4ms' is 0 ms; use a duration from 1s to 7 days/ },
  { flag: '--timeout', value: '999ms', error: /--timeout: '999ms' is 999 ms; use a duration from 1s to 7 days/ },
  { flag: '--timeout', value: '0.00001', error: /--timeout: '0\.00001' is 1 ms; use a duration from 1s to 7 days/ },
  { flag: '--budget', value: '0.0004s', error: /--budget: '0\.0004s' is 0 ms; use a duration from 1s to 7 days/ },
  { flag: '--timeout', value: '200h', error: /--timeout: '200h' is 720000000 ms; use a duration from 1s to 7 days/ },
  { flag: '--timeout', value: '1e3s', error: /--timeout: '1e3s' is not a duration/ },
];

describe('durations are checked after rounding', () => {
  it.each(CASES)('$flag $value', ({ flag, value, error }) => {
    const r = runCli(['run', '--command', 'true {workers} {junit}', '--workers', '1,2', flag, value]);
    const clear = r.status === 2 && error.test(r.stderr) && !/internal error/.test(r.stderr);
    record({ category: 'durations', input: `${flag} ${value}`, clearStatus: clear, resultsLost: 0, processesLeft: 0, duplicateComments: 0, secretsLeaked: 0 });
    expect(r.stderr).toMatch(error);
    expect(r.status).toBe(2);
  });
});
