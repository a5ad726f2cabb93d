// Real process trees: after executeCommand returns, nothing the command started may survive,
// however it tried to escape (background jobs, setsid daemons, double forks, detached children).
// Each command writes the pids it starts to a file; the test then checks each is gone.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../../src/frameworks/types.js';
import { executeCommand } from '../../../src/run/execute.js';
import { isAlive, killAll, readPids, tempDir } from './processes.js';

const cwd = tempDir();
const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin' };
let seq = 0;
let started: number[] = [];
afterEach(() => killAll(started));

/** Runs `script` with $PIDS naming a fresh pid file; returns the result and the recorded pids. */
async function runRecording(script: string, timeoutMs: number) {
  const pidFile = join(cwd, `pids-${++seq}`);
  const cmd: CommandSpec = { file: 'sh', args: ['-c', script], env: {}, display: script };
  const result = await executeCommand(cmd, { cwd, env: { ...env, PIDS: pidFile }, timeoutMs, graceMs: 1_000 });
  started = readPids(pidFile);
  return { result, pids: started };
}

describe.runIf(process.platform === 'linux')('executeCommand: no process outlives its run', () => {
  it('kills background jobs of a timed-out command (the process group)', async () => {
    const { result, pids } = await runRecording(
      'echo $$ >> "$PIDS"; sleep 100 & echo $! >> "$PIDS"; sleep 100 & echo $! >> "$PIDS"; wait',
      2_000,
    );
    expect(result.timedOut).toBe(true);
    expect(pids).toHaveLength(3);
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it('kills a setsid daemon that left the process group', async () => {
    const { result, pids } = await runRecording(
      'setsid sleep 100 & echo $! >> "$PIDS"; sleep 100 & echo $! >> "$PIDS"; wait',
      2_000,
    );
    expect(result.timedOut).toBe(true);
    expect(pids).toHaveLength(2);
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it('kills a double-forked daemon that left both the group and the process tree', async () => {
    // The subshell exits at once, so the daemon is re-parented to init: only the run tag finds it.
    const { result, pids } = await runRecording(
      '(setsid sleep 100 > /dev/null 2>&1 & echo $! >> "$PIDS"); sleep 100 & echo $! >> "$PIDS"; wait',
      2_000,
    );
    expect(result.timedOut).toBe(true);
    expect(pids).toHaveLength(2);
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it('kills a detached child spawned by node, whose parent already exited', async () => {
    const js =
      "const c = require('node:child_process').spawn('sleep', ['100'], { detached: true, stdio: 'ignore' });" +
      "require('node:fs').appendFileSync(process.env.PIDS, c.pid + '\\n'); c.unref();";
    const { result, pids } = await runRecording(`node -e "${js}"; sleep 100`, 5_000);
    expect(result.timedOut).toBe(true);
    expect(pids).toHaveLength(1);
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it('kills workers left behind by a command that exited normally', async () => {
    const { result, pids } = await runRecording(
      'sleep 100 & echo $! >> "$PIDS"; setsid sleep 100 > /dev/null 2>&1 & echo $! >> "$PIDS"; exit 0',
      60_000,
    );
    expect(result).toMatchObject({ exitCode: 0, signal: null, timedOut: false });
    expect(pids).toHaveLength(2);
    expect(pids.filter(isAlive)).toEqual([]);
  });

  it('ends the whole tree when the caller aborts (Ctrl-C in the CLI), without calling it a timeout', async () => {
    const pidFile = join(cwd, `pids-${++seq}`);
    const script = 'setsid sleep 100 & echo $! >> "$PIDS"; sleep 100 & echo $! >> "$PIDS"; echo ready; wait';
    const controller = new AbortController();
    const result = await executeCommand(
      { file: 'sh', args: ['-c', script], env: {}, display: script },
      {
        cwd, env: { ...env, PIDS: pidFile }, timeoutMs: 60_000, graceMs: 1_000, signal: controller.signal,
        onOutput: (chunk) => (chunk.includes('ready') ? controller.abort() : undefined),
      },
    );
    started = readPids(pidFile);
    expect(result).toMatchObject({ timedOut: false, signal: 'SIGTERM' });
    expect(started).toHaveLength(2);
    expect(started.filter(isAlive)).toEqual([]);
  });

  it('does not start a command whose run was already cancelled', async () => {
    const result = await executeCommand(
      { file: 'sh', args: ['-c', 'echo ran'], env: {}, display: 'sh' },
      { cwd, env, timeoutMs: 60_000, signal: AbortSignal.abort() },
    );
    expect(result).toMatchObject({ exitCode: null, spawnError: 'cancelled before it started', outputTail: '' });
  });

  it('kills descendants that ignore SIGTERM', async () => {
    const { result, pids } = await runRecording(
      'trap "" TERM; setsid sleep 100 & echo $! >> "$PIDS"; sleep 100 & echo $! >> "$PIDS"; wait',
      2_000,
    );
    expect(result.timedOut).toBe(true);
    expect(pids).toHaveLength(2);
    expect(pids.filter(isAlive)).toEqual([]);
  });
});
