// Finds what a test runs in the brace languages (JS/TS, Go, Java, Rust, C#) and in Ruby:
// its body, the file's top-level code, and (JS) the file's hooks.
import { blockEnd, braceDepths } from './brace-depth.js';
import { escapeRegExp, indentOf, isBlankOrComment, splitLines, type Lang, type Region, type SourceText } from './source-lang.js';

/** `it('title'`, `test.concurrent("title"`, `it "title"` (RSpec): the title's opening quote. */
const TITLED_CALL = /\b(?:it|test|specify|scenario)(?:\.(?:only|skip|concurrent|fails|sequential))?\s{0,5}\(?\s{0,5}(['"`])/g;
const JS_HOOK = /^\s{0,200}(?:beforeAll|beforeEach|afterAll|afterEach|before|after)\s{0,5}\(/;

export function braceRegions(file: SourceText, name: string, lang: Lang): Region[] {
  const lines = splitLines(file.text);
  const start = lang === 'js' || lang === 'ruby' ? findTitled(lines, name) ?? findNamed(lines, name, lang) : findNamed(lines, name, lang);
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

/** The line of the `it`/`test` whose title ends the reported name (reporters prefix describe titles). */
function findTitled(lines: readonly string[], name: string): number | null {
  let best: number | null = null;
  let bestLength = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    for (const m of line.matchAll(TITLED_CALL)) {
      const quote = m[1] ?? "'";
      const from = (m.index ?? 0) + m[0].length;
      const close = line.indexOf(quote, from);
      if (close === -1) continue;
      const title = line.slice(from, close);
      if (title === '' || !titleMatches(name, title) || title.length <= bestLength) continue;
      best = i;
      bestLength = title.length;
    }
  }
  return best;
}

function titleMatches(name: string, title: string): boolean {
  if (name === title) return true;
  return [' ', '>', '.', '/', ':'].some((sep) => name.endsWith(`${sep}${title}`) || name.endsWith(`${sep} ${title}`));
}

/** A named function or method: `func TestX(`, `void testX(`, `fn test_x(`, `def test_x`. */
function findNamed(lines: readonly string[], name: string, lang: Lang): number | null {
  const bare = bareName(name, lang);
  if (!/^[\w$]{1,200}$/.test(bare)) return null;
  const n = escapeRegExp(bare);
  const pattern =
    lang === 'go'
      ? new RegExp(`^func\\s{1,5}(?:\\([^)]{0,120}\\)\\s{0,5})?${n}\\s{0,5}\\(`)
      : lang === 'rust'
        ? new RegExp(`\\bfn\\s{1,5}${n}\\s{0,5}[(<]`)
        : lang === 'ruby'
          ? new RegExp(`^\\s{0,200}def\\s{1,5}${n}\\b`)
          : new RegExp(`\\b${n}\\s{0,5}\\(`);
  const i = lines.findIndex((line) => pattern.test(line) && !isBlankOrComment(line, lang));
  return i === -1 ? null : i;
}

function bareName(name: string, lang: Lang): string {
  const head = name.split(/[([]/)[0] ?? name;
  if (lang === 'go') return (name.split('/')[0] ?? name).trim();
  if (lang === 'rust') return head.split('::').pop()?.trim() ?? head;
  return head.split('.').pop()?.trim() ?? head;
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
