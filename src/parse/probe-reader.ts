// Reads one run's probe directory (docs/resource-probe.md). The files are written by code under
// test, so everything in them is untrusted: the directory and its files are read only when they
// are what they claim (no symlinks followed), bounded in count and size, and every line is
// checked field by field. Refusals are counted and described, never thrown.
import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProbeRecord, RunProbe, RunResult } from '../model.js';
import { parseProbeLine } from './probe-line.js';

export const MAX_PROBE_FILES = 512;
export const MAX_PROBE_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_PROBE_LINES = 10_000;
const FILE_NAME = /^(?:py-[1-9]\d{0,9}|js-[1-9]\d{0,9}(?:-\d{1,9})?)\.jsonl$/;

/** The records of `dir`, or undefined when there is no such directory (the probe was off). */
export async function readProbeDir(dir: string): Promise<RunProbe | undefined> {
  const info = await lstat(dir).catch(() => null);
  if (info === null) return undefined;
  const problems = new Map<string, number>();
  let rejected = 0;
  const refuse = (what: string, n = 1): void => {
    problems.set(what, (problems.get(what) ?? 0) + n);
    rejected += n;
  };
  const result = (records: ProbeRecord[], files: number): RunProbe => ({ records, files, rejected, problems: [...problems.entries()].map(([what, n]) => `${n} × ${what}`) });
  if (!info.isDirectory()) {
    refuse('a probe directory that is not a directory (a symlink or a file)');
    return result([], 0);
  }
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names: string[] = [];
  for (const e of entries) {
    if (!FILE_NAME.test(e.name)) refuse('a file not named py-<pid>.jsonl or js-<pid>[-<thread>].jsonl');
    else if (!e.isFile()) refuse('a probe file that is not a regular file (a symlink or a directory)');
    else names.push(e.name);
  }
  names.sort(compareNames);
  if (names.length > MAX_PROBE_FILES) refuse(`a probe file beyond the first ${MAX_PROBE_FILES}`, names.length - MAX_PROBE_FILES);
  const records: ProbeRecord[] = [];
  let files = 0;
  for (const name of names.slice(0, MAX_PROBE_FILES)) {
    const read = await readBounded(join(dir, name));
    if ('problem' in read) {
      refuse(read.problem);
      continue;
    }
    files += 1;
    if (read.truncated) refuse(`a probe file over ${MAX_PROBE_FILE_BYTES} bytes (the rest not read)`);
    const process = name.slice(0, -'.jsonl'.length);
    const lines = read.text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length > MAX_PROBE_LINES) refuse(`a line beyond the first ${MAX_PROBE_LINES} of a file`, lines.length - MAX_PROBE_LINES);
    for (const line of lines.slice(0, MAX_PROBE_LINES)) {
      const parsed = parseProbeLine(line, process);
      if ('problem' in parsed) refuse(`a line refused (${parsed.problem})`);
      else records.push(parsed.record);
    }
  }
  return result(records, files);
}

/** py-2 before py-10: by prefix, then numerically. */
function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** At most MAX_PROBE_FILE_BYTES of a regular file (whole lines), opened without following a symlink. */
async function readBounded(path: string): Promise<{ readonly text: string; readonly truncated: boolean } | { readonly problem: string }> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return { problem: 'a probe file that could not be opened without following a link' };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { problem: 'a probe file that is not a regular file (a symlink or a directory)' };
    const size = Math.min(info.size, MAX_PROBE_FILE_BYTES);
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const truncated = info.size > MAX_PROBE_FILE_BYTES;
    // Past the bound only whole lines count: the one cut in two is dropped.
    return { text: (truncated ? bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1) : bytes).toString('utf8'), truncated };
  } catch {
    return { problem: 'a probe file that could not be read' };
  } finally {
    await handle.close();
  }
}

/** One warning per run whose probe files held something refused (report.json `warnings`). */
export function probeWarnings(runs: readonly RunResult[]): string[] {
  return runs.flatMap((r) => {
    const probe = r.probe;
    if (probe === undefined || probe.rejected === 0) return [];
    return [`run ${r.record.id}: resource probe: ${probe.rejected} refused (${probe.problems.slice(0, 4).join('; ')}); the ${probe.records.length} valid records were used`];
  });
}
