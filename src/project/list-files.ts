// The project's source files and manifests, listed once per analysis: bounded in count and depth,
// never following a symbolic link (nothing outside the project directory is listed), and
// skipping what is installed or generated rather than written.
import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isManifest } from '../locate/ecosystem.js';
import { ecosystemOfPath } from '../locate/test-files.js';

export const MAX_LISTED_FILES = 50_000;
const MAX_DEPTH = 24;
const MAX_DIRS = 20_000;

/** Installed dependencies, virtual environments, build output, caches, VCS data. */
const SKIPPED_DIRS = new Set([
  'node_modules', 'bower_components', 'jspm_packages', 'vendor', 'third_party',
  '.git', '.hg', '.svn', '.venv', 'venv', 'env', '.env', '.tox', '.nox', '__pycache__', 'site-packages', '.eggs',
  '.mypy_cache', '.pytest_cache', '.ruff_cache', 'dist', 'build', 'target', 'out', 'coverage', '.nyc_output',
  '.next', '.nuxt', '.cache', '.turbo', '.gradle', '.idea', '.vscode', 'bin', 'obj', '.flakegate', '.fixture-state',
]);

export interface Listing {
  /** Repo-relative, forward slashes, sorted. */
  readonly files: string[];
  readonly complete: boolean;
}

/** Breadth-first, so a bound cuts the deepest (least likely to hold the tests) directories first. */
export async function listProject(root: string, skip: readonly string[] = []): Promise<Listing> {
  const files: string[] = [];
  const skipped = new Set(skip);
  let complete = true;
  let queue: Array<{ dir: string; depth: number }> = [{ dir: '', depth: 0 }];
  let dirs = 0;
  while (queue.length > 0) {
    const next: typeof queue = [];
    for (const { dir, depth } of queue) {
      if (++dirs > MAX_DIRS) return { files: files.sort(), complete: false };
      const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => [] as Dirent[]);
      for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = dir === '' ? e.name : `${dir}/${e.name}`;
        if (e.isDirectory()) {
          if (SKIPPED_DIRS.has(e.name) || skipped.has(path) || depth >= MAX_DEPTH) continue;
          next.push({ dir: path, depth: depth + 1 });
        } else if (e.isFile() && (ecosystemOfPath(e.name) !== null || isManifest(e.name))) {
          if (files.length >= MAX_LISTED_FILES) {
            complete = false;
            continue;
          }
          files.push(path);
        }
      }
    }
    queue = next;
  }
  return { files: files.sort(), complete };
}
