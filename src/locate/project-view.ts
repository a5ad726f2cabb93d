// What the locate stage knows of the project: its file listing and the texts read so far. The
// pipeline's edge (src/project/) builds it, bounded and confined to the project directory.

export interface ProjectView {
  /** Repo-relative paths (forward slashes) of the project's files, sorted; bounded. */
  readonly files: readonly string[];
  /** False when the listing stopped at its bound: a path absent from it may still exist. */
  readonly complete: boolean;
  /** Texts read so far, by repo-relative path. */
  readonly texts: ReadonlyMap<string, string>;
}

/** Paths of the listing by exact path and by every path suffix, built once per view. */
export interface FileIndex {
  has(path: string): boolean;
  /** Listed paths equal to `suffix` or ending with `/suffix`, sorted. */
  endingWith(suffix: string): readonly string[];
  /** Listed paths directly in `dir` ('' = the root). */
  inDir(dir: string): readonly string[];
}

const indexes = new WeakMap<readonly string[], FileIndex>();

export function indexFiles(files: readonly string[]): FileIndex {
  let index = indexes.get(files);
  if (index !== undefined) return index;
  const all = new Set(files);
  const bySuffix = new Map<string, string[]>();
  const byDir = new Map<string, string[]>();
  for (const path of files) {
    const parts = path.split('/');
    for (let i = 0; i < parts.length; i++) {
      const suffix = parts.slice(i).join('/');
      const list = bySuffix.get(suffix);
      if (list === undefined) bySuffix.set(suffix, [path]);
      else list.push(path);
    }
    const dir = parts.slice(0, -1).join('/');
    const list = byDir.get(dir);
    if (list === undefined) byDir.set(dir, [path]);
    else list.push(path);
  }
  index = {
    has: (path) => all.has(path),
    endingWith: (suffix) => bySuffix.get(suffix) ?? [],
    inDir: (dir) => byDir.get(dir) ?? [],
  };
  indexes.set(files, index);
  return index;
}
