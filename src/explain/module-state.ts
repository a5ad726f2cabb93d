// Module-level mutable state mutated from the test: declared at top level of the test file,
// changed inside the test body or a fixture it uses.
import { jsRunsConcurrently } from './process-model.js';
import { escapeRegExp, MAX_LINE_CHARS, type Lang, type Region } from './source-lang.js';

export interface StateMutation {
  /** The variable; `pkg.Name` for another package's. */
  readonly name: string;
  readonly region: Region;
  /** 0-based line in `region.lines`. */
  readonly line: number;
}

const DECLARATIONS: Partial<Record<Lang, readonly RegExp[]>> = {
  python: [
    /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=]{1,100})?=\s{0,5}(?:\[|\{|set\(|dict\(|list\(|defaultdict\(|Counter\(|OrderedDict\(|deque\(|(?:\d{1,12}|None|True|False)\s{0,5}(?:#|$))/,
  ],
  js: [
    /^(?:export\s{1,5})?(?:let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})/,
    /^(?:export\s{1,5})?const\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}(?::[^=]{1,100})?=\s{0,5}(?:\[|\{|new (?:Map|Set|Array|WeakMap)\b)/,
  ],
  go: [/^var\s{1,5}([A-Za-z_]\w{0,100})\b/],
};

/** A describe block's `let`: shared by its tests when they run concurrently. */
const JS_BLOCK_LET = /^\s{1,40}(?:let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})/;

/** Mutation forms of a name; `(?<![\w$.])` keeps `obj.count = 1` from matching a global `count`. */
function mutationPattern(name: string, lang: Lang): RegExp {
  const n = escapeRegExp(name);
  const lead = `(?<![\\w$.])${n}`;
  switch (lang) {
    case 'python':
      return new RegExp(
        `${lead}\\.(?:append|extend|add|update|insert|pop|clear|setdefault|remove|discard|popleft|appendleft)\\(|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}(?:=(?!=)|[-+*]=)|${lead}\\s{0,5}[-+*]=|^\\s{0,200}global\\s[^#]{0,300}\\b${n}\\b|\\bdel ${n}\\[`,
      );
    case 'go':
      // `&name` hands the variable to code that writes it (flag bindings, json.Unmarshal).
      return new RegExp(`${lead}\\s{0,5}(?:=(?!=)|\\+\\+|--|[-+*/]=)|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}(?:=(?!=)|\\+\\+|--|[-+]=)|\\bdelete\\(${n}\\s{0,5},|&${n}\\b(?!\\s{0,5}\\{)`);
    default:
      return new RegExp(
        `${lead}\\s{0,5}(?:=(?![=>])|\\+\\+|--|[-+*/]=)|\\+\\+${n}\\b|${lead}\\.(?:push|set|add|splice|unshift|pop|shift|delete|clear|sort|reverse)\\(|${lead}\\[[^\\]]{0,100}\\]\\s{0,5}=(?!=)|${lead}\\.[\\w$]{1,100}\\s{0,5}=(?![=>])`,
      );
  }
}

/** Names declared mutable at the top level of the test's file (Go: of any file of its package). */
function declaredNames(modules: readonly Region[], lang: Lang, testFile: string): string[] {
  const patterns = DECLARATIONS[lang];
  if (patterns === undefined) return [];
  const names = new Set<string>();
  for (const r of modules) {
    if (lang === 'go' ? dirOf(r.path) !== dirOf(testFile) : r.path !== testFile) continue;
    let inVarBlock = false;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      // Go groups package variables in `var ( ... )`.
      if (lang === 'go' && /^var\s{0,5}\($/.test(line.trim())) inVarBlock = true;
      else if (inVarBlock && line.trim() === ')') inVarBlock = false;
      else if (inVarBlock) {
        const name = /^\s{1,20}([A-Za-z_]\w{0,100})\b/.exec(line)?.[1];
        if (name !== undefined) names.add(name);
      }
      for (const p of lang === 'js' && r.scope === 'class' ? [JS_BLOCK_LET] : patterns) {
        const name = p.exec(line)?.[1];
        if (name !== undefined && name !== '__all__' && name !== '_') names.add(name);
      }
    }
  }
  return [...names].sort();
}

export function findStateMutations(regions: readonly Region[], lang: Lang, testFile: string): StateMutation[] {
  // JS hooks assigning a top-level `let` (`server = await start()`) are the idiom, not a leak,
  // unless the file's tests run concurrently: then the hook of one overwrites what another is
  // using, and the describe block's `let`s are shared too. Go: the package functions the test calls.
  const concurrent = lang === 'js' && jsRunsConcurrently(regions, testFile);
  const modules = regions.filter((r) => r.scope === 'module' || (concurrent && r.scope === 'class'));
  const bodies = regions.filter((r) => r.scope === 'test' || (r.scope === 'fixture' && (lang !== 'js' || concurrent)) || (r.scope === 'helper' && lang === 'go'));
  const found: StateMutation[] = [];
  if (lang === 'go') found.push(...foreignPackageWrites(bodies));
  for (const name of declaredNames(modules, lang, testFile)) {
    const pattern = mutationPattern(name, lang);
    const redeclared = new RegExp(`\\b(?:let|const|var)\\s{1,5}${escapeRegExp(name)}\\b|${escapeRegExp(name)}\\s{0,5}:=`);
    for (const r of bodies) {
      for (let i = r.start; i <= r.end; i++) {
        const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
        if (pattern.test(line) && !redeclared.test(line)) found.push({ name, region: r, line: i });
      }
    }
  }
  return found;
}

/**
 * Module (Go: package) variables that other tests of the test's file (Go: of its package's test
 * files) write and the test itself never does: the test reads what they leave, or, run
 * concurrently with them, what they are changing. One line per variable: the first writer.
 */
export function findSiblingWrites(regions: readonly Region[], lang: Lang, testFile: string, own: readonly StateMutation[]): StateMutation[] {
  if (lang !== 'python' && lang !== 'go') return [];
  if (!regions.some((r) => r.scope === 'test')) return [];
  const mine = new Set(own.map((m) => m.name));
  // Module lines the test does not name are scope `file` (src/explain/module-usage.ts): a test that
  // reads the variable through a call never names it.
  const names = declaredNames(regions.filter((r) => r.scope === 'module' || r.scope === 'file'), lang, testFile).filter((n) => !mine.has(n));
  if (names.length === 0) return [];
  const files = new Map<string, readonly string[]>();
  for (const r of regions) {
    const sibling = r.path === testFile || (lang === 'go' && r.path.endsWith('_test.go') && dirOf(r.path) === dirOf(testFile));
    if (sibling && !files.has(r.path)) files.set(r.path, r.lines);
  }
  const ownLines = new Set(regions.filter((r) => r.scope !== 'module' && r.scope !== 'file').flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, k) => `${r.path}:${r.start + k}`)));
  const found: StateMutation[] = [];
  for (const name of names) {
    const pattern = mutationPattern(name, lang);
    let hit: StateMutation | null = null;
    for (const [path, lines] of [...files].sort((a, b) => Number(b[0] === testFile) - Number(a[0] === testFile) || a[0].localeCompare(b[0]))) {
      for (let i = 0; i < lines.length && hit === null; i++) {
        const line = (lines[i] ?? '').slice(0, MAX_LINE_CHARS);
        // Inside a function (indented), not the declaration; not a line the test itself runs.
        if (!/^\s/.test(line) || ownLines.has(`${path}:${i}`) || !pattern.test(line)) continue;
        hit = { name, region: { path, lines, start: i, end: i, scope: 'module' }, line: i };
      }
      if (hit !== null) break;
    }
    if (hit !== null) found.push(hit);
  }
  return found;
}

function dirOf(path: string): string {
  return path.split('/').slice(0, -1).join('/');
}

/** `&pkg.Name` handed to a call: another package's exported variable, written from here. */
const FOREIGN_ADDRESS = /&([a-z]\w{0,60}\.[A-Z]\w{0,100})\b(?!\s{0,5}[{(])/;
/** `pkg.Name = v`, `pkg.Name++`: an imported package's variable assigned (`os.Args`, `http.DefaultClient`, `config.Debug`). */
const FOREIGN_ASSIGN = /^\s{0,200}([a-z]\w{0,60})\.([A-Z]\w{0,100})\s{0,5}(?:=(?!=)|\+\+|--|[-+*/]=)/;
const GO_IMPORT_LINE = /^\s{0,20}(?:import\s{1,5})?(?:([A-Za-z_]\w{0,60})\s{1,5})?"([^"\s]{1,300})"/;

/** Names the file's imports bind: the alias, else the last path element (`yaml.v3` -> yaml, `/v2` skipped). */
export function goImportNames(lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  let inBlock = false;
  for (const raw of lines) {
    const line = raw.slice(0, MAX_LINE_CHARS);
    if (/^import\s{0,5}\($/.test(line.trim())) {
      inBlock = true;
      continue;
    }
    if (inBlock && line.trim() === ')') {
      inBlock = false;
      continue;
    }
    if (!inBlock && !/^import\s/.test(line)) continue;
    const m = GO_IMPORT_LINE.exec(line);
    if (m === null) continue;
    if (m[1] !== undefined) {
      if (m[1] !== '_') names.add(m[1]);
      continue;
    }
    const parts = (m[2] ?? '').split('/');
    let last = parts.pop() ?? '';
    if (/^v\d{1,4}$/.test(last)) last = parts.pop() ?? '';
    const name = last.replace(/\.v\d{1,4}$/, '').replace(/^go-/, '').replace(/-go$/, '').replace(/[^\w]/g, '');
    if (name !== '') names.add(name);
  }
  return names;
}

function foreignPackageWrites(bodies: readonly Region[]): StateMutation[] {
  const found: StateMutation[] = [];
  const imports = new Map<string, Set<string>>();
  for (const r of bodies) {
    let imported = imports.get(r.path);
    if (imported === undefined) {
      imported = goImportNames(r.lines);
      imports.set(r.path, imported);
    }
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      // `&card.Zones` of a local struct (`var card Card`, `card := ...`) is not a package's variable.
      const name = FOREIGN_ADDRESS.exec(line)?.[1];
      if (name !== undefined && (imported.has(name.slice(0, name.indexOf('.'))) || !declaresLocal(r, name.slice(0, name.indexOf('.'))))) {
        found.push({ name, region: r, line: i });
        continue;
      }
      const assigned = FOREIGN_ASSIGN.exec(line);
      if (assigned !== null && imported.has(assigned[1] ?? '')) found.push({ name: `${assigned[1]}.${assigned[2]}`, region: r, line: i });
    }
  }
  return found;
}

/** Whether the file declares `name` as a variable or parameter of its own (`var card Card`, `card := ...`, `func f(card *Card)`). */
function declaresLocal(region: Region, name: string): boolean {
  const n = escapeRegExp(name);
  const local = new RegExp(`^\\s{1,40}var\\s{1,5}${n}\\b|(?<![\\w.])${n}(?:\\s{0,5},\\s{0,5}\\w{1,60})?\\s{0,5}:=|[(,]\\s{0,5}${n}\\s{1,5}\\*?[\\w.[\\]]{1,100}\\s{0,5}[,)]`);
  return region.lines.some((l) => local.test(l.slice(0, MAX_LINE_CHARS)));
}

/** For the regex-safety test. */
export const MODULE_STATE_PATTERNS: readonly RegExp[] = [FOREIGN_ADDRESS, FOREIGN_ASSIGN, GO_IMPORT_LINE, JS_BLOCK_LET];

/** A module-level handle opened on a database (`var db = sql.Open(...)`, `DB = sqlite3.connect(...)`). */
const HANDLE: Partial<Record<Lang, RegExp>> = {
  go: /^var\s{1,5}([A-Za-z_]\w{0,100})(?:\s{0,5},\s{0,5}\w{1,100})?(?:\s{1,5}[\w.*]{1,100})?\s{0,5}=\s{0,5}[\w.&]{0,100}?(?:sql\.Open|sqlx?\.Connect|[Ss]qlite\w{0,40}|[Dd]atabase\w{0,40}|[Oo]pen\w{0,20}D[Bb]|[Rr]edis\w{0,40}|[Mm]ongo\w{0,40})\w{0,40}\(/,
  python: /^([A-Za-z_]\w{0,100})\s{0,5}=\s{0,5}[\w.]{0,100}?(?:connect|create_engine|Database|sqlite\w{0,20}|Redis|MongoClient|StrictRedis)\w{0,40}\(/,
  js: /^(?:export\s{1,5})?(?:const|let|var)\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}=\s{0,5}(?:await\s{1,5})?(?:new\s{1,5})?[\w.$]{0,100}?(?:Database|connect|createConnection|createPool|sqlite\w{0,20}|Pool|PrismaClient|Redis|MongoClient)\w{0,40}\(/,
};

export interface SharedHandle {
  readonly name: string;
  readonly region: Region;
  /** 0-based line of the declaration. */
  readonly line: number;
}

/**
 * Database handles opened once at module (Go: package) level and used by the test: every test of
 * the process (Go: `t.Parallel` tests, one binary) writes through the same connection or database.
 */
export function findSharedHandles(regions: readonly Region[], lang: Lang, testFile: string): SharedHandle[] {
  const pattern = HANDLE[lang];
  if (pattern === undefined) return [];
  const bodies = regions.filter((r) => r.scope === 'test' || r.scope === 'fixture' || r.scope === 'class' || r.scope === 'helper');
  const found: SharedHandle[] = [];
  for (const r of regions) {
    if (r.scope !== 'module' || (lang === 'go' ? dirOf(r.path) !== dirOf(testFile) : r.path !== testFile)) continue;
    for (let i = r.start; i <= r.end; i++) {
      const name = pattern.exec((r.lines[i] ?? '').slice(0, MAX_LINE_CHARS))?.[1];
      if (name === undefined || name === '_') continue;
      const use = new RegExp(`(?<![\\w$.])${escapeRegExp(name)}\\b`);
      if (bodies.some((b) => b.lines.slice(b.start, b.end + 1).some((l) => use.test(l)))) found.push({ name, region: r, line: i });
    }
  }
  return found;
}
