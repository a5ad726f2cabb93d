// Reads project files for the locate and explain stages: only regular files inside the project
// directory (no `..`, no absolute path, no symbolic link leading out), each bounded in size, and
// a budget of files and bytes for the whole analysis. A file that cannot be read is just absent.
import { lstat, readFile, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';

export const MAX_FILE_BYTES = 512 * 1024;
export const MAX_FILES_READ = 3_000;
export const MAX_BYTES_READ = 64 * 1024 * 1024;

export interface ProjectReader {
  /** Reads what it may of `paths` into `into` (paths already there are skipped). */
  read(paths: readonly string[], into: Map<string, string>): Promise<void>;
}

export function createProjectReader(root: string): ProjectReader {
  let realRoot: Promise<string> | undefined;
  let files = 0;
  let bytes = 0;
  return {
    async read(paths, into) {
      realRoot ??= realpath(root).catch(() => root);
      const base = await realRoot;
      for (const path of paths) {
        if (into.has(path) || files >= MAX_FILES_READ || bytes >= MAX_BYTES_READ) continue;
        if (!isRelativeInside(path)) continue;
        const text = await readConfined(base, path);
        if (text === null) continue;
        files += 1;
        bytes += text.length;
        into.set(path, text);
      }
    },
  };
}

/** Relative, forward slashes, no `.`/`..` segments, nothing empty. */
export function isRelativeInside(path: string): boolean {
  if (path === '' || path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path) || path.includes('\0')) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

async function readConfined(base: string, path: string): Promise<string | null> {
  const full = join(base, path);
  try {
    const info = await lstat(full);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return null;
    // A directory on the way may be a link out of the project: the real path must stay inside.
    const real = await realpath(full);
    if (!real.startsWith(base.endsWith(sep) ? base : base + sep)) return null;
    return await readFile(real, 'utf8');
  } catch {
    return null;
  }
}
