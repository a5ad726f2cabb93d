// Module-level lines the test does not use are weaker evidence than those it does: a constant
// assigned but never named in the test, its fixtures or its class, or a line inside a module-level
// string (a TOML or JSON document written as test data, `"database.db"` in a config sample) is only
// "somewhere in its file". Such lines become scope `file`: weaker, and never a resource shared by
// two tests just because both sit in that file. Python docstrings are prose and are not scanned.
import { tripleQuoted } from './python-blocks.js';
import { escapeRegExp, indentOf, type Lang, type Region } from './source-lang.js';
import type { SourceScope } from './types.js';

const PY_ASSIGN = /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=\n]{1,100})?=(?!=)/;
const JS_ASSIGN = /^(?:export\s{1,5})?(?:const|let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})\b/;

export function withUnusedModuleLinesAsFile(regions: readonly Region[], lang: Lang, testFile: string): Region[] {
  if (lang === 'python') regions = withPythonProseAsFile(regions);
  if (lang !== 'python' && lang !== 'js') return [...regions];
  const own = regions.filter((r) => r.scope === 'test' || r.scope === 'fixture' || r.scope === 'class');
  const usedCache = new Map<string, boolean>();
  const used = (name: string): boolean => {
    let hit = usedCache.get(name);
    if (hit === undefined) {
      const pattern = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`);
      hit = own.some((r) => r.lines.slice(r.start, r.end + 1).some((l) => pattern.test(l)));
      usedCache.set(name, hit);
    }
    return hit;
  };
  return regions.flatMap((r) => {
    if (r.scope !== 'module' || r.path !== testFile) return [r];
    const inString = lang === 'python' ? tripleQuoted(r.lines) : null;
    const scopes: SourceScope[] = [];
    let current: SourceScope = 'module';
    for (let i = r.start; i <= r.end; i++) {
      const line = r.lines[i] ?? '';
      if (inString?.[i] === true) scopes.push('file');
      else if (lang === 'python' && indentOf(line) > 0 && line.trim() !== '') scopes.push(current);
      else {
        const name = (lang === 'python' ? PY_ASSIGN : JS_ASSIGN).exec(line)?.[1];
        current = name !== undefined && !used(name) ? 'file' : 'module';
        scopes.push(current);
      }
    }
    return split(r, scopes);
  });
}

function split(r: Region, scopes: ReadonlyArray<SourceScope | null>): Region[] {
  const out: Region[] = [];
  let start = r.start;
  for (let i = r.start; i <= r.end + 1; i++) {
    const scope = scopes[i - r.start];
    if (i > r.end || scope !== scopes[start - r.start]) {
      out.push({ ...r, start, end: i - 1, scope: scopes[start - r.start] ?? r.scope });
      start = i;
    }
  }
  return out;
}

/**
 * Python prose is not code: a docstring (a string opening right after a `def`/`class` header or at
 * the top of a module) in any region, and any triple-quoted string in a file scanned whole (a
 * helper or conftest imported as a module, where such strings are samples and templates; in a
 * project module, none of them).
 */
function withPythonProseAsFile(regions: readonly Region[]): Region[] {
  const docs = new Map<readonly string[], boolean[]>();
  const strings = new Map<readonly string[], boolean[]>();
  return regions.flatMap((r) => {
    if (r.scope === 'file' || !r.path.endsWith('.py')) return [r];
    let prose = docs.get(r.lines);
    if (prose === undefined) docs.set(r.lines, (prose = docstringLines(r.lines)));
    let quoted: boolean[] | undefined;
    if (r.scope === 'helper' || r.scope === 'library') {
      quoted = strings.get(r.lines);
      if (quoted === undefined) strings.set(r.lines, (quoted = tripleQuoted(r.lines)));
    }
    const scopes: Array<SourceScope | null> = [];
    let any = false;
    for (let i = r.start; i <= r.end; i++) {
      // A docstring is dropped; other strings of a whole-file scan stay, as data "in the file".
      // In the code under test they are dropped: a line there is already weaker than one "in the file".
      const scope: SourceScope | null = prose[i] === true ? null : quoted?.[i] === true ? (r.scope === 'library' ? null : 'file') : r.scope;
      any ||= scope !== r.scope;
      scopes.push(scope);
    }
    return any ? split(r, scopes).filter((part) => scopes[part.start - r.start] !== null) : [r];
  });
}

const OPENS_STRING = /^\s{0,200}[rRbBuU]{0,2}(?:"""|\'\'\')/;

/** Lines of docstrings, their opening and closing lines included. */
export function docstringLines(lines: readonly string[]): boolean[] {
  const out = lines.map(() => false);
  const inside = tripleQuoted(lines);
  let previous = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (inside[i] === true) continue;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (OPENS_STRING.test(line) && (previous === '' || previous.endsWith(':'))) {
      out[i] = true;
      // `inside` is the state before each line: the closing line is the last one inside.
      for (let j = i + 1; j < lines.length && inside[j] === true; j++) out[j] = true;
    }
    previous = trimmed;
  }
  return out;
}
