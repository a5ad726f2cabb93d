// What a JS/TS test runs through the functions of its own file it calls: a top-level
// `function startServer()` or `const seed = async () => ...` in a Jest/Vitest/Mocha/node:test file.
// Their bodies sit below the file's top level, so neither the test's body nor the module scope holds
// them; called from the test or its hooks, they run for this test like a fixture does (as the
// methods a JVM test calls do, src/explain/scope-braces.ts). Followed two calls deep.
import { blockEnd, braceDepths } from './brace-depth.js';
import { escapeRegExp, MAX_LINE_CHARS, type Region } from './source-lang.js';

const CALL_DEPTH = 2;
const MAX_CALLEES = 16;
const CALL = /(?<![\w$.])(?:this\.)?([A-Za-z_$][\w$]{0,100})\s{0,5}\(/;
const CALLS = new RegExp(CALL.source, 'g');
const NOT_A_CALL = new Set([
  'if', 'for', 'while', 'switch', 'catch', 'return', 'function', 'typeof', 'await', 'new', 'super', 'this',
  'describe', 'it', 'test', 'expect', 'beforeEach', 'beforeAll', 'afterEach', 'afterAll', 'before', 'after', 'require', 'import',
]);

function declaration(name: string): RegExp {
  const n = escapeRegExp(name);
  return new RegExp(`^\\s{0,40}(?:export\\s{1,5})?(?:(?:async\\s{1,5})?function\\s{0,5}\\*?\\s{0,5}${n}\\s{0,5}[(<]|(?:const|let|var)\\s{1,5}${n}\\s{0,5}(?::[^=]{1,200})?=\\s{0,5}(?:async\\s{1,5})?(?:function\\b|\\(|[\\w$]{1,100}\\s{0,5}=>))`);
}

/** Test and set-up regions of the test's file: the callers whose callees are followed. */
export function calledJsRegions(regions: readonly Region[]): Region[] {
  const test = regions.find((r) => r.scope === 'test');
  if (test === undefined) return [];
  const lines = test.lines;
  const depths = braceDepths(lines, 'js');
  const covered = (i: number): boolean => regions.some((r) => r.path === test.path && (r.scope === 'test' || r.scope === 'fixture') && i >= r.start && i <= r.end);
  const out: Region[] = [];
  const seen = new Set<number>();
  let callers = regions.filter((r) => r.path === test.path && (r.scope === 'test' || r.scope === 'fixture'));
  for (let depth = 0; depth < CALL_DEPTH && callers.length > 0; depth++) {
    const names = new Set<string>();
    for (const r of callers) {
      for (let i = r.start; i <= r.end && names.size < MAX_CALLEES; i++) {
        for (const m of (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS).matchAll(CALLS)) {
          const name = m[1] ?? '';
          if (!NOT_A_CALL.has(name)) names.add(name);
        }
      }
    }
    const next: Region[] = [];
    for (const name of names) {
      const decl = declaration(name);
      const at = lines.findIndex((l, i) => !covered(i) && !seen.has(i) && decl.test(l.slice(0, MAX_LINE_CHARS)));
      if (at === -1) continue;
      const end = blockEnd(lines, depths, at);
      // A declaration without a body (an abstract method, a `const f = g(...)` value) is no helper.
      if (end <= at) continue;
      seen.add(at);
      const region: Region = { path: test.path, lines, start: at, end, scope: 'fixture' };
      out.push(region);
      next.push(region);
    }
    callers = next;
  }
  return out;
}

export const JS_CALL_PATTERNS: readonly RegExp[] = [CALL, declaration('helper')];
