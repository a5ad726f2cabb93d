// The evaluations' machine lock (scripts/eval/machine-lock.mjs): one real project run at a time.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ticketName, withMachineLock } from '../../scripts/eval/machine-lock.mjs';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'flakegate-lock-')), 'run.lock');

/** A process that lives until it is told to go (a line on stdin). */
async function liveProcess(): Promise<ChildProcessWithoutNullStreams> {
  const p = spawn(process.execPath, ['-e', 'process.stdin.once("data", () => process.exit(0))']);
  await new Promise((r) => p.once('spawn', r));
  return p;
}

/**
 * Takes the lock in a child process (the wait is synchronous) and returns what it printed; once it
 * says it waits, `release` is told to go.
 */
async function takeInChild(path: string, release: ChildProcessWithoutNullStreams): Promise<string> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', `import { withMachineLock } from ${JSON.stringify(new URL('../../scripts/eval/machine-lock.mjs', import.meta.url).href)}; withMachineLock(() => console.log('ran'), { path: ${JSON.stringify(path)}, pollMs: 50, onWait: (p) => console.log('waited ' + p) });`]);
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    if (out.startsWith('waited')) release.stdin.write('go\n');
  });
  await new Promise((r) => child.once('exit', r));
  return out;
}

describe('eval machine lock', () => {
  it('holds the lock with its pid while the run goes on, and frees it after, also on a throw', () => {
    const path = lockIn();
    expect(withMachineLock(() => readFileSync(path, 'utf8').trim(), { path })).toBe(String(process.pid));
    expect(existsSync(path)).toBe(false);
    expect(() => withMachineLock(() => { throw new Error('run failed'); }, { path })).toThrow('run failed');
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock whose holder is gone', () => {
    const path = lockIn();
    writeFileSync(path, '999999999\n');
    let waited = false;
    expect(withMachineLock(() => 'ran', { path, onWait: () => { waited = true; } })).toBe('ran');
    expect(waited).toBe(false);
  });

  it('waits while a live process holds it', async () => {
    const path = lockIn();
    // A holder that lives until the waiter has seen it.
    const holder = await liveProcess();
    try {
      writeFileSync(path, `${holder.pid}\n`);
      expect(await takeInChild(path, holder)).toBe(`waited ${holder.pid}\nran\n`);
    } finally {
      holder.kill();
    }
  });

  it('serves waiters first come, first served: a free lock waits for an older live ticket', async () => {
    const path = lockIn();
    // The lock file is free, but a live process queued before us: we wait until it is gone, so an
    // evaluation that re-takes the lock project after project cannot starve the others.
    const earlier = await liveProcess();
    try {
      mkdirSync(`${path}.queue`);
      writeFileSync(join(`${path}.queue`, ticketName(Date.now() - 1000, earlier.pid ?? 0, 0)), '');
      expect(await takeInChild(path, earlier)).toBe(`waited ${earlier.pid}\nran\n`);
      // The dead process's ticket was cleared and ours removed once we held the lock.
      expect(readdirSync(`${path}.queue`)).toEqual([]);
    } finally {
      earlier.kill();
    }
  });

  it('ignores the ticket of a process that is gone', () => {
    const path = lockIn();
    mkdirSync(`${path}.queue`);
    writeFileSync(join(`${path}.queue`, ticketName(1, 999999999, 0)), '');
    let waited = false;
    expect(withMachineLock(() => 'ran', { path, onWait: () => { waited = true; } })).toBe('ran');
    expect(waited).toBe(false);
  });
});
