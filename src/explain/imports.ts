// The project's own test helpers a test file imports (helpers, factories, shared fixtures, base
// classes), resolved against the project's listing: where a shared database, directory or server
// often lives. Relative JS imports and Python imports that name a file of the project; packages
// never (they are not in the listing). The code under test is followed separately and bounded
// (`libraryFilesOf`): read at a lower weight, since a test reaches it only through calls.
import { languageOf } from '../locate/lang.js';
import { isTestSupportFile } from '../locate/test-files.js';
import { supportFilesFor } from './support-files.js';

/** Helper files followed per test file: the nearest few, breadth first. */
export const MAX_HELPERS = 12;
/** Import levels followed: the test's imports, and theirs. */
export const HELPER_DEPTH = 2;
const MAX_IMPORT_LINES = 400;

const JS_IMPORT = /(?:\bfrom\s{1,5}|\bimport\s{0,5}\(?\s{0,5}|\brequire\(\s{0,5})['"](\.{1,2}\/[^'"\n]{1,300})['"]/g;
const JS_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx', '.mts', '.cts', '/index.ts', '/index.js', '/index.mjs'];
const PY_FROM = /^\s{0,40}from\s{1,5}(\.{0,5}[\w.]{0,300})\s{1,5}import\s{1,5}([\w, ()*]{1,500})/;
const PY_IMPORT = /^\s{0,40}import\s{1,5}([\w.]{1,300})/;

/** Files of `files` that `path` (with `text`) imports, in source order, each once. */
export function importedFiles(path: string, text: string, files: ReadonlySet<string>): string[] {
  const lang = languageOf(path, 'unknown');
  const dir = path.split('/').slice(0, -1);
  const out: string[] = [];
  const add = (p: string | null): void => {
    if (p !== null && p !== path && !out.includes(p)) out.push(p);
  };
  const head = text.split('\n', MAX_IMPORT_LINES);
  if (lang === 'js') {
    for (const line of head) for (const m of line.matchAll(JS_IMPORT)) add(resolveJs(dir, m[1] ?? '', files));
  } else if (lang === 'java') {
    add(javaBaseClass(path, head, files));
  } else if (lang === 'python') {
    for (const line of head) {
      const from = PY_FROM.exec(line);
      if (from !== null) {
        const base = from[1] ?? '';
        add(resolvePython(dir, base, files));
        // `from pkg import helpers` may name a module, not a function.
        for (const name of (from[2] ?? '').split(/[,()\s]+/).filter((n) => /^\w{1,100}$/.test(n))) add(resolvePython(dir, `${base}${base.endsWith('.') ? '' : '.'}${name}`, files));
        continue;
      }
      const plain = PY_IMPORT.exec(line);
      if (plain !== null) add(resolvePython(dir, plain[1] ?? '', files));
    }
  }
  return out;
}

function resolveJs(dir: readonly string[], spec: string, files: ReadonlySet<string>): string | null {
  const parts = [...dir];
  for (const seg of spec.split('/')) {
    if (seg === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  const base = parts.join('/');
  // TypeScript sources are imported by their emitted name (`./db.js` for db.ts).
  const stem = base.replace(/\.[cm]?js$/, '');
  for (const candidate of [base, ...JS_EXTENSIONS.map((e) => `${stem}${e}`)]) if (files.has(candidate)) return candidate;
  return null;
}

const JAVA_EXTENDS = /\bclass\s{1,5}\w{1,100}(?:\s{0,5}<[^>{]{0,200}>)?\s{1,5}extends\s{1,5}([A-Z]\w{0,100})/;
const JAVA_IMPORT = /^\s{0,40}import\s{1,5}([\w.]{1,300})\s{0,5};/;

/**
 * JVM: the base class a test class extends, when it is the project's own (`import a.b.Base;`, else
 * `Base.java` beside the file): its fields, rules and set-up methods are the test class's too.
 */
function javaBaseClass(path: string, head: readonly string[], files: ReadonlySet<string>): string | null {
  const base = head.map((l) => JAVA_EXTENDS.exec(l)?.[1]).find((b) => b !== undefined);
  if (base === undefined) return null;
  const dir = path.split('/').slice(0, -1).join('/');
  const imported = head.map((l) => JAVA_IMPORT.exec(l)?.[1]).find((i) => i !== undefined && i.split('.').at(-1) === base);
  if (imported !== undefined) {
    const suffix = `/${imported.replace(/\./g, '/')}`;
    // The same module's copy first (`<module>/src/test/java/a/b/Base.java`).
    const module = path.slice(0, Math.max(0, path.indexOf('/src/')));
    let found: string | null = null;
    for (const ext of ['.java', '.kt']) {
      for (const f of files) {
        if (!f.endsWith(`${suffix}${ext}`)) continue;
        if (f.startsWith(`${module}/`)) return f;
        found ??= f;
      }
    }
    return found;
  }
  for (const ext of ['.java', '.kt']) if (files.has(`${dir}/${base}${ext}`)) return `${dir}/${base}${ext}`;
  return null;
}

/** `.helpers` next to the file, `..db` above it, `tests.helpers` from the root or the file's top directory. */
function resolvePython(dir: readonly string[], dotted: string, files: ReadonlySet<string>): string | null {
  const dots = /^\.*/.exec(dotted)?.[0].length ?? 0;
  const rest = dotted.slice(dots).split('.').filter((s) => s !== '');
  const roots: string[][] = dots > 0 ? (dots - 1 <= dir.length ? [dir.slice(0, dir.length - (dots - 1))] : []) : [[], dir.slice(0, 1), ['src']];
  for (const root of roots) {
    const base = [...root, ...rest].join('/');
    if (base === '') continue;
    for (const candidate of [`${base}.py`, `${base}/__init__.py`]) if (files.has(candidate)) return candidate;
  }
  return null;
}

/**
 * What the test's fixtures and hooks come from besides its own file: the conftest.py files above
 * it, or the project's JS setup files, when read. Their imports are what those fixtures use (the
 * settings module naming the port, the store opening the database file), so they are followed too.
 */
function rootsOf(testFile: string, sources: ReadonlyMap<string, string>): string[] {
  return [testFile, ...supportFilesFor(testFile, 'unknown').filter((s) => s !== testFile && sources.has(s))];
}

/** The helpers of a test file, breadth first to HELPER_DEPTH, bounded; only files whose text is known. */
export function helperFilesOf(testFile: string, sources: ReadonlyMap<string, string>, files: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const roots = rootsOf(testFile, sources);
  let level = roots;
  for (let depth = 0; depth < HELPER_DEPTH && level.length > 0 && found.length < MAX_HELPERS; depth++) {
    const next: string[] = [];
    for (const file of level) {
      const text = sources.get(file);
      if (text === undefined) continue;
      for (const imported of importedFiles(file, text, files)) {
        if (roots.includes(imported) || found.includes(imported) || found.length >= MAX_HELPERS || !isTestSupportFile(imported)) continue;
        found.push(imported);
        next.push(imported);
      }
    }
    level = next;
  }
  return found;
}

/** The project's own modules (the code under test) followed per test file: the nearest few. */
export const MAX_LIBRARY_FILES = 8;
/** Import levels into them: what the test and its helpers import, and what those import. */
export const LIBRARY_DEPTH = 2;
/** Library text scanned per test file: past this, nothing more is followed. */
export const MAX_LIBRARY_BYTES = 256 * 1024;

/**
 * The project's non-test modules that a test file or its helpers import, breadth first to
 * LIBRARY_DEPTH, bounded in files and bytes. Only files of the project's listing (so never a
 * package or the standard library) and never a test or test-support file (those are helpers).
 */
export function libraryFilesOf(testFile: string, sources: ReadonlyMap<string, string>, files: ReadonlySet<string>): string[] {
  const helpers = helperFilesOf(testFile, sources, files);
  const found: string[] = [];
  let bytes = 0;
  const roots = rootsOf(testFile, sources);
  let level = [...roots, ...helpers];
  for (let depth = 0; depth < LIBRARY_DEPTH && level.length > 0; depth++) {
    const next: string[] = [];
    for (const file of level) {
      const text = sources.get(file);
      if (text === undefined) continue;
      for (const imported of importedFiles(file, text, files)) {
        if (found.length >= MAX_LIBRARY_FILES || bytes >= MAX_LIBRARY_BYTES) return found;
        if (roots.includes(imported) || found.includes(imported) || helpers.includes(imported) || isTestSupportFile(imported)) continue;
        found.push(imported);
        next.push(imported);
        bytes += sources.get(imported)?.length ?? 0;
      }
    }
    level = next;
  }
  return found;
}

/** For the regex-safety test. */
export const IMPORT_PATTERNS: readonly RegExp[] = [PY_FROM, PY_IMPORT, JAVA_EXTENDS, JAVA_IMPORT];
