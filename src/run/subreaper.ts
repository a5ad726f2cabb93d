// Containment of a run's process tree by a child subreaper (Linux): what the test command starts
// cannot leave the tree, whatever it does (double fork, setsid, re-exec with an empty environment).
//
// Node cannot call prctl(PR_SET_CHILD_SUBREAPER) itself, so a small Python helper
// (src/assets/flakegate_reaper.py) holds the flag and starts the command. Rejected alternatives
// (docs/decisions.md): a PID namespace (`unshare --user --pid`) is refused to unprivileged users
// on Ubuntu 24.04, GitHub's ubuntu-latest (AppArmor restricts user namespaces), and makes the
// command PID 1, which ignores SIGTERM; a cgroup v2 sub-tree needs a delegated, writable cgroup,
// which the runner's user does not have; `setpriv --pdeathsig` only reaches the direct child.
// Where the helper cannot run (no python3, not Linux, prctl refused), today's method remains:
// process group, per-run environment tag and parentage (kill-tree.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HAS_PROC } from './process-table.js';

export const REAPER_FILE = 'flakegate_reaper.py';
/** `process-group` forces today's method (e.g. to compare the two); anything else: detect. */
export const CONTAINMENT_ENV = 'FLAKEGATE_CONTAINMENT';
const PYTHONS = ['/usr/bin/python3', 'python3'];

export interface Reaper {
  readonly python: string;
  readonly script: string;
}

let detected: Reaper | null | undefined;

/** The helper this machine can run, or null (then process-group containment); checked once. */
export function detectReaper(env: NodeJS.ProcessEnv = process.env): Reaper | null {
  if (env[CONTAINMENT_ENV] === 'process-group' || process.platform !== 'linux' || !HAS_PROC) return null;
  if (detected !== undefined) return detected;
  detected = null;
  const script = reaperScript();
  if (script === null) return null;
  for (const python of PYTHONS) {
    const probe = spawnSync(python, ['-I', '-S', script, '--probe'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    if (probe.status === 0 && probe.stdout.trim() === 'ok') {
      detected = { python, script };
      break;
    }
  }
  return detected;
}

/** The argv that runs `file args` under the helper; its events arrive on file descriptor 3. */
export function reaperArgv(reaper: Reaper, file: string, args: readonly string[]): { file: string; args: string[] } {
  return { file: reaper.python, args: ['-I', '-S', reaper.script, '3', file, ...args] };
}

/** One event of the helper (see the script's header). */
export type ReaperEvent =
  | { readonly kind: 'started'; readonly pid: number }
  | { readonly kind: 'exited'; readonly code: number | null; readonly signal: NodeJS.Signals | null }
  | { readonly kind: 'spawn-error'; readonly code: string };

/** Parses one line from the helper; null for anything else (never trusted beyond its shape). */
export function parseReaperEvent(line: string): ReaperEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v['pid'] === 'number') return { kind: 'started', pid: v['pid'] };
  if (typeof v['exitCode'] === 'number') return { kind: 'exited', code: v['exitCode'], signal: null };
  if (typeof v['signal'] === 'string' && /^SIG[A-Z0-9]+$/.test(v['signal'])) return { kind: 'exited', code: null, signal: v['signal'] as NodeJS.Signals };
  if (typeof v['spawnError'] === 'string') return { kind: 'spawn-error', code: v['spawnError'] };
  return null;
}

// Beside this module in the bundle (dist/assets/) or one level up from src/run/ (src/assets/).
function reaperScript(): string | null {
  for (const relative of [`./assets/${REAPER_FILE}`, `../assets/${REAPER_FILE}`]) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  return null;
}
