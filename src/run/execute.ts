import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { CommandSpec } from '../frameworks/types.js';
import type { ProcessResult } from '../model.js';
import type { Containment } from '../model.js';
import { describeRunProcesses, RUN_TAG_VAR, terminateRun } from './kill-tree.js';
import { detectReaper, parseReaperEvent, reaperArgv } from './subreaper.js';
import { createOutputTail } from './output-tail.js';

/** SIGTERM-to-SIGKILL grace: long enough for a runner to write its report and clean up. */
export const DEFAULT_GRACE_MS = 5_000;

// setTimeout fires at once for delays above 2^31-1 ms (~24.8 days); treat longer as "no limit".
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface ExecuteOptions {
  readonly cwd: string;
  readonly timeoutMs: number;
  /** The complete child environment (see `childEnv`); the run tag is added to it. */
  readonly env: Readonly<Record<string, string>>;
  /** Called with decoded stdout and stderr text as it arrives (progress, debug logs). */
  readonly onOutput?: (chunk: string) => void;
  /** SIGTERM-to-SIGKILL grace, and the wait for leftovers; default DEFAULT_GRACE_MS. */
  readonly graceMs?: number;
  /**
   * Stops the run early (e.g. the CLI got Ctrl-C): the command runs in its own session, so the
   * terminal's SIGINT never reaches it, and flakegate must end the tree itself. Not a timeout.
   */
  readonly signal?: AbortSignal;
}

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly at: number;
}

/**
 * Runs one command to completion and reports what happened. Never throws for anything the
 * process does: not starting, crashing, hanging and leaking processes are all data.
 *
 * - No shell: `cmd.file` and `cmd.args` go to the kernel as they are.
 * - `detached: true` makes the child the leader of a new session and process group, so a timeout
 *   can signal the whole group (the runner and its workers) with `kill(-pid)`.
 * - Processes that escape the group (setsid daemons, double forks) are found through /proc by
 *   parentage and by a per-run env tag; see kill-tree.ts.
 * - After the command exits, whatever it left running is terminated too, so a leaked worker or
 *   server cannot hold ports, files or CPU during the next run and be blamed on it.
 * - stdin is /dev/null: a test waiting for input would otherwise hang until the timeout.
 */
export async function executeCommand(cmd: CommandSpec, opts: ExecuteOptions): Promise<ProcessResult> {
  const graceMs = opts.graceMs ?? DEFAULT_GRACE_MS;
  const tag = randomUUID();
  const tail = createOutputTail();
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const reaper = detectReaper(opts.env);
  const containment: Containment = reaper === null ? 'process-group' : 'subreaper';
  const launch = reaper === null ? { file: cmd.file, args: [...cmd.args] } : reaperArgv(reaper, cmd.file, cmd.args);

  if (opts.signal?.aborted) return failedToStart('cancelled before it started', 0);
  let child: ChildProcess;
  try {
    child = spawn(launch.file, launch.args, {
      cwd: opts.cwd,
      env: { ...opts.env, [RUN_TAG_VAR]: tag },
      detached: true,
      // With the reaper, fd 3 carries its events (the command's start, exit status, spawn error).
      stdio: reaper === null ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
  } catch (error) {
    // Synchronous failures: invalid arguments such as a NUL byte in an argument.
    return failedToStart(describeSpawnError(error, cmd.file, opts.cwd), elapsed());
  }

  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const flushers = [child.stdout, child.stderr].map((stream) => collect(stream, tail.push, opts.onOutput));
  const processExited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  // The command's own end: the reaper's event (it lives on until the tree is empty), else the process's.
  const events = reaper === null ? null : reaperEvents(child);
  // The reaper writes the command's status, then exits 0 once its tree is empty; its 'exit' can be
  // seen before that line is read, so the pipe is drained before the reaper's own status stands in.
  const exited = events === null ? processExited : Promise.race([events.exited, processExited.then(async (own) => (await within(events.drained, graceMs), events.lastExit() ?? own))]);
  const startError = await new Promise<unknown>((resolve) => {
    child.once('spawn', () => resolve(undefined));
    child.once('error', resolve);
  });
  const pid = child.pid;
  if (startError !== undefined || pid === undefined) {
    return failedToStart(describeSpawnError(startError, launch.file, opts.cwd), elapsed());
  }
  // Later errors (a failed kill) must not become unhandled 'error' events.
  child.on('error', () => undefined);
  const reaperPid = reaper === null ? undefined : pid;

  let survivors: { pid: number; command: string }[] | undefined;
  const noteSurvivors = (): void => {
    // What the tree holds besides the command itself (and the reaper) when the command ends or is stopped.
    survivors ??= describeRunProcesses(pid, tag, [pid, ...(events?.commandPid() === undefined ? [] : [events.commandPid() as number])]);
  };
  let timedOut = false;
  let termination: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let giveUp: (value: null) => void = () => undefined;
  const gaveUp = new Promise<null>((resolve) => (giveUp = resolve));
  const stop = (): void => {
    if (termination !== undefined) return;
    noteSurvivors();
    termination = terminateRun(pid, tag, graceMs, reaperPid);
    // Windows has neither process groups nor /proc: end at least the command itself.
    if (process.platform === 'win32') child.kill();
    // If even SIGKILL does not end it (uninterruptible I/O), stop waiting one grace later.
    void termination.then(() => within(exited, graceMs)).then(() => giveUp(null));
  };
  if (opts.timeoutMs > 0 && opts.timeoutMs <= MAX_TIMER_MS) {
    timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, opts.timeoutMs);
  }
  opts.signal?.addEventListener('abort', stop, { once: true });

  const exit = await Promise.race([exited, gaveUp]);
  clearTimeout(timer);
  opts.signal?.removeEventListener('abort', stop);
  const durationMs = Math.round((exit?.at ?? performance.now()) - started);
  noteSurvivors();
  await termination;
  await terminateRun(pid, tag, graceMs, reaperPid);
  if (reaperPid !== undefined && (await within(processExited, graceMs)) === undefined) {
    // The reaper outlived its tree by a grace period: end it, then whatever it held, by the tag.
    signalProcess(reaperPid, 'SIGKILL');
    await terminateRun(pid, tag, graceMs);
  }
  // A process outside our reach may still hold the pipes open; do not wait for it forever.
  await within(closed, graceMs);
  child.stdout?.destroy();
  child.stderr?.destroy();
  child.stdio[3]?.destroy();
  for (const flush of flushers) flush();

  const spawnError = events?.spawnError();
  if (spawnError !== undefined) return { ...failedToStart(describeSpawnError(Object.assign(new Error(spawnError), { code: spawnError }), cmd.file, opts.cwd), durationMs), containment };
  const named = (survivors ?? []).slice(0, MAX_SURVIVORS_NAMED);
  return {
    exitCode: exit?.code ?? null,
    signal: exit?.signal ?? null,
    timedOut,
    durationMs,
    outputTail: tail.text(),
    containment,
    ...(named.length === 0 ? {} : { survivors: named, survivorCount: survivors?.length ?? named.length }),
  };
}

/** Survivors named in a run record; the count says how many there were. */
export const MAX_SURVIVORS_NAMED = 20;

/** The reaper's events on fd 3: when the command ended (and how), its pid, a spawn error. */
function reaperEvents(child: ChildProcess): { exited: Promise<Exit>; drained: Promise<void>; lastExit: () => Exit | undefined; commandPid: () => number | undefined; spawnError: () => string | undefined } {
  let commandPid: number | undefined;
  let spawnError: string | undefined;
  let lastExit: Exit | undefined;
  let resolveExit: (exit: Exit) => void = () => undefined;
  const exited = new Promise<Exit>((resolve) => (resolveExit = (exit) => resolve((lastExit ??= exit))));
  let buffered = '';
  const stream = child.stdio[3] as Readable | null | undefined;
  stream?.on('error', () => undefined);
  // Only the reaper holds the write end (it is not inherited), so the pipe ends when the reaper does.
  const drained = stream == null ? Promise.resolve() : new Promise<void>((resolve) => stream.once('close', () => resolve()));
  stream?.on('data', (chunk: Buffer) => {
    buffered = (buffered + chunk.toString('utf8')).slice(-4096);
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const event = parseReaperEvent(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
      if (event?.kind === 'started') commandPid = event.pid;
      else if (event?.kind === 'exited') resolveExit({ code: event.code, signal: event.signal, at: performance.now() });
      else if (event?.kind === 'spawn-error') {
        spawnError = event.code;
        resolveExit({ code: null, signal: null, at: performance.now() });
      }
    }
  });
  return { exited, drained, lastExit: () => lastExit, commandPid: () => commandPid, spawnError: () => spawnError };
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // gone
  }
}

function failedToStart(spawnError: string, durationMs: number): ProcessResult {
  return { exitCode: null, signal: null, timedOut: false, durationMs, spawnError, outputTail: '' };
}

/** Decodes a stream into the tail and the callback; returns a flush for a final partial char. */
function collect(
  stream: Readable | null,
  push: (text: string) => void,
  onOutput: ((chunk: string) => void) | undefined,
): () => void {
  const decoder = new StringDecoder('utf8');
  const deliver = (text: string): void => {
    if (text.length === 0) return;
    push(text);
    try {
      onOutput?.(text);
    } catch {
      // A failing progress callback must not lose the run.
    }
  };
  stream?.on('data', (chunk: Buffer) => deliver(decoder.write(chunk)));
  stream?.on('error', () => undefined);
  return () => deliver(decoder.end());
}

/** A message that names the cause, e.g. `command not found: pytest`. */
function describeSpawnError(error: unknown, file: string, cwd: string): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
  // Node reports a missing working directory as ENOENT of the command too, so check it.
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    if (!isDirectory(cwd)) return `working directory not found: ${cwd}`;
    return `command not found: ${file}`;
  }
  if (code === 'EACCES') return `permission denied: ${file}`;
  const message = error instanceof Error ? error.message : String(error);
  return `could not start ${file}: ${message}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** `promise`, or undefined after `ms`; the timer is cleared so it never delays a CLI's exit. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
