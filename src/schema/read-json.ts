// Reading a JSON contract file that crossed a trust boundary (another job's artifact, a fork's
// report): bounded in size before a byte is read, never followed through a symlink, parsed, and
// validated against its schema. Every problem is one sentence naming the file and the field.
import { lstat, readFile } from 'node:fs/promises';
import { validate, type Contract, type Strictness } from './validator.js';

/** A contract file that cannot be used: missing, too big, not JSON, or not matching its schema. */
export class ArtifactError extends Error {
  override readonly name = 'ArtifactError';
}

/** Upper bounds before reading: V8 cannot hold a string above ~512 MiB, and nothing real comes near. */
export const MAX_BYTES: Readonly<Record<Contract, number>> = {
  report: 512 * 1024 * 1024,
  runs: 256 * 1024 * 1024,
  shard: 16 * 1024 * 1024,
};

/**
 * The validated content of `path` (typed by the caller: the schema mirrors src/model.ts). With
 * `reader` strictness fields the schema does not describe are dropped.
 */
export async function readContractFile<T>(path: string, contract: Contract, strictness: Strictness = 'reader'): Promise<T> {
  return checkContract<T>(await readBoundedJson(path, contract), contract, path, strictness);
}

/** The parsed JSON of `path`, size-bounded for `contract` and never through a symlink; not yet validated. */
export async function readBoundedJson(path: string, contract: Contract): Promise<unknown> {
  const info = await lstat(path).catch((error: unknown) => {
    throw new ArtifactError(`${path}: cannot be read (${error instanceof Error && 'code' in error ? String(error.code) : String(error)})`);
  });
  // A symlink in an artifact could name any file of the job (a key, /proc/self/environ).
  if (info.isSymbolicLink()) throw new ArtifactError(`${path}: is a symbolic link; flakegate reads only regular files from result folders`);
  if (!info.isFile()) throw new ArtifactError(`${path}: is not a regular file`);
  if (info.size > MAX_BYTES[contract]) {
    throw new ArtifactError(`${path}: is ${mib(info.size)} MiB; flakegate reads ${contract === 'shard' ? 'shard manifests' : 'reports'} of at most ${mib(MAX_BYTES[contract])} MiB`);
  }
  return parseJson(await readFile(path, 'utf8'), path);
}

/** Parses and validates text already in memory (`name` says where it came from, for messages). */
export function parseContract<T>(text: string, contract: Contract, name: string, strictness: Strictness = 'reader'): T {
  return checkContract<T>(parseJson(text, name), contract, name, strictness);
}

function checkContract<T>(data: unknown, contract: Contract, name: string, strictness: Strictness): T {
  const result = validate(contract, data, strictness);
  if (!result.ok) throw new ArtifactError(`${name}: ${result.problem}`);
  return data as T;
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ArtifactError(`${name}: is not valid JSON (truncated or corrupted: ${jsonProblem(error)})`);
  }
}

// Newer V8 quotes a snippet of the text in its message; a file that is not what it claims could be
// anything, so only the position is kept.
function jsonProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  if (/end of (JSON )?input|Unterminated/i.test(message)) return 'it ends early';
  return position === undefined ? 'unexpected content' : `unexpected content at character ${position}`;
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
