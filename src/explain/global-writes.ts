// Writes to state every test of the process sees, made from what a test runs: an attribute of an
// imported module or class, or of a module-level object (Python `settings.DEBUG = True`,
// `Config.retries = 0`, `registry.register(...)`, `setattr(mod, "x", ...)`); a static field of a
// class (Java `Client.timeout = 5;`) or a singleton's setter (`Registry.getInstance().register(..)`);
// the global object, a prototype or a built-in (JS `globalThis.fetch = ...`,
// `Date.now = () => 0`). The safe forms (`monkeypatch.setattr`, `mocker.patch`, `jest.spyOn`,
// `vi.stubGlobal`) are calls, not assignments, and do not match. Which cause such a write points
// at follows the runner's process model (src/explain/process-model.ts).
import type { Cause } from '../model.js';
import { stateCause } from './process-model.js';
import { isBlankOrComment, languageOf, MAX_LINE_CHARS, type Lang, type Region } from './source-lang.js';

export interface GlobalWrite {
  readonly region: Region;
  /** 0-based. */
  readonly line: number;
  readonly cause: Cause;
  /** `global:<what>`: the same attribute or field written in two tests' code is one shared thing. */
  readonly resource: string;
}

/** What the test and its fixtures, hooks and helpers run: not module data, not unused file lines. */
const RUN_SCOPES = new Set(['test', 'fixture', 'class', 'setup', 'helper']);

/** Python roots that name the instance or a parameter's object, never process-wide state. */
const PY_NOT_GLOBAL = new Set(['self', 'cls', 'os', 'monkeypatch', 'mocker', 'request']);

const PY_IMPORT = /^\s{0,40}import\s{1,5}([\w.,\t ]{1,400})/;
const PY_FROM = /^\s{0,40}from\s{1,5}[\w.]{1,200}\s{1,5}import\s{1,5}\(?([^#)]{1,400})/;
/** A top-level name bound to an object (not a constant string or number): `registry = Registry()`. */
const PY_TOP_OBJECT = /^([A-Za-z_]\w{0,100})\s{0,5}(?::[^=(]{1,100})?=\s{0,5}[A-Za-z_][\w.]{0,100}\(/;

/** Names a Python file binds to modules, classes and module-level objects. */
function pythonGlobals(lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  const add = (list: string): void => {
    for (const part of list.split(',')) {
      const words = part.trim().split(/\s{1,5}/);
      const name = words.length === 3 && words[1] === 'as' ? words[2] : words[0]?.split('.')[0];
      if (name !== undefined && /^[A-Za-z_]\w{0,100}$/.test(name) && name !== '*') names.add(name);
    }
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    const from = PY_FROM.exec(line);
    if (from !== null) {
      add(from[1] ?? '');
      // `from x import (\n a,\n b,\n)`
      if (/\(\s{0,5}(?:#.{0,200})?$/.test(line)) {
        for (let j = i + 1; j < lines.length && j < i + 60; j++) {
          const next = (lines[j] ?? '').slice(0, MAX_LINE_CHARS);
          add(next.replace(/#.{0,400}$/, '').replace(')', ''));
          if (next.includes(')')) break;
        }
      }
      continue;
    }
    const imp = PY_IMPORT.exec(line)?.[1];
    if (imp !== undefined) add(imp);
    const top = PY_TOP_OBJECT.exec(line)?.[1];
    if (top !== undefined) names.add(top);
  }
  for (const n of PY_NOT_GLOBAL) names.delete(n);
  return names;
}

/** Parameters of the `def` that opens a region: a fixture argument shadows a module-level name. */
function pythonParameters(region: Region): Set<string> {
  const head = region.lines.slice(region.start, region.start + 8).join(' ');
  const m = /\bdef\s{1,5}\w{1,200}\s{0,5}\(([^)]{0,600})\)/.exec(head);
  return new Set((m?.[1] ?? '').split(',').map((p) => p.trim().split(/[\s:=]/)[0] ?? '').filter((p) => p !== ''));
}

/** `settings.DEBUG = True`, `Config.limits.max += 1`. */
const PY_ATTR_WRITE = /^\s{0,200}([A-Za-z_]\w{0,100})(\.[A-Za-z_][\w.]{0,300})\s{0,5}(?:=(?!=)|[-+*|]=)/;
/** `del app_module.cache`. */
const PY_ATTR_DELETE = /^\s{0,200}del\s{1,5}([A-Za-z_]\w{0,100})(\.[A-Za-z_][\w.]{0,300})\s{0,5}$/;
/** `setattr(config, "retries", 0)`. */
const PY_SETATTR = /(?<![\w.])setattr\(\s{0,5}([A-Za-z_]\w{0,100})([\w.]{0,300})\s{0,5},\s{0,5}['"](\w{1,100})['"]/;
/** `exporters.register("csv", ...)`, `admin.site.register(Model)`, `registry.unregister(x)`. */
const PY_REGISTER = /(?<![\w.])([A-Za-z_]\w{0,100})([\w.]{0,300}?)\.(?:register|unregister|register_\w{1,60}|unregister_\w{1,60})\(/;

function pythonWrites(region: Region, globals: ReadonlySet<string>): Array<{ line: number; what: string }> {
  const params = pythonParameters(region);
  const isGlobal = (root: string | undefined): boolean => root !== undefined && globals.has(root) && !params.has(root);
  const out: Array<{ line: number; what: string }> = [];
  for (let i = region.start; i <= region.end; i++) {
    const line = (region.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    if (isBlankOrComment(line, 'python')) continue;
    const attr = PY_ATTR_WRITE.exec(line) ?? PY_ATTR_DELETE.exec(line);
    const set = PY_SETATTR.exec(line);
    const reg = PY_REGISTER.exec(line);
    if (attr !== null && isGlobal(attr[1])) out.push({ line: i, what: `${attr[1]}${attr[2]}` });
    else if (set !== null && isGlobal(set[1])) out.push({ line: i, what: `${set[1]}${set[2]}.${set[3]}` });
    else if (reg !== null && isGlobal(reg[1])) out.push({ line: i, what: `${reg[1]}${reg[2]}` });
  }
  return out;
}

/** Java/Kotlin: a class's static field assigned, or a singleton changed through its accessor. */
const JAVA_STATIC_WRITE = /^\s{0,200}([A-Z]\w{0,100})\.([A-Za-z_]\w{0,100})\s{0,5}(?:=(?!=)|[-+]=)/;
const JAVA_SINGLETON_WRITE = /\b([A-Z]\w{0,100})\.(?:getInstance\(\s{0,5}\)|INSTANCE|instance\(\s{0,5}\)|getDefault\(\s{0,5}\))\.(?:set|add|put|register|remove|clear|reset|enable|disable)\w{0,60}\(/;

/** JS: the global object, a prototype, or a built-in's member replaced by assignment. */
const JS_WRITES: readonly RegExp[] = [
  /(?<![\w$.])(?:globalThis|global|window)\.([A-Za-z_$][\w$]{0,100})\s{0,5}=(?![=>])/,
  /\bObject\.defineProperty\(\s{0,5}(?:globalThis|global|window)\s{0,5},\s{0,5}['"`]([\w$]{1,100})/,
  // A built-in's prototype; a project's own constructor getting its methods is a class definition.
  /(?<![\w$.])((?:Object|Array|String|Number|Boolean|Function|Promise|Date|RegExp|Map|Set|Error)\.prototype\.[\w$]{1,100})\s{0,5}=(?![=>])/,
  /(?<![\w$.])((?:Date|Math|console|JSON|Promise|crypto)\.[\w$]{1,100})\s{0,5}=(?![=>])/,
];

function braceWrites(region: Region, lang: Lang): Array<{ line: number; what: string }> {
  const out: Array<{ line: number; what: string }> = [];
  for (let i = region.start; i <= region.end; i++) {
    const line = (region.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    if (isBlankOrComment(line, lang)) continue;
    if (lang === 'java') {
      const s = JAVA_STATIC_WRITE.exec(line);
      if (s !== null) out.push({ line: i, what: `${s[1]}.${s[2]}` });
      else {
        const g = JAVA_SINGLETON_WRITE.exec(line);
        if (g !== null) out.push({ line: i, what: g[1] ?? '' });
      }
    } else if (lang === 'js') {
      for (const p of JS_WRITES) {
        const m = p.exec(line);
        if (m === null) continue;
        out.push({ line: i, what: m[1] ?? '' });
        break;
      }
    }
  }
  return out;
}

/**
 * Seeding the process's one pseudo-random generator: NumPy's legacy `np.random.seed`, the `random`
 * module's, PyTorch's and TensorFlow's global seeds, Go's `math/rand.Seed`. The draws that follow
 * come from the stream every test of the process shares: tests run at once interleave on it (NumPy
 * documents the legacy global RandomState as not for concurrent use and recommends a local
 * `default_rng(seed)`; Go 1.20 deprecates `rand.Seed` for `rand.New(rand.NewSource(seed))`), and
 * a later test of the process draws from where the seeding test left it.
 */
const RNG_SEEDS: Partial<Record<Lang, RegExp>> = {
  python: /(?<![\w.])(?:(?:np|numpy)\.random\.seed|random\.seed|torch\.(?:cuda\.)?manual_seed(?:_all)?|(?:tf|tensorflow)\.(?:random\.set_seed|set_random_seed)|mx\.random\.seed)\(/,
  go: /(?<![\w.])rand\.Seed\(/,
};

function rngSeeds(region: Region, lang: Lang): Array<{ line: number; what: string }> {
  const pattern = RNG_SEEDS[lang];
  if (pattern === undefined) return [];
  const out: Array<{ line: number; what: string }> = [];
  for (let i = region.start; i <= region.end; i++) {
    const line = (region.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
    if (!isBlankOrComment(line, lang) && pattern.test(line)) out.push({ line: i, what: 'random-generator' });
  }
  return out;
}

/**
 * Go has its own: a package variable of an imported package (src/explain/module-state.ts). A JS
 * global is keyed to the test file: Jest and Vitest give each test file its own global object, so
 * the same helper line run by tests of two files writes two globals.
 */
export function globalWrites(regions: readonly Region[], fallback: Lang, testFile: string): GlobalWrite[] {
  const out: GlobalWrite[] = [];
  const pyGlobals = new Map<string, Set<string>>();
  for (const r of regions) {
    if (!RUN_SCOPES.has(r.scope)) continue;
    const lang = r.path.includes('.') ? languageOf(r.path, 'unknown') : fallback;
    let writes: Array<{ line: number; what: string }> = rngSeeds(r, lang);
    if (lang === 'go') {
      for (const w of writes) out.push({ region: r, line: w.line, cause: stateCause(lang), resource: `global:${w.what}` });
      continue;
    }
    if (lang === 'python') {
      let globals = pyGlobals.get(r.path);
      if (globals === undefined) {
        globals = pythonGlobals(r.lines);
        pyGlobals.set(r.path, globals);
      }
      writes = [...writes, ...pythonWrites(r, globals)];
    } else if (lang === 'java' || lang === 'js') writes = braceWrites(r, lang);
    else continue;
    const owner = lang === 'js' ? `${testFile}#` : '';
    for (const w of writes) if (w.what !== '') out.push({ region: r, line: w.line, cause: stateCause(lang), resource: `global:${owner}${w.what}` });
  }
  return out;
}

/** For the regex-safety test: every pattern here runs on untrusted lines. */
export const GLOBAL_WRITE_PATTERNS: readonly RegExp[] = [PY_IMPORT, PY_FROM, PY_TOP_OBJECT, PY_ATTR_WRITE, PY_ATTR_DELETE, PY_SETATTR, PY_REGISTER, JAVA_STATIC_WRITE, JAVA_SINGLETON_WRITE, ...JS_WRITES, ...Object.values(RNG_SEEDS)];
