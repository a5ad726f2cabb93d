// One real project run at a time on this machine. The blind projects and the fixtures bind fixed
// ports and write fixed paths (that is what they test), so two evaluations running projects at the
// same time break each other's runs and both measure noise. The lock is a file holding the
// holder's pid; a holder that died leaves it stale, and the next run takes it over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MACHINE_LOCK = join(tmpdir(), 'flakegate-eval-run.lock');

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function holderOf(path) {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return null;
  }
}

/** False only for a pid that names no process (ESRCH); EPERM means it exists. */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** Runs `fn` (synchronous) holding the machine lock; `onWait(pid)` is called once if it had to wait. */
export function withMachineLock(fn, { path = MACHINE_LOCK, onWait = () => {}, pollMs = 1000 } = {}) {
  const me = String(process.pid);
  let waited = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${me}\n`);
      closeSync(fd);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const holder = holderOf(path);
      // An empty file is a holder between creating and writing it: wait for it.
      if (holder !== null && /^\d+$/.test(holder) && !isAlive(Number(holder))) {
        if (holderOf(path) === holder) rmSync(path, { force: true });
        continue;
      }
      if (!waited) onWait(holder);
      waited = true;
      sleep(pollMs);
    }
  }
  try {
    return fn();
  } finally {
    if (holderOf(path) === me) rmSync(path, { force: true });
  }
}
