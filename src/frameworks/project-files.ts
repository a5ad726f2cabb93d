// A bounded walk over a project's own source files (no dependencies, no VCS or tool folders), for
// presets that look for settings in code (retry calls in setup and test files).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Folders never searched: dependencies, VCS and tool state, build output. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'build', 'coverage', 'vendor', 'venv', '__pycache__', 'target']);
const MAX_FILES = 5000;
const MAX_FILE_BYTES = 512 * 1024;
const MAX_DEPTH = 12;

export interface ProjectFile {
  /** Relative to the project, `/`-separated. */
  readonly path: string;
  readonly text: string;
}

/** The files under `cwd` whose names `include` accepts, read as text; at most MAX_FILES, each bounded. */
export async function readProjectFiles(cwd: string, include: (name: string) => boolean): Promise<ProjectFile[]> {
  const out: ProjectFile[] = [];
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || out.length >= MAX_FILES) return;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) await walk(path, depth + 1);
      } else if (entry.isFile() && include(entry.name)) {
        const size = await stat(path).then((s) => s.size, () => Infinity);
        if (size > MAX_FILE_BYTES) continue;
        const text = await readFile(path, 'utf8').catch(() => null);
        if (text !== null) out.push({ path: relative(cwd, path).split('\\').join('/'), text });
      }
    }
  };
  await walk(cwd, 0);
  return out;
}
