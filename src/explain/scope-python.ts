// Finds what a pytest test runs: its function, the module-level code of its file, the fixtures it
// names (from the file or a conftest), followed a few levels, and the functions those call in the
// same files (src/explain/python-calls.ts). Indentation is the block structure.
import { calledRegions, classBodyOf } from './python-calls.js';
import { block, decoratorsStart, tripleQuoted } from './python-blocks.js';
import { escapeRegExp, indentOf, isBlankOrComment, splitLines, type Region, type SourceText } from './source-lang.js';

/** Fixtures use fixtures; a few levels catch the database or server fixture behind a client fixture. */
const FIXTURE_DEPTH = 3;


/** Regions for a test named like pytest reports it (`test_x` or `test_x[param]`). */
export function pythonRegions(
  file: SourceText,
  name: string,
  classname: string | undefined,
  support: readonly SourceText[],
): Region[] {
  const lines = splitLines(file.text);
  const base = name.replace(/\[[^\]]{0,500}\]$/, '');
  if (!/^\w{1,200}$/.test(base)) return [];
  const defs = findDefs(lines, base);
  const className = classname?.split('.').pop();
  const chosen = defs.find((d) => enclosingClass(lines, d) === className) ?? defs[0];
  if (chosen === undefined) return [];
  const test = block(lines, chosen);
  const regions: Region[] = [
    { path: file.path, lines, start: decoratorsStart(lines, chosen), end: test.end, scope: 'test' },
    ...moduleRegions(file.path, lines),
  ];
  const files = [{ path: file.path, lines }, ...support.map((s) => ({ path: s.path, lines: splitLines(s.text) }))];
  regions.push(...fixtureRegions(files, test.params));
  regions.push(...classRegions(file.path, lines, chosen));
  regions.push(...calledRegions(files, regions, classBodyOf(lines, chosen)));
  return regions;
}

/** unittest and pytest set-up methods: they run for the test like a fixture does. */
const SETUP_METHOD = /^(?:setUp|setUpClass|asyncSetUp|setup_method|setup_class|setup|setUpTestData|tearDown|tearDownClass|teardown_method|teardown_class)$/;

/**
 * The test's class: its attributes (class scope: every test of the class sees them) and its
 * set-up and tear-down methods (fixtures of each of its tests).
 */
function classRegions(path: string, lines: readonly string[], at: number): Region[] {
  const indent = indentOf(lines[at] ?? '');
  if (indent === 0) return [];
  let header = -1;
  const inString = tripleQuoted(lines);
  for (let i = at - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (inString[i] === true || isBlankOrComment(line, 'python') || indentOf(line) >= indent) continue;
    if (/^\s{0,200}class\s/.test(line)) header = i;
    break;
  }
  if (header === -1) return [];
  const body = block(lines, header);
  const regions: Region[] = [];
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart !== -1 && end >= runStart) regions.push({ path, lines, start: runStart, end, scope: 'class' });
    runStart = -1;
  };
  for (let i = header + 1; i <= body.end; i++) {
    const line = lines[i] ?? '';
    const def = indentOf(line) === indent ? /^\s{0,200}(?:async\s{1,5})?def\s{1,5}(\w{1,200})/.exec(line) : null;
    if (def === null) {
      if (runStart === -1 && !isBlankOrComment(line, 'python') && !/^\s{0,200}@/.test(line)) runStart = i;
      continue;
    }
    flush(decoratorsStart(lines, i) - 1);
    const method = block(lines, i);
    if (SETUP_METHOD.test(def[1] ?? '')) regions.push({ path, lines, start: i, end: method.end, scope: 'fixture' });
    i = method.end;
  }
  flush(body.end);
  return regions;
}

function findDefs(lines: readonly string[], name: string): number[] {
  const pattern = new RegExp(`^\\s{0,200}(?:async\\s{1,5})?def\\s{1,5}${escapeRegExp(name)}\\s{0,5}\\(`);
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (pattern.test(line)) found.push(i);
  });
  return found;
}

function enclosingClass(lines: readonly string[], at: number): string | undefined {
  const indent = indentOf(lines[at] ?? '');
  const inString = tripleQuoted(lines);
  for (let i = at - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i] ?? '';
    // Docstrings and multi-line strings may start at column 0: they are not the class's end.
    if (inString[i] === true || isBlankOrComment(line, 'python') || indentOf(line) >= indent) continue;
    return /^\s{0,200}class\s{1,5}(\w{1,200})/.exec(line)?.[1];
  }
  return undefined;
}

/** Lines outside every top-level def and class: constants, globals, module-scoped setup. */
function moduleRegions(path: string, lines: readonly string[]): Region[] {
  const regions: Region[] = [];
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart !== -1) regions.push({ path, lines, start: runStart, end, scope: 'module' });
    runStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (indentOf(line) === 0 && /^(?:async\s{1,5})?(?:def|class)\s/.test(line)) {
      flush(i - 1);
      i = block(lines, i).end;
      continue;
    }
    if (runStart === -1) runStart = i;
  }
  flush(lines.length - 1);
  return regions;
}

/** Fixture functions the test names, searched in its file and conftests; autouse fixtures too. */
function fixtureRegions(
  files: ReadonlyArray<{ readonly path: string; readonly lines: readonly string[] }>,
  params: readonly string[],
): Region[] {
  const regions: Region[] = [];
  const seen = new Set<string>();
  let wanted = [...params];
  // Level 0 always runs: autouse fixtures apply even to a test that names none.
  for (let level = 0; level < FIXTURE_DEPTH && (level === 0 || wanted.length > 0); level++) {
    const next: string[] = [];
    for (const f of files) {
      f.lines.forEach((line, i) => {
        const name = /^\s{0,200}(?:async\s{1,5})?def\s{1,5}(\w{1,200})\s{0,5}\(/.exec(line)?.[1];
        if (name === undefined) return;
        const decorators = f.lines.slice(decoratorsStart(f.lines, i), i).join('\n');
        if (!decorators.includes('fixture')) return;
        const autouse = level === 0 && /autouse\s{0,5}=\s{0,5}True/.test(decorators);
        const key = `${f.path}:${i}`;
        if ((!wanted.includes(name) && !autouse) || seen.has(key)) return;
        seen.add(key);
        const b = block(f.lines, i);
        // An autouse fixture the test does not name is the suite's set-up: every test under its
        // conftest runs it, the passing ones too, so it singles out no pair of tests.
        regions.push({ path: f.path, lines: f.lines, start: i, end: b.end, scope: autouse && !wanted.includes(name) ? 'setup' : 'fixture' });
        next.push(...b.params);
      });
    }
    wanted = next;
  }
  return regions;
}
