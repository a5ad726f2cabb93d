import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** One live process as Linux `/proc/<pid>/stat` describes it. */
export interface ProcessEntry {
  readonly pid: number;
  readonly ppid: number;
  readonly pgid: number;
  /** Clock ticks since boot; (pid, startTime) names a process even after its pid is reused. */
  readonly startTime: string;
}

// include/linux/sched.h
const PF_KTHREAD = 0x00200000;

/** Whether this system has a Linux-style /proc (GitHub's Linux runners; not macOS or Windows). */
export const HAS_PROC = existsSync('/proc/self/stat');

// Synchronous on purpose: /proc files are generated in memory by the kernel, a scan of a few
// hundred processes takes a few milliseconds this way, and ten times longer through the libuv
// thread pool (measured: ~50 ms for 112 processes with fs/promises).

/**
 * Every process on the machine except zombies (already dead, only waiting to be reaped; signals
 * do nothing to them and a container's PID 1 may never reap them). Processes that vanish while
 * the table is read are simply left out. Empty without /proc.
 */
export function readProcessTable(): ProcessEntry[] {
  if (!HAS_PROC) return [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  const entries: ProcessEntry[] = [];
  for (const name of names) {
    const entry = /^\d+$/.test(name) ? readStat(Number(name)) : null;
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The stat line of one process, or null when it is gone, a zombie, a kernel thread or unreadable. */
export function readStat(pid: number): ProcessEntry | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // `pid (comm) state ppid pgrp session ...`: comm may hold spaces and parentheses, so split
  // after its last `)`. starttime is field 22 overall, the 20th after comm.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const [state, ppid, pgid] = fields;
  const flags = Number(fields[6]);
  const startTime = fields[19];
  if (state === undefined || state === 'Z' || state === 'X' || startTime === undefined) return null;
  // Kernel threads are never ours, and skipping them halves the environ reads of a scan.
  if ((flags & PF_KTHREAD) !== 0) return null;
  return { pid, ppid: Number(ppid), pgid: Number(pgid), startTime };
}

/**
 * Whether the process's initial environment holds exactly `entry` (`NAME=value`). Readable only
 * for processes of our own user, which is every process a test command can start.
 */
export function hasEnvironEntry(pid: number, entry: string): boolean {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`, 'latin1');
    return environ.split('\0').includes(entry);
  } catch {
    return false;
  }
}

/** Our own pid and its ancestors: never signalled, whatever a scan says. */
export function ownLineage(): Set<number> {
  const lineage = new Set<number>([process.pid]);
  let pid = process.ppid;
  while (pid > 1 && !lineage.has(pid)) {
    lineage.add(pid);
    const entry = readStat(pid);
    if (entry === null) break;
    pid = entry.ppid;
  }
  lineage.add(1);
  return lineage;
}

/** A process's command line as one line of text, bounded (empty when it is gone or unreadable). */
export function commandLine(pid: number, max = 200): string {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0+$/, '').replace(/\0/g, ' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  } catch {
    return '';
  }
}
