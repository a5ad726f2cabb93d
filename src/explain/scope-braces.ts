// Finds what a test runs in the brace languages (JS/TS, Go, Java, Rust, C#) and in Ruby:
// its body, the file's top-level code, and (JS) the file's hooks.
import { findDeclaration } from '../locate/declarations.js';
import { blockEnd, braceDepths } from './brace-depth.js';
import { indentOf, isBlankOrComment, splitLines, type Lang, type Region, type SourceText } from './source-lang.js';

const JS_HOOK = /^\s{0,200}(?:beforeAll|beforeEach|afterAll|afterEach|before|after)\s{0,5}\(/;

export function braceRegions(file: SourceText, name: string, lang: Lang): Region[] {
  const lines = splitLines(file.text);
  const start = findDeclaration(lines, name, lang);
  if (start === null) return [];
  if (lang === 'ruby') {
    return [{ path: file.path, lines, start, end: indentEnd(lines, start), scope: 'test' }];
  }
  const depths = braceDepths(lines, lang);
  const regions: Region[] = [{ path: file.path, lines, start, end: blockEnd(lines, depths, start), scope: 'test' }];
  regions.push(...topLevelRegions(file.path, lines, depths));
  if (lang === 'js') {
    lines.forEach((line, i) => {
      if (JS_HOOK.test(line)) regions.push({ path: file.path, lines, start: i, end: blockEnd(lines, depths, i), scope: 'fixture' });
    });
  }
  return regions;
}

/** Top-level lines (depth 0): package vars, module `let`s, shared constants. */
function topLevelRegions(path: string, lines: readonly string[], depths: readonly number[]): Region[] {
  const regions: Region[] = [];
  let runStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const top = i < lines.length && (depths[i] ?? 0) === 0;
    if (top && runStart === -1) runStart = i;
    if (!top && runStart !== -1) {
      regions.push({ path, lines, start: runStart, end: i - 1, scope: 'module' });
      runStart = -1;
    }
  }
  return regions;
}

/** Ruby blocks: deeper-indented lines, then the closing `end` at the opening indent. */
function indentEnd(lines: readonly string[], start: number): number {
  const indent = indentOf(lines[start] ?? '');
  let end = start;
  for (let j = start + 1; j < lines.length; j++) {
    const line = lines[j] ?? '';
    if (isBlankOrComment(line, 'ruby')) continue;
    if (indentOf(line) <= indent) return /^\s{0,200}end\b/.test(line) ? j : end;
    end = j;
  }
  return end;
}
