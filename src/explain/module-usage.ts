// Module-level lines the test does not use are weaker evidence than those it does: a constant
// assigned but never named in the test, its fixtures or its class, or a line inside a module-level
// string (a TOML or JSON document written as test data, `"database.db"` in a config sample) is only
// "somewhere in its file". Such lines become scope `file`: weaker, and never a resource shared by
// two tests just because both sit in that file.
import { tripleQuoted } from './scope-python.js';
import { escapeRegExp, indentOf, type Lang, type Region } from './source-lang.js';
import type { SourceScope } from './types.js';

const PY_ASSIGN = /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=\n]{1,100})?=(?!=)/;
const JS_ASSIGN = /^(?:export\s{1,5})?(?:const|let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})\b/;

export function withUnusedModuleLinesAsFile(regions: readonly Region[], lang: Lang, testFile: string): Region[] {
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

function split(r: Region, scopes: readonly SourceScope[]): Region[] {
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
