// A merged result directory must stand on its own (it is what the aggregate uploads), so the raw
// reports of every shard's runs are copied into it under the same relative paths.
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { existsSync, lstatSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunRecord } from '../model.js';
import { runDirectory } from '../run/execute-run.js';

/** Copies `<shard>/runs/<id>/` to `<out>/runs/<id>/` and writes `<out>/runs/index.json`. */
export async function keepMergedRuns(sources: readonly { readonly dir: string; readonly records: readonly RunRecord[] }[], out: string): Promise<void> {
  await mkdir(join(out, 'runs'), { recursive: true });
  for (const { dir, records } of sources) {
    if (resolve(dir) === resolve(out)) continue;
    for (const record of records) {
      // runDirectory refuses an id that could climb out of runs/ (the schema already did).
      const from = runDirectory(dir, record.id);
      // Symlinks stay behind: a link in an artifact could name any file of this job.
      if (existsSync(from)) await cp(from, runDirectory(out, record.id), { recursive: true, filter: (src) => !lstatSync(src).isSymbolicLink() });
    }
  }
  const all = sources.flatMap((s) => s.records).sort((a, b) => a.id.localeCompare(b.id));
  await writeFile(join(out, 'runs', 'index.json'), JSON.stringify(all, null, 1));
}
