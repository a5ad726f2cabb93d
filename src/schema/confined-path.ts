// Paths named inside an artifact (a run's report paths) must stay inside the artifact's folder.
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The absolute path of `rel` under `root`, or null when it leads outside: `..` segments, an
 * absolute path, or a symlink (at any level) whose target lies outside. A path that does not
 * exist yet resolves lexically (reading it later finds nothing).
 */
export async function confinedPath(root: string, rel: string): Promise<string | null> {
  if (rel.includes('\0') || isAbsolute(rel)) return null;
  const base = resolve(root);
  const target = resolve(base, rel);
  if (!within(base, target)) return null;
  const realBase = await realpath(base).catch(() => base);
  const realTarget = await realpath(target).catch((error: unknown) => (error instanceof Error && 'code' in error && error.code === 'ENOENT' ? null : undefined));
  if (realTarget === undefined) return null;
  if (realTarget !== null && !within(realBase, realTarget)) return null;
  return target;
}

function within(base: string, target: string): boolean {
  const rel = relative(base, target);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
