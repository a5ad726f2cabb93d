// The language a source file is read as: its extension decides, the project's ecosystem is only
// the fallback (a pytest suite may keep a JS fixture server).
import type { Ecosystem } from '../model.js';
import { ecosystemOfPath } from './test-files.js';

export type Lang = 'python' | 'js' | 'go' | 'java' | 'rust' | 'ruby' | 'dotnet' | 'other';

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
  return BY_ECOSYSTEM[ecosystemOfPath(path) ?? ecosystem];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isBlankOrComment(line: string, lang: Lang): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (lang === 'python' || lang === 'ruby') return t.startsWith('#');
  return t.startsWith('//') || t.startsWith('/*') || t.startsWith('*');
}
