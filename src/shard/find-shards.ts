// The aggregate job's input: a directory of downloaded artifacts, one sub-directory per shard.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../config.js';

/**
 * `shard-results/` -> its sub-directories holding a shard.json or report.json (download-artifact@v4
 * without merge-multiple extracts each artifact into a directory of its own name), or the directory
 * itself when it is one shard. Directories with a report but no shard.json are kept so the merge
 * names them instead of silently dropping them.
 */
export function findShardDirs(dir: string, label: string): string[] {
  const root = resolve(dir);
  if (!existsSync(root)) throw new ConfigError(`${label}: '${dir}' does not exist; download the shard artifacts there first (actions/download-artifact@v4)`);
  if (isResult(root)) return [root];
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && isResult(join(root, e.name)))
    .map((e) => join(root, e.name))
    .sort();
  if (dirs.length === 0) {
    throw new ConfigError(`${label}: '${dir}' holds no shard results (no <artifact>/shard.json); download with pattern: flakegate-shard-* and without merge-multiple`);
  }
  return dirs;
}

function isResult(dir: string): boolean {
  return existsSync(join(dir, 'shard.json')) || existsSync(join(dir, 'report.json'));
}
