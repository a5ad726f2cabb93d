// What a Go test shares with the rest of its package: package-level variables declared in any of
// its files, TestMain (which runs around every test of the package) and the package functions the
// test calls (one level: a helper that writes a package variable or binds a fixed port); for a
// Ginkgo suite, the spec containers its `RunSpecs` runs.
import { blockEnd, braceDepths } from './brace-depth.js';
import { findDeclaration } from '../locate/declarations.js';
import { topLevelRegions } from './scope-braces.js';
import { escapeRegExp, splitLines, type Region, type SourceText } from './source-lang.js';

const MAX_CALLEES = 12;
const MAX_CONTAINERS = 20;
const RUN_SPECS = /\bRunSpecs\(/;
const SPEC_CONTAINER = /^var\s{1,5}_\s{0,5}=\s{0,5}(?:Describe|FDescribe|Context|FContext|When|Ordered)\(/;
const CALL = /(?<![\w.])([A-Za-z_]\w{0,100})\s{0,5}\(/g;
const NOT_A_CALL = new Set(['func', 'if', 'for', 'switch', 'return', 'go', 'defer', 'range', 'make', 'new', 'len', 'cap', 'append', 'copy', 'delete', 'panic', 'recover', 'print', 'println', 'string', 'int', 'int64', 'byte', 'rune', 'float64', 'error', 'bool', 'uint', 'map', 'chan', 'select']);

export function goPackageRegions(regions: readonly Region[], packageFiles: readonly SourceText[]): Region[] {
  const testRegions = regions.filter((r) => r.scope === 'test');
  const testFile = testRegions[0];
  const files = [
    ...(testFile === undefined ? [] : [{ path: testFile.path, lines: testFile.lines }]),
    ...packageFiles.map((f) => ({ path: f.path, lines: splitLines(f.text) })),
  ].map((f) => ({ ...f, depths: braceDepths(f.lines, 'go') }));
  const out: Region[] = [];
  for (const f of files.slice(testFile === undefined ? 0 : 1)) out.push(...topLevelRegions(f.path, f.lines, f.depths));
  for (const f of files) {
    const main = findDeclaration(f.lines, 'TestMain', 'go');
    if (main !== null) out.push({ path: f.path, lines: f.lines, start: main, end: blockEnd(f.lines, f.depths, main), scope: 'setup' });
  }
  // Ginkgo: `TestX` only calls `RunSpecs`; the specs it runs are the package's top-level
  // `var _ = Describe(...)` containers, in the suite's other test files (Ginkgo's bootstrap layout).
  if (testRegions.some((r) => r.lines.slice(r.start, r.end + 1).some((l) => RUN_SPECS.test(l)))) {
    for (const f of files) {
      if (!f.path.endsWith('_test.go')) continue;
      let containers = 0;
      for (let i = 0; i < f.lines.length && containers < MAX_CONTAINERS; i++) {
        if ((f.depths[i] ?? 0) !== 0 || !SPEC_CONTAINER.test(f.lines[i] ?? '')) continue;
        const end = blockEnd(f.lines, f.depths, i);
        out.push({ path: f.path, lines: f.lines, start: i, end, scope: 'test' });
        containers += 1;
        i = end;
      }
    }
  }
  const called = new Set<string>();
  for (const r of testRegions) {
    for (let i = r.start; i <= r.end && called.size < MAX_CALLEES; i++) {
      for (const m of (r.lines[i] ?? '').matchAll(CALL)) {
        const name = m[1] ?? '';
        if (!NOT_A_CALL.has(name) && !name.startsWith('Test')) called.add(name);
      }
    }
  }
  for (const name of called) {
    const declaration = new RegExp(`^func\\s{1,5}${escapeRegExp(name)}\\s{0,5}[([]`);
    for (const f of files) {
      const at = f.lines.findIndex((l) => declaration.test(l));
      if (at === -1) continue;
      out.push({ path: f.path, lines: f.lines, start: at, end: blockEnd(f.lines, f.depths, at), scope: 'helper' });
      break;
    }
  }
  return out;
}
