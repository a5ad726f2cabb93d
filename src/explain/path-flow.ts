// Fixed paths built through variables: `d = tempfile.gettempdir()`, `p = os.path.join(d,
// "config.toml")`, then `open(p, "w")`; `root = Path(__file__).parent`, `self.out = root /
// "tmp_e2e"`, then `self.out.mkdir()`. The line rules see one line at a time and miss these; here a
// variable holding the system temp dir or the project's own directory (not a per-test directory)
// is followed through joins with a literal name to a line that writes, creates or removes it.
// Regexes only, one pass over each file's lines in order: approximate by design, bounded.
import type { Cause } from '../model.js';
import { escapeRegExp, MAX_LINE_CHARS, type Region } from './source-lang.js';
import type { SourceFindingKind, SourceScope } from './types.js';

export interface PathFlowFinding {
  readonly kind: SourceFindingKind;
  readonly cause: Cause;
  readonly file: string;
  /** 0-based line in the region's file. */
  readonly line: number;
  readonly scope: SourceScope;
  readonly resource: string;
  readonly region: Region;
}

/** `rel`: a bare relative file name (`"out.npz"`), resolved against whatever the cwd is when written. */
type Base = 'tmp' | 'root' | 'home' | 'rel';

interface Held {
  readonly base: Base;
  /** The last literal name joined onto the base, if any. */
  readonly name?: string;
}

const TEMP_BASE = /\btempfile\.gettempdir\(\)|\bos\.tmpdir\(\)|\btmpdir\(\)|\bos\.TempDir\(\)|["'`]\/(?:var\/)?tmp\/?["'`/]|java\.io\.tmpdir|\bGetTempPath\(\)|\btemp_dir\(\)|\$TMPDIR|\bTMPDIR\b/;
/** The user's home or cache directory: one per machine, like the temp dir. */
const HOME_BASE = /\bos\.path\.expanduser\(|\bPath\.home\(\)|\bos\.homedir\(\)|\bos\.UserHomeDir\(\)|\bos\.UserCacheDir\(\)|\bos\.UserConfigDir\(\)|"user\.home"|\buser_(?:cache|config|data)_dir\(|\bXDG_(?:CACHE|CONFIG|DATA|STATE)_HOME\b|["'`]~\//;
/** The working directory named as `.`: `os.path.join(".", ".cache")`, `Path(".")`, `"./out"`. */
const CWD_BASE = /\bos\.path\.join\(\s{0,5}["']\.["']|\bPath\(\s{0,5}["']\.["']\s{0,5}\)|^\s{0,5}["'`]\.\/[\w.-]/;
const HOME_REDIRECT = /(?:setenv|Setenv|environ\[|stubEnv|process\.env\.|setProperty)[^\n]{0,40}\b(?:HOME|USERPROFILE|XDG_\w{1,20}_HOME|user\.home)\b[^\n]{0,80}(?:tmp|TempDir|mkdtemp)/;
/** Loading a module is not a path. */
const MODULE_LOAD = /\brequire\(|\bimport\(|\bimportlib\b|\b__import__\(/;
const ROOT_BASE = /\b__file__\b|\b__dirname\b|import\.meta\.(?:dirname|url)|\bprocess\.cwd\(\)|\bos\.getcwd\(\)|\bPath\.cwd\(\)|\bos\.Getwd\(\)|\b[A-Z][A-Z0-9]{0,40}_(?:ROOT|DIR|PATH)\b/;
/** A line that may write, create or remove a path: only these are matched against the variables. */
const WRITE_HINT = /open\(|write|\bsave\w{0,12}\(|\.to_\w{2,10}\(|mkdir|touch|unlink|rename|replace|rmdir|remove|rmtree|move|copy|\brm\w{0,4}\(|utime|Create|Remove|OpenFile|Chtimes|Files\.|FileWriter|FileOutputStream|connect\(|Database\(|sql\.Open|outputFile|ensureDir|emptyDir/;
/** Per-test or per-worker paths: the idiomatic fixes, never a shared path. */
const PER_TEST = /\btmp_path\b|\btmpdir\b(?!\(\))|tmp_path_factory|\bmkdtemp|TemporaryDirectory|NamedTemporaryFile|\buuid|\brandom|getpid|\bpid\b|worker_id|XDIST_WORKER|JEST_WORKER_ID|VITEST_POOL_ID|MOCHA_WORKER_ID|t\.TempDir\(\)|Date\.now\(\)|time\.time\(\)|randomUUID|\btempy\b|\bnanoid\b|\bmktemp\b|@TempDir|TempDir\(\)|GetRandomFileName/;
const ASSIGN = /^\s{0,200}(?:(?:export\s{1,5})?(?:const|let|var|final|private|static|public|protected|readonly)\s{1,5}){0,4}(?:[\w<>[\]]{1,60}\s{1,5})?((?:self\.|this\.)?[A-Za-z_$][\w$]{0,100})\s{0,5}(?::\s{0,5}[\w.[\]| ]{1,60}\s{0,5})?(?::=|=(?![=>]))\s{0,5}(.{1,300})$/;
const LITERAL = /["'`]([^"'`\n]{1,200})["'`]/g;
/** A variable bound to nothing but a relative file name: `tmpfile = "f.npz"`, `const out = 'report.json'`. */
const BARE_NAME = /^\s{0,5}["'`]([\w][\w.-]{0,100}\.[A-Za-z][A-Za-z0-9]{0,7})["'`]\s{0,5};?\s{0,5}$/;
/**
 * The test moves into a directory of its own first (`with tmpdir.as_cwd():`,
 * `monkeypatch.chdir(tmp_path)`, `os.chdir(tmp_path)`): a relative name is then per test, for
 * workers that are processes. Threads of one process share one working directory (Python's
 * `contextlib.chdir` documents that it is not safe in threaded code), so for them it is not.
 */
const PER_TEST_CHDIR = /\.as_cwd\(\)|\bmonkeypatch\.chdir\(|\b(?:os\.chdir|chdir|process\.chdir|os\.Chdir)\(\s{0,5}(?:str\(\s{0,5})?(?:tmp_path|tmpdir|tmp|dir|t\.TempDir\(\))\b|\bisolated_filesystem\(/;

/** `threads`: the test's copies run as threads of one process at once (src/explain/process-model.ts). */
export function pathFlowFindings(regions: readonly Region[], threads = false): PathFlowFinding[] {
  const byFile = new Map<string, Region[]>();
  // Lines the test does not use (scope `file`) still define variables it may use; only their
  // own writes are not findings.
  for (const r of regions) byFile.set(r.path, [...(byFile.get(r.path) ?? []), r]);
  const constants = pathConstants(byFile);
  // A home directory redirected to a per-test one (`monkeypatch.setenv("HOME", str(tmp_path))`) is not shared.
  const homeRedirected = regions.some((r) => r.lines.some((l) => HOME_REDIRECT.test(l.slice(0, MAX_LINE_CHARS))));
  const out: PathFlowFinding[] = [];
  for (const [file, rs] of byFile) {
    // Each line once, in file order, with the closest scope that covers it.
    const lines = new Map<number, Region>();
    for (const r of [...rs].sort((a, b) => rank(a.scope) - rank(b.scope))) {
      for (let i = r.start; i <= r.end; i++) if (!lines.has(i)) lines.set(i, r);
    }
    const held = new Map<string, Held>([...constants].filter(([name]) => rs[0]?.lines.some((l) => l.includes(name)) === true));
    let ownDir = false;
    for (const i of [...lines.keys()].sort((a, b) => a - b)) {
      const region = lines.get(i) as Region;
      const text = (region.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (region.scope === 'test' && PER_TEST_CHDIR.test(text)) ownDir = true;
      if (region.scope !== 'file') {
        for (const f of writes(text, held)) {
          if (homeRedirected && f.resource.startsWith('home:')) continue;
          if (f.relative && ownDir && !threads) continue;
          out.push({ kind: f.kind, cause: f.cause, resource: f.resource, file, line: i, scope: region.scope, region });
        }
      }
      track(text, held, region.scope === 'test' || region.scope === 'fixture');
    }
  }
  return out;
}

/**
 * Path constants (UPPER_CASE, assigned at the top level) of every file read: a module's
 * `CACHE_PATH = os.path.join(".", ".cache")` or `OUTPUT_DIR = Path(__file__).parent / "out"` is
 * what the code that imports it writes.
 */
function pathConstants(byFile: ReadonlyMap<string, readonly Region[]>): Map<string, Held> {
  const constants = new Map<string, Held>();
  for (const rs of byFile.values()) {
    const lines = rs[0]?.lines ?? [];
    const held = new Map<string, Held>();
    for (const raw of lines) {
      const line = raw.slice(0, MAX_LINE_CHARS);
      if (!TOP_LEVEL_CONSTANT.test(line)) continue;
      track(line, held);
    }
    for (const [name, h] of held) if (h.name !== undefined && !constants.has(name)) constants.set(name, h);
  }
  return constants;
}

const TOP_LEVEL_CONSTANT = /^(?:export\s{1,5})?(?:(?:const|let|var|static|final|public|private)\s{1,5}){0,4}(?:[\w<>[\]]{1,60}\s{1,5})?[A-Z][A-Z0-9_]{2,60}\s{0,5}(?::\s{0,5}[\w.[\]| ]{1,60}\s{0,5})?=(?!=)/;

function rank(scope: SourceScope): number {
  return ['test', 'fixture', 'class', 'module', 'setup', 'helper', 'library', 'file'].indexOf(scope);
}

/** `local`: a line the test runs, where a bare relative name bound to a variable is a path it uses. */
function track(line: string, held: Map<string, Held>, local = false): void {
  const m = ASSIGN.exec(line);
  if (m === null) return;
  const target = m[1] ?? '';
  const expr = m[2] ?? '';
  const bare = local ? BARE_NAME.exec(expr)?.[1] : undefined;
  const value = bare !== undefined ? { base: 'rel' as const, name: bare } : heldBy(expr, held);
  if (value === null) held.delete(target);
  else held.set(target, value);
}

/** What an expression holds: a base directory, joined with names, or nothing fixed. */
function heldBy(expr: string, held: ReadonlyMap<string, Held>): Held | null {
  if (PER_TEST.test(expr)) return null;
  const name = lastLiteral(expr);
  const from = [...held].find(([v]) => new RegExp(`(?<![\\w$.])${escapeRegExp(v)}\\b`).test(expr))?.[1];
  if (from !== undefined) return { base: from.base, ...(name ?? from.name ? { name: name ?? from.name } : {}) };
  if (MODULE_LOAD.test(expr)) return null;
  const base: Base | null = TEMP_BASE.test(expr) ? 'tmp' : HOME_BASE.test(expr) ? 'home' : ROOT_BASE.test(expr) || CWD_BASE.test(expr) ? 'root' : null;
  if (base === null) return null;
  return { base, ...(name !== undefined ? { name } : {}) };
}

/** The last literal path component joined in the expression (`"config.toml"`, `/out/x.json` -> `x.json`). */
function lastLiteral(expr: string): string | undefined {
  let last: string | undefined;
  for (const m of expr.matchAll(LITERAL)) {
    const part = (m[1] ?? '').split('}').pop()?.replace(/^\/+|\/+$/g, '').split('/').pop() ?? '';
    if (/^[\w.-]{1,200}$/.test(part) && part !== 'tmp' && !/^[rwab+xt]{1,3}$/.test(part) && !/^utf-?8$/i.test(part)) last = part;
  }
  return last;
}

interface Write {
  readonly kind: SourceFindingKind;
  readonly cause: Cause;
  readonly resource: string;
  /** A bare relative name: shared only through a working directory the writers share. */
  readonly relative: boolean;
}

/** Calls that create, write, touch or remove their first (path) argument; `db` ones open a database. */
const OPS: ReadonlyArray<{ readonly pattern: (x: string) => RegExp; readonly db?: boolean }> = [
  // open, io.open, aiofiles.open, curio's aopen ...
  { pattern: (x) => new RegExp(`(?<![\\w])(?:\\w{1,20}\\.)?a?open\\(\\s{0,5}${x}\\s{0,5},\\s{0,5}(?:mode\\s{0,5}=\\s{0,5})?['"][wax]`) },
  { pattern: (x) => new RegExp(`${x}\\s{0,5}\\)?\\.(?:write_text|write_bytes|mkdir|touch|unlink|rename|replace|rmdir|open\\(\\s{0,5}['"][wax])`) },
  { pattern: (x) => new RegExp(`\\b(?:os\\.(?:remove|unlink|rename|replace|makedirs|mkdir|rmdir|utime)|shutil\\.(?:rmtree|move|copy\\w{0,10}))\\(\\s{0,5}${x}(?![\\w$])`) },
  { pattern: (x) => new RegExp(`\\b(?:writeFile|writeFileSync|appendFile|appendFileSync|mkdir|mkdirSync|rm|rmSync|rename|renameSync|unlink|unlinkSync|utimes|utimesSync|copyFileSync|createWriteStream|outputFile|outputFileSync|ensureDir|ensureDirSync|emptyDir|emptyDirSync|remove|removeSync)\\(\\s{0,5}${x}(?![\\w$])`) },
  { pattern: (x) => new RegExp(`\\bos\\.(?:Create|WriteFile|Mkdir|MkdirAll|Remove|RemoveAll|Rename|OpenFile|Chtimes)\\(\\s{0,5}${x}(?![\\w$])`) },
  { pattern: (x) => new RegExp(`\\bFiles\\.(?:write|writeString|createDirector(?:y|ies)|createFile|delete\\w{0,10}|copy|move)\\(\\s{0,5}${x}(?![\\w$])|new File(?:Writer|OutputStream)\\(\\s{0,5}${x}(?![\\w$])`) },
  // Python data writers whose first argument is the file: `save_npz(p, a)`, `np.save(p, a)`, `df.to_csv(p)`.
  { pattern: (x) => new RegExp(`\\b(?:save|savez|savez_compressed|savetxt|save_npz|savefig|to_csv|to_parquet|to_json|to_pickle|to_excel|to_feather|to_hdf|to_netcdf)\\(\\s{0,5}${x}(?![\\w$])`) },
  { pattern: (x) => new RegExp(`\\b(?:sqlite3\\.connect|duckdb\\.connect|new (?:Database|sqlite3\\.Database))\\(\\s{0,5}(?:str\\()?${x}(?![\\w$])|\\bsql\\.Open\\([^,]{1,60},\\s{0,5}${x}(?![\\w$])`), db: true },
];

function writes(line: string, held: ReadonlyMap<string, Held>): Write[] {
  const out: Write[] = [];
  if (held.size === 0 || !WRITE_HINT.test(line)) return out;
  for (const [v, h] of held) {
    if (!line.includes(v.split('.').pop() ?? v)) continue;
    const x = `(?<![\\w$.])${escapeRegExp(v)}(?![\\w$])`;
    // The written path is the variable, or the variable joined with a literal right there.
    const joined = new RegExp(`(?:path\\.join|os\\.path\\.join|filepath\\.Join|Paths\\.get|Path\\.of|resolve)\\(\\s{0,5}${x}[^)]{0,200}\\)|${x}\\s{0,5}/\\s{0,5}["'][^"']{1,200}["']|${x}`);
    const op = OPS.find((o) => o.pattern(`(?:${joined.source})`).test(line));
    if (op === undefined) continue;
    const name = lastLiteral(joined.exec(line)?.[0] ?? '') ?? h.name;
    if (name === undefined) continue;
    const db = op.db === true || /\.(?:db|sqlite3?|duckdb)$/.test(name);
    const relative = h.base === 'rel';
    const inTree = h.base === 'root' || relative;
    out.push(
      db
        ? { kind: 'shared-db-file', cause: 'shared-database', resource: `db:${name}`, relative }
        : { kind: inTree ? 'fixed-output-path' : 'fixed-temp-path', cause: 'shared-file-path', resource: `${inTree ? 'path' : h.base}:${name}`, relative },
    );
    break;
  }
  return out;
}

export const PATH_FLOW_PATTERNS: readonly RegExp[] = [BARE_NAME, PER_TEST_CHDIR];
