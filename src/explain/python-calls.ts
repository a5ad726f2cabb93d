// What a pytest test runs through the functions it calls: `self._check(...)` (a method of its
// class) or a module-level `_configure(buf)` in its file or, from a fixture, in its conftest.
import { block, decoratorsStart, tripleQuoted, type Block } from './python-blocks.js';
import { indentOf, isBlankOrComment, MAX_LINE_CHARS, type Region } from './source-lang.js';

/** Helpers called from helpers: `_check` calling `_make_matrix` is still this test's code. */
const CALL_DEPTH = 2;
/** `_check(...)`, `self._check(...)`, `cls.build(...)`: a name called as a function or method. */
const PY_CALL = /(?<![\w.])(self\.|cls\.)?([A-Za-z_]\w{0,100})\s{0,5}\(/;
const PY_CALLS = new RegExp(PY_CALL.source, 'g');
const PY_TOP_DEF = /^(?:async\s{1,5})?def\s{1,5}(\w{1,200})\s{0,5}\(/;
const PY_METHOD_DEF = /^\s{1,200}(?:async\s{1,5})?def\s{1,5}(\w{1,200})\s{0,5}\(/;

/**
 * Functions the test, its fixtures and set-up methods call, defined in the same file (top-level
 * `def`s; for `self.`/`cls.` calls, methods of the test's class) or, for a fixture's calls, in its
 * conftest: what a test runs through `self._check(...)` or a module-level `_configure(buf)` is its
 * own code, one call away (scope `fixture`, like the set-up that runs for it). Test functions and
 * fixtures are not followed (a fixture runs only when named).
 */
export function calledRegions(
  files: ReadonlyArray<{ readonly path: string; readonly lines: readonly string[] }>,
  from: readonly Region[],
  cls: { readonly body: Block; readonly indent: number } | null,
): Region[] {
  const out: Region[] = [];
  const seen = new Set(from.map((r) => `${r.path}:${r.start}`));
  let callers = from.filter((r) => r.scope === 'test' || r.scope === 'fixture');
  for (let depth = 0; depth < CALL_DEPTH && callers.length > 0; depth++) {
    const next: Region[] = [];
    for (const caller of callers) {
      const file = files.find((f) => f.path === caller.path);
      if (file === undefined) continue;
      const { free, methods } = callsIn(caller);
      const targets: number[] = [];
      file.lines.forEach((line, i) => {
        const top = PY_TOP_DEF.exec(line.slice(0, MAX_LINE_CHARS))?.[1];
        if (top !== undefined && free.has(top)) targets.push(i);
      });
      if (cls !== null && caller.path === from[0]?.path) {
        for (let i = cls.body.start + 1; i <= cls.body.end; i++) {
          const line = file.lines[i] ?? '';
          const m = indentOf(line) === cls.indent ? PY_METHOD_DEF.exec(line.slice(0, MAX_LINE_CHARS)) : null;
          if (m !== null && methods.has(m[1] ?? '')) targets.push(i);
        }
      }
      for (const at of targets) {
        const key = `${caller.path}:${decoratorsStart(file.lines, at)}`;
        const name = /def\s{1,5}(\w{1,200})/.exec(file.lines[at] ?? '')?.[1] ?? '';
        const decorators = file.lines.slice(decoratorsStart(file.lines, at), at).join('\n');
        if (seen.has(key) || seen.has(`${caller.path}:${at}`) || /^test/.test(name) || decorators.includes('fixture')) continue;
        seen.add(key);
        const region: Region = { path: caller.path, lines: file.lines, start: at, end: block(file.lines, at).end, scope: 'fixture' };
        out.push(region);
        next.push(region);
      }
    }
    callers = next;
  }
  return out;
}

function callsIn(r: Region): { free: Set<string>; methods: Set<string> } {
  const free = new Set<string>();
  const methods = new Set<string>();
  // The `def` line itself names the function, not a call.
  for (let i = r.start + 1; i <= r.end; i++) {
    const line = r.lines[i] ?? '';
    if (isBlankOrComment(line, 'python')) continue;
    for (const m of line.slice(0, MAX_LINE_CHARS).matchAll(PY_CALLS)) (m[1] === undefined ? free : methods).add(m[2] ?? '');
  }
  return { free, methods };
}

/** The block of the class a test method sits in and its methods' indent, or null for a module-level test. */
export function classBodyOf(lines: readonly string[], at: number): { body: Block; indent: number } | null {
  const indent = indentOf(lines[at] ?? '');
  if (indent === 0) return null;
  const inString = tripleQuoted(lines);
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (inString[i] === true || isBlankOrComment(line, 'python') || indentOf(line) >= indent) continue;
    return /^\s{0,200}class\s/.test(line) ? { body: block(lines, i), indent } : null;
  }
  return null;
}

/** For the regex-safety test. */
export const PYTHON_CALL_PATTERNS: readonly RegExp[] = [PY_CALL, PY_TOP_DEF, PY_METHOD_DEF];
