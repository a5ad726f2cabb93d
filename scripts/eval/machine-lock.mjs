// One real project run at a time on this machine. The blind projects and the fixtures bind fixed
// ports and write fixed paths (that is what they test), so two evaluations running projects at the
// same time break each other's runs and both measure noise. The lock is a file holding the
// holder's pid; a holder that died leaves it stale, and the next run takes it over.
//
// Waiters queue first come, first served: each takes a ticket (a file named by time and pid in
// `<lock>.queue/`) and only the oldest live ticket may take the lock. Without the queue, an
// evaluation that runs project after project re-takes the lock the moment it frees it, and a
// polling waiter starves for the whole evaluation.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const MACHINE_LOCK = join(tmpdir(), 'flakegate-eval-run.lock');

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
let tickets = 0;

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

/** `<ms since epoch, 15 digits>-<pid>-<n>`: sorts by the time it was taken. */
export function ticketName(now, pid, n) {
  return `${String(now).padStart(15, '0')}-${pid}-${n}`;
}

/** The oldest ticket whose process is alive; tickets of dead processes are removed. */
function firstInLine(queue) {
  for (const name of readdirSync(queue).sort()) {
    const m = /^\d{15}-(\d+)-\d+$/.exec(name);
    if (m !== null && isAlive(Number(m[1]))) return name;
    rmSync(join(queue, name), { force: true });
  }
  return null;
}

function tryTake(path, me) {
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, `${me}\n`);
    closeSync(fd);
    return { taken: true, holder: me };
  } catch (e) {
    if (e.code !== 'EEXIST') throw e;
    const holder = holderOf(path);
    // An empty file is a holder between creating and writing it: wait for it.
    if (holder !== null && /^\d+$/.test(holder) && !isAlive(Number(holder))) {
      if (holderOf(path) === holder) rmSync(path, { force: true });
      return tryTake(path, me);
    }
    return { taken: false, holder };
  }
}

/** Runs `fn` (synchronous) holding the machine lock; `onWait(pid)` is called once if it had to wait. */
export function withMachineLock(fn, { path = MACHINE_LOCK, onWait = () => {}, pollMs = 1000 } = {}) {
  const me = String(process.pid);
  const queue = `${path}.queue`;
  mkdirSync(queue, { recursive: true });
  const ticket = join(queue, ticketName(Date.now(), me, tickets++));
  closeSync(openSync(ticket, 'wx'));
  let waited = false;
  try {
    for (;;) {
      const first = firstInLine(queue);
      const turn = first === basename(ticket) ? tryTake(path, me) : { taken: false, holder: holderOf(path) ?? first?.split('-')[1] ?? null };
      if (turn.taken) break;
      if (!waited) onWait(turn.holder);
      waited = true;
      sleep(pollMs);
    }
  } finally {
    rmSync(ticket, { force: true });
  }
  try {
    return fn();
  } finally {
    if (holderOf(path) === me) rmSync(path, { force: true });
  }
}
