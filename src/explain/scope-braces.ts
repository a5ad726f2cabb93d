// Finds what a test runs in the brace languages (JS/TS, Go, Java, Rust, C#) and in Ruby:
// its body, the file's top-level code, and (JS) the file's hooks.
import { findDeclaration } from '../locate/declarations.js';
import { blockEnd, braceDepths } from './brace-depth.js';
import { escapeRegExp, indentOf, isBlankOrComment, MAX_LINE_CHARS, splitLines, type Lang, type Region, type SourceText } from './source-lang.js';

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
  regions.push(...memberRegions(file.path, lines, depths, start, lang));
  if (lang === 'java' || lang === 'dotnet' || lang === 'js') regions.push(...calledMemberRegions(file.path, lines, depths, regions[0] as Region, lang));
  if (lang === 'js') {
    lines.forEach((line, i) => {
      if (JS_HOOK.test(line)) regions.push({ path: file.path, lines, start: i, end: blockEnd(lines, depths, i), scope: 'fixture' });
    });
  }
  return regions;
}

const JVM_CLASS = /^\s{0,200}(?:(?:public|protected|private|abstract|final|open|internal|sealed) ){0,4}class\s/;

/**
 * A JVM base class the test class extends: its fields (class scope) and its set-up members
 * (`@BeforeEach`, `@RegisterExtension`, `@Rule`: fixtures) belong to every subclass's tests; the
 * rest of the file is a helper the test may call.
 */
export function inheritedRegions(file: SourceText, lang: Lang): Region[] {
  const lines = splitLines(file.text);
  const whole: Region[] = [{ path: file.path, lines, start: 0, end: lines.length - 1, scope: 'helper' }];
  const depths = braceDepths(lines, lang);
  const decl = lines.findIndex((l, i) => (depths[i] ?? 0) === 0 && JVM_CLASS.test(l));
  if (decl === -1) return whole;
  let member = decl + 1;
  while (member < lines.length && (depths[member] ?? 0) === 0) member++;
  if (member >= lines.length) return whole;
  const members = memberRegions(file.path, lines, depths, member, lang);
  const covered = new Set(members.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, k) => r.start + k)));
  const rest: Region[] = [];
  let runStart = -1;
  for (let i = 0; i <= lines.length; i++) {
    const free = i < lines.length && !covered.has(i);
    if (free && runStart === -1) runStart = i;
    if (!free && runStart !== -1) {
      rest.push({ path: file.path, lines, start: runStart, end: i - 1, scope: 'helper' });
      runStart = -1;
    }
  }
  return [...members, ...rest];
}

/** JVM/.NET set-up members: they run for each test of the class like a fixture. */
const SETUP_MEMBER = /^\s{0,200}@(?:Before|BeforeEach|BeforeAll|BeforeClass|Rule|ClassRule|RegisterExtension|SetUp|OneTimeSetUp|TestInitialize|ClassInitialize)\b|^\s{0,200}\[(?:SetUp|OneTimeSetUp|TestInitialize|ClassInitialize)\]/;

/**
 * The lines of the test's enclosing class or `describe` block at the test's own depth (fields,
 * constants, the block's shared `let`s: class scope), and the set-up members (`@Before`,
 * `@Rule` fields) and their bodies (fixtures).
 */
function memberRegions(path: string, lines: readonly string[], depths: readonly number[], start: number, lang: Lang): Region[] {
  const depth = depths[start] ?? 0;
  if (depth === 0) return [];
  let open = start - 1;
  while (open >= 0 && (depths[open] ?? 0) >= depth) open--;
  if (open < 0) return [];
  const end = blockEnd(lines, depths, open);
  const regions: Region[] = [];
  let runStart = -1;
  const flush = (last: number): void => {
    if (runStart !== -1 && last >= runStart) regions.push({ path, lines, start: runStart, end: last, scope: 'class' });
    runStart = -1;
  };
  for (let i = open + 1; i <= end; i++) {
    if ((depths[i] ?? 0) !== depth) {
      flush(i - 1);
      continue;
    }
    if (lang !== 'js' && SETUP_MEMBER.test(lines[i] ?? '')) {
      flush(i - 1);
      const memberEnd = fieldEnd(lines, i) ?? blockEnd(lines, depths, i);
      regions.push({ path, lines, start: i, end: memberEnd, scope: 'fixture' });
      i = memberEnd;
      continue;
    }
    if (runStart === -1) runStart = i;
  }
  flush(end);
  return regions;
}

const MAX_CALLEES = 12;
/** An unqualified call (or one on `this`): `runTest(...)`, `this.produce(...)`. */
const MEMBER_CALL = /(?<![\w$.])(?:this\.)?([a-z_][\w$]{0,100})\s{0,5}\(/g;
const NOT_A_MEMBER = new Set(['if', 'for', 'while', 'switch', 'catch', 'return', 'new', 'super', 'this', 'synchronized', 'assert', 'throw', 'typeof', 'sizeof', 'nameof', 'using', 'lock', 'foreach']);

/** JS: a function declared in the file (`function makeI18n(`, `const setup = async (`). */
const JS_FUNCTION = (name: string): RegExp => new RegExp(`^\\s{0,200}(?:export\\s{1,5})?(?:(?:async\\s{1,5})?function\\s{0,5}\\*?\\s{0,5}${escapeRegExp(name)}\\s{0,5}\\(|(?:const|let|var)\\s{1,5}${escapeRegExp(name)}\\s{0,5}=\\s{0,5}(?:async\\s{0,5})?(?:function\\b|\\(|[\\w$]{1,60}\\s{0,5}=>))`);

/**
 * The methods of the test's own class (JVM/.NET), or the functions of its file in scope at the
 * test (JS: its describe block's or the module's), that its body calls by name, one level. A test
 * that delegates to `runTest(...)` or `await makeI18n()` runs that body as its own: the waits,
 * files, ports and imports are there, not in the one-line test.
 */
function calledMemberRegions(path: string, lines: readonly string[], depths: readonly number[], test: Region, lang: Lang): Region[] {
  const depth = depths[test.start] ?? 0;
  const own = /^\s{0,200}(?:(?:public|protected|private|internal|static|final|async|synchronized|override|virtual|suspend|fun)\s{1,5}){0,5}/;
  const called = new Set<string>();
  for (let i = test.start + 1; i <= test.end && called.size < MAX_CALLEES; i++) {
    for (const m of (lines[i] ?? '').slice(0, MAX_LINE_CHARS).matchAll(MEMBER_CALL)) {
      const name = m[1] ?? '';
      if (!NOT_A_MEMBER.has(name) && !/^(?:assert|expect|verify|when|given|then)/.test(name)) called.add(name);
    }
  }
  const out: Region[] = [];
  for (const name of called) {
    const declaration = lang === 'js' ? JS_FUNCTION(name) : new RegExp(`${own.source}(?:<[^>]{0,80}>\\s{1,5})?[\\w$<>\\[\\],.? ]{1,120}?\\s${escapeRegExp(name)}\\s{0,5}\\(`);
    for (let i = 0; i < lines.length; i++) {
      // JVM: a member of the same class; JS: a function visible where the test is (same block or outer).
      if (i === test.start || (lang === 'js' ? (depths[i] ?? 0) > depth : (depths[i] ?? 0) !== depth)) continue;
      const line = (lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (!declaration.test(line) || /^\s{0,200}(?:return|new|else)\b|[=;]\s{0,5}$/.test(line)) continue;
      out.push({ path, lines, start: i, end: blockEnd(lines, depths, i), scope: 'fixture' });
      break;
    }
  }
  return out;
}

/** A field (`@Rule public X x = new X(8080);`) ends at its `;`, before any `{` opens a method. */
function fieldEnd(lines: readonly string[], start: number): number | null {
  for (let i = start; i < lines.length && i < start + 4; i++) {
    const line = lines[i] ?? '';
    const semi = line.indexOf(';');
    const brace = line.indexOf('{');
    if (brace !== -1 && (semi === -1 || brace < semi)) return null;
    if (semi !== -1) return i;
  }
  return null;
}

/** Top-level lines (depth 0): package vars, module `let`s, shared constants. */
export function topLevelRegions(path: string, lines: readonly string[], depths: readonly number[]): Region[] {
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

/** For the regex-safety test. */
export const SCOPE_BRACES_PATTERNS: readonly RegExp[] = [JS_HOOK, SETUP_MEMBER, JVM_CLASS, new RegExp(MEMBER_CALL.source), JS_FUNCTION('name')];
