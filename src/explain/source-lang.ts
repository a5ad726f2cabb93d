// How a source file is read: its language (src/locate/lang.ts), its lines, and regions of lines.
import type { SourceScope } from './types.js';

export { escapeRegExp, isBlankOrComment, languageOf, type Lang } from '../locate/lang.js';

export interface SourceText {
  /** Repo-relative path. */
  readonly path: string;
  readonly text: string;
}

/** A range of lines of one file (0-based, inclusive) that the test runs or depends on. */
export interface Region {
  readonly path: string;
  readonly lines: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly scope: SourceScope;
}

/** Source files are untrusted and can be generated: bound what one scan reads. */
export const MAX_SOURCE_CHARS = 512 * 1024;
export const MAX_LINE_CHARS = 400;

export function splitLines(text: string): string[] {
  return text.slice(0, MAX_SOURCE_CHARS).split(/\r?\n/);
}

export function indentOf(line: string): number {
  const m = /^[ \t]{0,200}/.exec(line);
  return m === null ? 0 : m[0].replace(/\t/g, '    ').length;
}
