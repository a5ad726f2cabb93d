// Test ids come from the code under test: a pull request can name a test file `--junitxml=x.py`
// or `@args.txt`, or a test with a NUL or a megabyte of text. These helpers put ids where a runner
// cannot read them as options, and say which ids no runner can be handed at all.

/** Above this an id is not put on a command line (Linux allows 128 KiB per argument, 2 MiB in all). */
export const MAX_PASSABLE_ID_CHARS = 8192;

/** Why no runner can be given this id on its command line, or null when any preset may pass it. */
export function unpassableId(id: string): string | null {
  if (id.includes('\0')) return 'it contains a NUL character, which no command line can carry';
  if (id.length > MAX_PASSABLE_ID_CHARS) return `it is ${id.length} characters long (at most ${MAX_PASSABLE_ID_CHARS} go on a command line)`;
  return null;
}

/**
 * A relative path as a command-line word no argument parser takes for an option (`-x`, `--x=y`)
 * or an arguments file (`@file`, pytest's and javac's): `./` in front. Absolute paths and paths
 * already starting with `./` or `../` are passed as they are.
 */
export function pathArgument(path: string): string {
  if (path.startsWith('/') || path.startsWith('./') || path.startsWith('../')) return path;
  return `./${path}`;
}

/** A word that a runner's parser could read as an option or an arguments file. */
export function looksLikeOption(word: string): boolean {
  return /^[-+@]/.test(word);
}
