// Where a file declares a test, by the name a report gives it: `it('title'` whose title ends the
// reported describe path (JS, RSpec), `func TestX(` (Go), `def test_x` (Python, Ruby), `fn x(`
// (Rust), `void testX(` (JVM, .NET). Used to find a test's body and to find its file.
import { escapeRegExp, isBlankOrComment, type Lang } from './lang.js';

/** `it('title'`, `test.concurrent("title"`, `it "title"` (RSpec): the title's opening quote. */
const TITLED_CALL = /\b(?:it|test|specify|scenario)(?:\.(?:only|skip|concurrent|fails|sequential))?\s{0,5}\(?\s{0,5}(['"`])/g;

/** The 0-based line declaring the test, or null. */
export function findDeclaration(lines: readonly string[], name: string, lang: Lang): number | null {
  if (lang === 'js' || lang === 'ruby') {
    const titled = findTitled(lines, name);
    if (titled !== null) return titled.line;
  }
  return findNamed(lines, name, lang);
}

/** The line of the `it`/`test` whose title ends the reported name (reporters prefix describe titles). */
export function findTitled(lines: readonly string[], name: string): { line: number; length: number } | null {
  let best: { line: number; length: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    for (const m of line.matchAll(TITLED_CALL)) {
      const quote = m[1] ?? "'";
      const from = (m.index ?? 0) + m[0].length;
      const close = line.indexOf(quote, from);
      if (close === -1) continue;
      const title = line.slice(from, close);
      if (title === '' || !titleMatches(name, title) || title.length <= (best?.length ?? 0)) continue;
      best = { line: i, length: title.length };
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
  if (lang === 'java') {
    const shown = findJvmDisplayed(lines, name);
    if (shown !== null) return shown;
  }
  if (!/^[\w$]{1,200}$/.test(bare)) return null;
  const n = escapeRegExp(bare);
  const pattern =
    lang === 'go'
      ? new RegExp(`^func\\s{1,5}(?:\\([^)]{0,120}\\)\\s{0,5})?${n}\\s{0,5}\\(`)
      : lang === 'rust'
        ? new RegExp(`\\bfn\\s{1,5}${n}\\s{0,5}[(<]`)
        : lang === 'ruby' || lang === 'python'
          ? new RegExp(`^\\s{0,200}(?:async\\s{1,5})?def\\s{1,5}${n}\\b`)
          : new RegExp(`\\b${n}\\s{0,5}\\(`);
  const i = lines.findIndex((line) => pattern.test(line) && !isBlankOrComment(line, lang));
  return i === -1 ? null : i;
}

/**
 * JVM tests reported by a name that is no identifier: a Kotlin function named in backticks
 * (``fun `adds two items`()``, reported `adds two items()`), a Spock feature (`def "adds two
 * items"()`), or a JUnit 5 `@DisplayName("...")` (Gradle reports the display name) on the method
 * below it.
 */
function findJvmDisplayed(lines: readonly string[], name: string): number | null {
  const title = name.replace(/\(\)$|\[\d{1,6}\]$/, '').trim();
  if (title === '' || title.length > 300 || /^[\w$]{1,200}$/.test(title)) return null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.includes(`\`${title}\``) && /\bfun\s/.test(line)) return i;
    if ((line.includes(`def "${title}"`) || line.includes(`def '${title}'`)) && !isBlankOrComment(line, 'java')) return i;
    const shown = JVM_DISPLAY_NAME.exec(line);
    if (shown === null || shown[2] !== title) continue;
    for (let j = i + 1; j < lines.length && j < i + 8; j++) if (/\b(?:void|fun)\s{1,5}[\w$`]/.test(lines[j] ?? '')) return j;
  }
  return null;
}

const JVM_DISPLAY_NAME = /@DisplayName\(\s{0,5}(["'])([^"'\n]{1,300})\1/;

/** The function name inside a reported name: `TestX/sub` -> `TestX`, `test_x[1]` -> `test_x`. */
export function bareName(name: string, lang: Lang): string {
  const head = name.split(/[([]/)[0] ?? name;
  if (lang === 'go') return (name.split('/')[0] ?? name).trim();
  if (lang === 'rust') return head.split('::').pop()?.trim() ?? head;
  return head.split('.').pop()?.trim() ?? head;
}
