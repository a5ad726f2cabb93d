// The shard's I/O: find the commit under test and write <out>/shard.json.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ShardManifest } from './manifest.js';

const run = promisify(execFile);

/** GITHUB_SHA on a runner; else `git rev-parse HEAD` in the project; else null (not a repository). */
export async function resolveCommit(cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const sha = env['GITHUB_SHA']?.trim();
  if (sha) return sha;
  try {
    const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd, timeout: 10_000 });
    const head = stdout.trim();
    return /^[0-9a-f]{40,64}$/.test(head) ? head : null;
  } catch {
    return null;
  }
}

export async function writeManifest(out: string, manifest: ShardManifest): Promise<string> {
  const path = join(out, 'shard.json');
  await writeFile(path, JSON.stringify(manifest, null, 2) + '\n');
  return path;
}
