import { setTimeout as sleep } from 'node:timers/promises';
import {
  commandLine,
  HAS_PROC,
  hasEnvironEntry,
  ownLineage,
  readProcessTable,
  readStat,
  type ProcessEntry,
} from './process-table.js';

/**
 * Env var carrying a random per-run tag. Every process the test command starts inherits it
 * unless it deliberately clears its environment, so it still identifies a double-forked daemon
 * that left both our process group (setsid) and our process tree (its parent exited and it was
 * re-parented to init). Jenkins' ProcessTreeKiller finds build leftovers the same way.
 */
export const RUN_TAG_VAR = 'FLAKEGATE_RUN_TAG';

const POLL_MS = 50;

/**
 * Everything that belongs to the run whose root process is `rootPid` (the leader of its own
 * process group, spawned with `detached: true`): the group's members, processes carrying the
 * run's tag, and all their descendants by parent pid. Never flakegate itself or its ancestors.
 * Empty without /proc.
 */
export function findRunProcesses(rootPid: number, tag: string): ProcessEntry[] {
  const table = readProcessTable();
  const byPid = new Map(table.map((entry) => [entry.pid, entry]));
  const children = new Map<number, number[]>();
  for (const entry of table) {
    const siblings = children.get(entry.ppid);
    if (siblings) siblings.push(entry.pid);
    else children.set(entry.ppid, [entry.pid]);
  }
  const tagEntry = `${RUN_TAG_VAR}=${tag}`;
  const tagged = table.map((entry) => hasEnvironEntry(entry.pid, tagEntry));

  const found = new Set<number>();
  const queue: number[] = [];
  const add = (pid: number): void => {
    if (found.has(pid) || !byPid.has(pid)) return;
    found.add(pid);
    queue.push(pid);
  };
  add(rootPid);
  table.forEach((entry, i) => {
    if (entry.pgid === rootPid || tagged[i] === true) add(entry.pid);
  });
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    for (const child of children.get(pid) ?? []) add(child);
  }

  const lineage = ownLineage();
  return table.filter((entry) => found.has(entry.pid) && !lineage.has(entry.pid));
}

/**
 * Ends every process of a run: SIGTERM to the group and to each process found, up to `graceMs`
 * for them to exit (test runners flush reports and remove temp files on SIGTERM), then SIGKILL
 * to whatever is left, re-scanning first because a runner may spawn new workers while it shuts
 * down. Returns once nothing is left or after another grace period. Returns at once when the
 * run left nothing behind, which is the common case after a normal exit.
 */
export async function terminateRun(rootPid: number, tag: string, graceMs: number, reaper?: number): Promise<void> {
  const scope: Scope = { rootPid, tag, ...(reaper === undefined ? {} : { reaper }) };
  const first = survivors(scope);
  if (first === null) return;
  signalAll(scope, first, 'SIGTERM');
  if (await waitUntilGone(scope, graceMs)) return;

  const fresh = survivors(scope) ?? [];
  // A process seen before SIGTERM may since have been re-parented out of reach of the scan; it
  // is still ours if its pid names the same process (same start time), not a recycled pid.
  const targets = [...fresh, ...first.filter(sameProcess)];
  signalAll(scope, targets, 'SIGKILL');
  await waitUntilGone(scope, graceMs);
}

/**
 * Which processes a termination ends. With a subreaper (`reaper`, the root) every process of the
 * run is its descendant: those are signalled one by one and the reaper itself never, since
 * orphans would escape to init if it died first; it exits by itself once the tree is empty.
 */
interface Scope {
  readonly rootPid: number;
  readonly tag: string;
  readonly reaper?: number;
}

/** The run's live processes, or null when none is left (group included; the reaper excluded). */
function survivors(scope: Scope): ProcessEntry[] | null {
  if (HAS_PROC) {
    const found = findRunProcesses(scope.rootPid, scope.tag).filter((entry) => entry.pid !== scope.reaper);
    return found.length > 0 ? found : null;
  }
  // Without /proc only the process group is visible; signal 0 tests that a member exists.
  return signalGroup(scope.rootPid, 0) ? [] : null;
}

/** Processes of the run other than `except` (the command and the reaper), by pid and command line. */
export function describeRunProcesses(rootPid: number, tag: string, except: readonly number[]): { pid: number; command: string }[] {
  return findRunProcesses(rootPid, tag)
    .filter((entry) => !except.includes(entry.pid))
    .map((entry) => ({ pid: entry.pid, command: commandLine(entry.pid) }));
}

async function waitUntilGone(scope: Scope, graceMs: number): Promise<boolean> {
  const deadline = performance.now() + graceMs;
  while (performance.now() < deadline) {
    await sleep(POLL_MS);
    if (survivors(scope) === null) return true;
  }
  return false;
}

function sameProcess(entry: ProcessEntry): boolean {
  const now = readStat(entry.pid);
  return now !== null && now.startTime === entry.startTime;
}

function signalAll(scope: Scope, targets: readonly ProcessEntry[], signal: NodeJS.Signals): void {
  // The reaper leads the group: a group signal would reach it (and SIGKILL cannot be ignored).
  if (scope.reaper === undefined) signalGroup(scope.rootPid, signal);
  for (const { pid } of targets) {
    if (pid === scope.reaper) continue;
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone (ESRCH) or no longer ours (EPERM): nothing to do either way.
    }
  }
}

/** Signals the whole process group; false when no member exists (or it is not ours). */
function signalGroup(rootPid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-rootPid, signal);
    return true;
  } catch {
    return false;
  }
}
