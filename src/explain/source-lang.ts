// How a source file is read: its language (the extension decides, the ecosystem is only a
// fallback: a pytest suite may keep a JS fixture server), its lines, and regions of lines.
import type { Ecosystem } from '../model.js';
import type { SourceScope } from './types.js';

export type Lang = 'python' | 'js' | 'go' | 'java' | 'rust' | 'ruby' | 'dotnet' | 'other';

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

const BY_EXTENSION: ReadonlyArray<readonly [RegExp, Lang]> = [
  [/\.pyi?$/, 'python'],
  [/\.[cm]?[jt]sx?$/, 'js'],
  [/\.go$/, 'go'],
  [/\.(?:java|kt|kts|scala|groovy)$/, 'java'],
  [/\.rs$/, 'rust'],
  [/\.rb$/, 'ruby'],
  [/\.(?:cs|fs|vb)$/, 'dotnet'],
];

const BY_ECOSYSTEM: Readonly<Record<Ecosystem, Lang>> = {
  python: 'python',
  javascript: 'js',
  go: 'go',
  java: 'java',
  rust: 'rust',
  ruby: 'ruby',
  dotnet: 'dotnet',
  unknown: 'other',
};

export function languageOf(path: string, ecosystem: Ecosystem): Lang {
  for (const [pattern, lang] of BY_EXTENSION) if (pattern.test(path)) return lang;
  return BY_ECOSYSTEM[ecosystem];
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

export function isBlankOrComment(line: string, lang: Lang): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (lang === 'python' || lang === 'ruby') return t.startsWith('#');
  return t.startsWith('//') || t.startsWith('/*') || t.startsWith('*');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
