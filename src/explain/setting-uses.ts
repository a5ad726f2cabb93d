// A risky value defined once under a name in a settings or helper module (`port=int(env.get(
// "APP_PORT", "8761"))`, `db_path = os.path.join(gettempdir(), "app.sqlite3")`, `port: 18775`,
// `export const CACHE_FILE = '/tmp/cache.json'`) and read by that name where the test runs
// (`RelayServer(SETTINGS.host, SETTINGS.port)` in a fixture, `server.listen(config.port)` in a
// hook). The definition says what the resource is; the read in the test's fixture or body says
// this test is on it, so the finding is repeated at the read, in the scope of the line that reads it.
import { escapeRegExp, MAX_LINE_CHARS, type Region } from './source-lang.js';
import type { SourceFinding, SourceFindingKind, SourceScope } from './types.js';

/** Scopes a definition is looked up in: files the test reaches but does not run line by line (its own module's constants are read as its module scope already). */
const DEFINITION_SCOPES: ReadonlySet<SourceScope> = new Set(['setup', 'helper', 'library']);
/** Scopes whose lines the test runs or calls: a read there puts the test on the resource. */
const USE_SCOPES: ReadonlySet<SourceScope> = new Set(['test', 'fixture', 'class', 'setup', 'helper']);
/** Resources a setting can name: a port, a file, a database file or directory. */
const KINDS: ReadonlySet<SourceFindingKind> = new Set(['hard-coded-port', 'fixed-temp-path', 'fixed-output-path', 'shared-db-file']);
const MAX_SETTINGS = 20;
const TEXT_CHARS = 160;

/** `NAME = ...`, `name := ...`, `const name: T = ...`, `static final int NAME = ...`, a keyword argument `name=...`. */
const ASSIGNED = /^\s{0,40}(?:export\s{1,5})?(?:(?:const|let|var|val|final|static|public|private|readonly)\s{1,5})?(?:(?:const|let|var|val|final|static|public|private|readonly)\s{1,5})?(?:(?:const|let|var|val|final|static|public|private|readonly)\s{1,5})?(?:[\w<>[\]]{1,40}\s{1,5})?([A-Za-z_]\w{0,60})\s{0,5}(?::\s{0,5}[^=\n]{1,40}?)?\s{0,5}:?=(?!=)/;
/** An object, dict or struct entry: `port: 8761`, `"db_path": "..."`, `Port: 8761,`. */
const ENTRY = /^\s{0,40}['"]?([A-Za-z_]\w{0,60})['"]?\s{0,5}:(?![:=])/;
/** A top-level name a module defines: the object its settings are read through (`SETTINGS = load()`). */
const TOP_LEVEL = /^(?:export\s{1,5})?(?:(?:const|let|var)\s{1,5})?([A-Za-z_]\w{0,60})\s{0,5}(?::[^=\n]{1,60})?=(?!=)/;
/** Objects that hold configuration by their name: `settings.port`, `config.dbPath`, `cfg.Port`. */
const CONFIG_LIKE = '[\\w$]{0,40}(?:[Ss]ettings?|SETTINGS?|[Cc]onf(?:ig)?|CONF(?:IG)?|[Cc]fg|CFG|[Oo]pt(?:ion)?s|OPTIONS|[Ee]nv|ENV|[Cc]onstants?|CONSTANTS?)';

/** Names too common to say a line reads this setting (`os.path`, `req.url`, `args.name`). */
const TOO_COMMON = new Set(['path', 'name', 'file', 'url', 'host', 'dir', 'value', 'data', 'default', 'config', 'settings', 'env', 'key', 'type', 'id', 'options', 'self', 'this']);

interface Setting {
  readonly name: string;
  readonly finding: SourceFinding;
  readonly read: RegExp;
}

/** The name a definition line gives its value, or null. */
export function definedName(line: string): string | null {
  const m = ASSIGNED.exec(line) ?? ENTRY.exec(line);
  const name = m?.[1];
  if (name === undefined || name.length < 3 || TOO_COMMON.has(name.toLowerCase())) return null;
  return name;
}

/**
 * How a read of the setting looks: a constant's upper-case name anywhere (`PORT`, `config.PORT`);
 * any other name as an attribute or key of an object that holds it: one the defining module
 * creates at its top level, the module itself, or an object named as configuration.
 */
function readPattern(name: string, definingFile: string, lines: readonly string[]): RegExp {
  const n = escapeRegExp(name);
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return new RegExp(`(?<![\\w$])${n}(?![\\w$(])`);
  const owners = new Set<string>();
  const stem = /([A-Za-z_]\w{0,60})\.[A-Za-z]{1,5}$/.exec(definingFile)?.[1];
  if (stem !== undefined && stem !== 'index' && stem !== '__init__') owners.add(stem);
  for (const line of lines.slice(0, 2000)) {
    const m = TOP_LEVEL.exec(line.slice(0, MAX_LINE_CHARS));
    if (m?.[1] !== undefined && owners.size < 50) owners.add(m[1]);
  }
  const owner = `(?<![\\w$.])(?:${[...owners].map(escapeRegExp).join('|')}${owners.size > 0 ? '|' : ''}${CONFIG_LIKE})`;
  return new RegExp(`${owner}(?:\\.${n}(?![\\w$(])|\\[\\s{0,3}['"]${n}['"]\\s{0,3}\\])`);
}

export interface SettingUses {
  /** Findings at the lines of the test's own code (or its helpers) that read a risky setting. */
  readonly uses: SourceFinding[];
  /**
   * Risky settings nothing the test reaches reads: one entry of a configuration module every test
   * imports is not this test's resource unless its code, its helpers or the code under test it
   * imports reads it. Their findings say nothing about this test (as lines it does not use).
   */
  readonly unread: SourceFinding[];
}

export function settingUses(findings: readonly SourceFinding[], regions: readonly Region[]): SettingUses {
  const settings: Setting[] = [];
  for (const f of findings) {
    if (!KINDS.has(f.kind) || f.resource === undefined || !DEFINITION_SCOPES.has(f.scope)) continue;
    const region = regions.find((r) => r.path === f.file && r.scope === f.scope);
    const name = definedName((region?.lines[f.line - 1] ?? '').slice(0, MAX_LINE_CHARS));
    if (name === null || settings.some((s) => s.name === name)) continue;
    settings.push({ name, finding: f, read: readPattern(name, f.file, region?.lines ?? []) });
    if (settings.length >= MAX_SETTINGS) break;
  }
  if (settings.length === 0) return { uses: [], unread: [] };
  const uses: SourceFinding[] = [];
  const read = new Set<Setting>();
  const seen = new Set<string>();
  for (const r of regions) {
    if (r.scope === 'file') continue;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (/^\s{0,40}(?:import|from)\b|\brequire\(/.test(line)) continue;
      for (const s of settings) {
        // The definition itself (a setup file defines and uses) is already a finding.
        if (r.path === s.finding.file && i + 1 === s.finding.line) continue;
        if (!s.read.test(line) && !(r.path === s.finding.file && bareRead(s.name).test(line))) continue;
        read.add(s);
        const key = `${r.path}:${i}:${s.finding.cause}`;
        if (!USE_SCOPES.has(r.scope) || seen.has(key)) continue;
        seen.add(key);
        const text = `${line.trim()} (${s.name}: ${s.finding.file}:${s.finding.line})`;
        uses.push({ ...s.finding, file: r.path, line: i + 1, scope: r.scope, text: text.length <= TEXT_CHARS ? text : `${text.slice(0, TEXT_CHARS - 1)}…` });
      }
    }
  }
  // Only settings of a shared configuration: an entry of an object or a keyword argument (`port: 41730`,
  // `port=int(...)`), never a variable the module's own code uses (`CACHE_FILE = ...`, read above).
  const unread = settings.filter((s) => !read.has(s) && ENTRY_OR_KEYWORD.test(lineOf(s.finding, regions))).map((s) => s.finding);
  return { uses, unread };
}

/** Within its own module a setting may be read by its bare name (`open(CACHE_FILE)`, `self.port`). */
function bareRead(name: string): RegExp {
  return new RegExp(`(?<![\\w$'"])${escapeRegExp(name)}(?![\\w$'"]|\\s{0,5}[:=](?!=))`);
}

/** An object entry or a keyword argument: `port: 41730,`, `"port": 8761`, `port=int(env.get(...))`. */
const ENTRY_OR_KEYWORD = /^\s{1,40}['"]?[A-Za-z_]\w{0,60}['"]?\s{0,5}(?::(?![:=])|=(?!=))/;

function lineOf(f: SourceFinding, regions: readonly Region[]): string {
  const region = regions.find((r) => r.path === f.file && r.scope === f.scope);
  return (region?.lines[f.line - 1] ?? '').slice(0, MAX_LINE_CHARS);
}

export const SETTING_USE_PATTERNS: readonly RegExp[] = [ASSIGNED, ENTRY, TOP_LEVEL, ENTRY_OR_KEYWORD, new RegExp(CONFIG_LIKE)];
