// Real processes, no mocks: what executeCommand records for each way a command can end.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../../src/frameworks/types.js';
import { executeCommand } from '../../../src/run/execute.js';
import { OUTPUT_TAIL_CHARS } from '../../../src/run/output-tail.js';
import { tempDir } from './processes.js';

const cwd = tempDir();
const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin' };
const sh = (script: string, ...args: string[]): CommandSpec => ({
  file: 'sh',
  args: ['-c', script, 'test', ...args],
  env: {},
  display: script,
});
const run = (cmd: CommandSpec, timeoutMs = 60_000) => executeCommand(cmd, { cwd, env, timeoutMs, graceMs: 1_000 });

describe('executeCommand', () => {
  it('records a normal exit and the combined output', async () => {
    const chunks: string[] = [];
    const result = await executeCommand(sh('echo out; echo err >&2; exit 3'), {
      cwd, env, timeoutMs: 60_000, onOutput: (chunk) => chunks.push(chunk),
    });
    expect(result).toMatchObject({ exitCode: 3, signal: null, timedOut: false });
    expect(result.spawnError).toBeUndefined();
    expect(result.outputTail).toContain('out\n');
    expect(result.outputTail).toContain('err\n');
    expect(chunks.join('')).toContain('out\n');
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('passes argv without a shell and runs in cwd with exactly the given environment', async () => {
    const hostile = '$(echo pwned) `echo pwned` ; "quoted" \'single\'';
    const script = 'printf "[%s]\\n" "$1"; pwd; echo "FOO=$FOO"; echo "HOME=${HOME-unset}"';
    const result = await executeCommand(sh(script, hostile), {
      cwd, env: { ...env, FOO: 'bar' }, timeoutMs: 60_000,
    });
    expect(result.outputTail).toContain(`[${hostile}]`);
    expect(result.outputTail).toContain(`${cwd}\n`);
    expect(result.outputTail).toContain('FOO=bar');
    expect(result.outputTail).toContain('HOME=unset');
  });

  it('reports a command that does not exist as spawnError, not as an exception', async () => {
    const result = await run({ file: 'flakegate-no-such-command', args: [], env: {}, display: 'x' });
    expect(result).toMatchObject({
      exitCode: null,
      signal: null,
      timedOut: false,
      spawnError: 'command not found: flakegate-no-such-command',
      outputTail: '',
    });
  });

  it('names a missing working directory instead of blaming the command', async () => {
    const missing = join(cwd, 'does-not-exist');
    const result = await executeCommand(sh('true'), { cwd: missing, env, timeoutMs: 60_000 });
    expect(result.spawnError).toBe(`working directory not found: ${missing}`);
  });

  it('records death by signal (a segfault-like exit)', async () => {
    const result = await run(sh('kill -SEGV $$'));
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGSEGV', timedOut: false });
  });

  it('kills a hanging command at the timeout and says so', async () => {
    const result = await run(sh('echo started; sleep 100'), 2_000);
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGTERM');
    expect(result.exitCode).toBeNull();
    expect(result.outputTail).toContain('started');
  });

  it('escalates to SIGKILL when the command ignores SIGTERM', async () => {
    const result = await run(sh('trap "" TERM; echo ready; while :; do sleep 1; done'), 500);
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGKILL');
  });

  it('keeps only a bounded tail of huge output, ending where the output ended', async () => {
    const result = await run(sh('yes | head -c 200000000; echo THE-END'));
    expect(result.exitCode).toBe(0);
    expect(result.outputTail.length).toBeLessThanOrEqual(OUTPUT_TAIL_CHARS);
    expect(result.outputTail.length).toBeGreaterThan(OUTPUT_TAIL_CHARS / 2);
    expect(result.outputTail.endsWith('y\nTHE-END\n')).toBe(true);
  });

  it('decodes multi-byte characters split across pipe reads', async () => {
    const result = await run(sh('i=0; while [ $i -lt 20000 ]; do printf "é€"; i=$((i+1)); done'));
    expect(result.outputTail).not.toContain('\uFFFD');
    expect(result.outputTail.endsWith('é€')).toBe(true);
  });

  it('does not hang on a command that reads stdin', async () => {
    const result = await run(sh('cat; echo done'));
    expect(result).toMatchObject({ exitCode: 0, timedOut: false });
    expect(result.outputTail).toContain('done');
  });
});
