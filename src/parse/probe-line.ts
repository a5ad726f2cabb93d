// One line of a probe file (docs/resource-probe.md), checked field by field: the pinned format
// and nothing else. Pure; the reader (probe-reader.ts) does the file I/O and the bounds.
import type { ProbeKind, ProbeRecord } from '../model.js';

export const MAX_PROBE_TEXT = 1024;
export const MAX_PROBE_STACK_FILES = 8;
/** Objects and arrays nest this deep at most in a valid record (`files` is one level inside). */
const MAX_DEPTH = 2;
const MAX_LINE = 32 * 1024;

export type LineProblem = 'not a JSON object' | 'nested too deep' | 'too long' | 'unknown field' | 'bad v' | 'bad ts' | 'bad pid' | 'bad kind' | 'bad res' | 'bad err' | 'bad worker' | 'bad test' | 'bad files' | 'no test and no files';

const KINDS: ReadonlySet<string> = new Set<ProbeKind>(['listen', 'connect', 'read', 'write', 'remove', 'mkdir', 'sqlite', 'chdir', 'setenv']);
const FIELDS: ReadonlySet<string> = new Set(['v', 'ts', 'pid', 'worker', 'test', 'files', 'kind', 'res', 'err']);
const ENDPOINT = /^(?:\[[0-9A-Fa-f:.]{1,64}\]|[^\s:[\]]{0,253}|[0-9A-Fa-f:.]{2,64}):([1-9]\d{0,4})$/;
const ERRNO = /^E[A-Z0-9]{1,31}$/;
const ENV_NAME = /^[^=\0]{1,1024}$/;

/** A record, or why the line is refused. */
export function parseProbeLine(line: string, process: string): { readonly record: ProbeRecord } | { readonly problem: LineProblem } {
  if (line.length > MAX_LINE) return { problem: 'too long' };
  const text = line.trim();
  if (!text.startsWith('{')) return { problem: 'not a JSON object' };
  // Depth before parsing: a line of ten thousand brackets is refused without building it.
  if (depthOf(text) > MAX_DEPTH) return { problem: 'nested too deep' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'not a JSON object' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  return checkRecord(value as Record<string, unknown>, process);
}

function checkRecord(o: Record<string, unknown>, process: string): { readonly record: ProbeRecord } | { readonly problem: LineProblem } {
  if (Object.keys(o).some((k) => !FIELDS.has(k))) return { problem: 'unknown field' };
  if (o['v'] !== 1) return { problem: 'bad v' };
  const { ts, pid, kind, res, err, worker, test, files } = o;
  if (typeof ts !== 'number' || !Number.isFinite(ts) || ts < 0 || ts > 8.64e15) return { problem: 'bad ts' };
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid < 1 || pid > 2 ** 31) return { problem: 'bad pid' };
  if (typeof kind !== 'string' || !KINDS.has(kind)) return { problem: 'bad kind' };
  if (typeof res !== 'string' || !validResource(kind as ProbeKind, res)) return { problem: 'bad res' };
  if (err !== undefined && (typeof err !== 'string' || !ERRNO.test(err))) return { problem: 'bad err' };
  if (worker !== undefined && !boundedText(worker)) return { problem: 'bad worker' };
  if (test !== undefined && !boundedText(test)) return { problem: 'bad test' };
  if (files !== undefined && !(Array.isArray(files) && files.length <= MAX_PROBE_STACK_FILES && files.every((f) => boundedText(f) && isAbsolutePath(f)))) return { problem: 'bad files' };
  const stack = (files as readonly string[] | undefined) ?? [];
  if (test === undefined && stack.length === 0) return { problem: 'no test and no files' };
  return {
    record: {
      process,
      pid,
      ts,
      kind: kind as ProbeKind,
      res,
      ...(typeof err === 'string' ? { err } : {}),
      ...(typeof worker === 'string' ? { worker } : {}),
      ...(typeof test === 'string' ? { test } : {}),
      ...(stack.length > 0 ? { files: stack } : {}),
    },
  };
}

function boundedText(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length <= MAX_PROBE_TEXT && !x.includes('\0');
}

function isAbsolutePath(x: string): boolean {
  return x.startsWith('/') || /^[A-Za-z]:[\\/]/.test(x);
}

function validResource(kind: ProbeKind, res: string): boolean {
  if (!boundedText(res)) return false;
  switch (kind) {
    case 'listen':
    case 'connect': {
      const port = ENDPOINT.exec(res)?.[1];
      return port !== undefined && Number(port) >= 1 && Number(port) <= 65535;
    }
    case 'setenv':
      return ENV_NAME.test(res);
    case 'read':
    case 'write':
    case 'remove':
    case 'mkdir':
    case 'sqlite':
    case 'chdir':
      return isAbsolutePath(res);
  }
}

/** Deepest nesting of `{`/`[` outside strings. */
function depthOf(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return max;
}
