// Static look at a test's own source: risky lines in its body, the fixtures/hooks it uses, its
// module's top level and setup files. Pure: file texts come in, findings go out.
import type { Cause, Ecosystem } from '../model.js';
import { withoutRestoredEnv } from './env-restore.js';
import { goPackageRegions } from './go-package.js';
import { portConstantUses } from './port-constants.js';
import { withUnusedModuleLinesAsFile } from './module-usage.js';
import { findSharedHandles, findSiblingWrites, findStateMutations } from './module-state.js';
import { pathFlowFindings } from './path-flow.js';
import { globalWrites } from './global-writes.js';
import { runsAsThreads, runsInOwnThreads, stateCause, stateCauseOf } from './process-model.js';
import { settingUses } from './setting-uses.js';
import { processStateLines } from './process-state.js';
import { loggerBindingLines } from './logger-binding.js';
import { concurrentStatics } from './concurrent-static.js';
import { timingLines } from './timing-sensitive.js';
import { braceRegions, inheritedRegions } from './scope-braces.js';
import { pythonRegions } from './scope-python.js';
import { CLEANUP, CREATES, lineRules } from './source-rules.js';
import { isBlankOrComment, languageOf, MAX_LINE_CHARS, splitLines, type Lang, type Region, type SourceText } from './source-lang.js';
import type { SourceFinding, SourceFindingKind, SourceScope } from './types.js';

const TEXT_CHARS = 160;
/** Findings kept per test, closest scope first: beyond this it is a file full of the same risk. */
export const MAX_FINDINGS = 60;
const SCOPE_ORDER: readonly SourceScope[] = ['test', 'fixture', 'class', 'module', 'setup', 'helper', 'library', 'file'];

export interface ScanInput {
  /** The test's file. */
  readonly file: SourceText;
  /** The test's name as reported (`test_x[1]`, `describe title it title`, `TestX/sub`). */
  readonly testName: string;
  readonly classname?: string;
  readonly ecosystem: Ecosystem;
  /** conftest.py files (searched for fixtures) or JS setup files (scanned whole). */
  readonly support?: readonly SourceText[];
  /** Test helpers the file imports (src/explain/imports.ts), scanned whole. */
  readonly helpers?: readonly SourceText[];
  /** The project's own modules the file or its helpers import (the code under test), scanned whole. */
  readonly library?: readonly SourceText[];
  /** Go: the other files of the test's package (package variables, TestMain, functions it calls). */
  readonly packageFiles?: readonly SourceText[];
  /** JVM build settings (src/explain/source-files.ts `buildConfigFilesFor`): the process model only. */
  readonly buildConfig?: readonly SourceText[];
}

export function scanSource(input: ScanInput): SourceFinding[] {
  const lang = languageOf(input.file.path, input.ecosystem);
  const support = input.support ?? [];
  let regions =
    lang === 'python'
      ? pythonRegions(input.file, input.testName, input.classname, support)
      : braceRegions(input.file, input.testName, lang);
  if (regions.length === 0) {
    // The test was not found (generated, parametrised by a helper): the file is still a hint.
    const lines = splitLines(input.file.text);
    regions = [{ path: input.file.path, lines, start: 0, end: lines.length - 1, scope: 'file' }];
  }
  const whole = (t: SourceText, scope: SourceScope): Region => {
    const lines = splitLines(t.text);
    return { path: t.path, lines, start: 0, end: lines.length - 1, scope };
  };
  if (lang !== 'python') for (const s of support) regions.push(whole(s, 'setup'));
  // A JVM test file's helpers are the base classes it extends (src/explain/imports.ts).
  for (const h of input.helpers ?? []) regions.push(...(lang === 'java' ? inheritedRegions(h, lang) : [whole(h, 'helper')]));
  for (const l of input.library ?? []) regions.push(whole(l, 'library'));
  if (lang === 'go') regions.push(...goPackageRegions(regions, input.packageFiles ?? []));
  regions = withUnusedModuleLinesAsFile(regions, lang, input.file.path);
  const state = [...stateFindings(regions, lang, input.file.path), ...processStateFindings(regions, lang), ...globalWriteFindings(regions, lang, input.file.path)];
  const config = [...(input.buildConfig ?? []), ...support];
  const statics = lang === 'java' ? concurrentStatics(regions, config).map((c) => findingAt(c.region, c.line, 'concurrent-static', 'shared-global-state', c.resource)) : [];
  const found = withoutRestoredEnv(lineFindings(regions, lang), lang);
  const settings = settingUses(found, regions);
  const lines = found.map((f) => (settings.unread.includes(f) ? { ...f, scope: 'file' as const } : f));
  const findings = dedupe([...lines, ...settings.uses, ...portUseFindings(regions), ...flowFindings(regions, runsAsThreads(lang, regions, config) && (lang !== 'python' || runsInOwnThreads(regions))), ...statics, ...inSequence(state, lang, regions, config), ...timingFindings(regions)]);
  findings.push(...missingCleanup(findings, regions));
  // Reads of the environment only back up a write elsewhere: they never crowd out a risky line.
  return findings
    .sort((a, b) => Number(a.kind === 'env-read') - Number(b.kind === 'env-read') || SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope))
    .slice(0, MAX_FINDINGS)
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.kind.localeCompare(b.kind));
}

/** Each (file, line) once, attributed to the closest scope (a JS `it(` line is also top-level). */
function* uniqueLines(regions: readonly Region[]): Generator<{ region: Region; index: number }> {
  const seen = new Set<string>();
  const ordered = [...regions].sort((a, b) => SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope));
  for (const region of ordered) {
    for (let i = region.start; i <= region.end; i++) {
      const key = `${region.path}:${i}`;
      if (seen.has(key)) continue;
      seen.add(key);
      yield { region, index: i };
    }
  }
}

function lineFindings(regions: readonly Region[], fallback: Lang): SourceFinding[] {
  const findings: SourceFinding[] = [];
  for (const { region, index } of uniqueLines(regions)) {
    const lang = region.path.includes('.') ? languageOf(region.path, 'unknown') : fallback;
    const line = (region.lines[index] ?? '').slice(0, MAX_LINE_CHARS);
    if (isBlankOrComment(line, lang)) continue;
    const causes = new Set<string>();
    const onLine: SourceFinding[] = [];
    for (const rule of lineRules) {
      if (rule.langs !== null && !rule.langs.includes(lang)) continue;
      // One finding per cause and line: the first (most specific) rule wins.
      if (causes.has(rule.cause)) continue;
      const m = rule.pattern.exec(line);
      if (m === null || rule.unless?.test(line) === true) continue;
      causes.add(rule.cause);
      const captured = m.slice(1).find((g) => g !== undefined);
      onLine.push({
        kind: rule.kind,
        cause: rule.cause,
        file: region.path,
        line: index + 1,
        text: excerpt(line),
        scope: region.scope,
        resource: rule.resource.endsWith(':') ? `${rule.resource}${captured ?? ''}` : rule.resource,
      });
    }
    // A database file under /tmp is one resource: the database, not also a file path.
    const database = onLine.some((f) => f.kind === 'shared-db-file');
    findings.push(...onLine.filter((f) => !database || (f.kind !== 'fixed-temp-path' && f.kind !== 'fixed-output-path')).flatMap(servicePort));
  }
  return findings;
}

/** Well-known ports of database servers: a test connecting there shares the server's data. */
const DATABASE_PORTS = new Set([1433, 1521, 3306, 5432, 5984, 6379, 7687, 8529, 9042, 11211, 26257, 27017, 28015]);

/**
 * A port below 1024 is a service's (tests cannot bind it unprivileged): no port conflict. A
 * database server's port is a connection to data every worker shares.
 */
function servicePort(f: SourceFinding): SourceFinding[] {
  if (f.kind !== 'hard-coded-port' || f.resource === undefined) return [f];
  const port = Number(f.resource.slice('port:'.length));
  if (port < 1024) return [];
  if (DATABASE_PORTS.has(port)) return [{ ...f, kind: 'db-server-port', cause: 'shared-database', resource: `db-server:${port}` }];
  return [f];
}

function portUseFindings(regions: readonly Region[]): SourceFinding[] {
  return portConstantUses(regions).map((u) => findingAt(u.region, u.line, 'hard-coded-port', 'port-conflict', `port:${u.port}`));
}

function flowFindings(regions: readonly Region[], threads: boolean): SourceFinding[] {
  return pathFlowFindings(regions, threads).map((f) => ({
    kind: f.kind,
    cause: f.cause,
    file: f.file,
    line: f.line + 1,
    text: excerpt(f.region.lines[f.line] ?? ''),
    scope: f.scope,
    resource: f.resource,
  }));
}

function timingFindings(regions: readonly Region[]): SourceFinding[] {
  // One deadline in the code under test is one thing co-failing tests can both be racing.
  return timingLines(regions).map((t) => findingAt(t.region, t.line, t.kind, 'timing-under-load', t.region.scope === 'library' ? `deadline:${t.region.path}:${t.line + 1}` : undefined));
}

function processStateFindings(regions: readonly Region[], lang: Lang): SourceFinding[] {
  const bindings = lang === 'python' ? loggerBindingLines(regions).map((b) => findingAt(b.region, b.line, 'reconfigured-logging', b.cause, b.resource)) : [];
  // The line reconfiguring logging beside loggers bound at import is that reading, not the plain one.
  const at = new Set(bindings.map((b) => `${b.file}:${b.line}`));
  const plain = processStateLines(regions, lang).map((p) => findingAt(p.region, p.line, 'process-state', p.cause, p.resource));
  return [...bindings, ...plain.filter((p) => !at.has(`${p.file}:${p.line}`))];
}

const STATE_KINDS: ReadonlySet<SourceFindingKind> = new Set<SourceFindingKind>(['module-state', 'process-state', 'global-write', 'sibling-state', 'reconfigured-logging']);

/**
 * The runner's process model for this test (src/explain/process-model.ts): Go tests without
 * `t.Parallel` and JUnit without concurrent execution meet state in sequence; pytest-run-parallel
 * runs a test's threads at once.
 */
function inSequence(findings: readonly SourceFinding[], lang: Lang, regions: readonly Region[], config: readonly SourceText[]): SourceFinding[] {
  if (lang !== 'go' && lang !== 'java' && lang !== 'python') return [...findings];
  const usual = stateCause(lang);
  const cause = stateCauseOf(lang, regions, config);
  if (cause === usual) return [...findings];
  // pytest-run-parallel runs this very test in several threads at once: a write to process-wide
  // state in what the test runs races the test's own other threads, no second test needed.
  const selfRacing = lang === 'python' && runsInOwnThreads(regions);
  return findings.map((f) => {
    if (f.cause !== usual || !STATE_KINDS.has(f.kind)) return f;
    const own = f.kind === 'global-write' && OWN_SCOPES.has(f.scope);
    return selfRacing && own ? { ...f, cause, kind: 'threaded-write' } : { ...f, cause };
  });
}

/** What runs for this test alone: its body, its fixtures and set-up, its class. */
const OWN_SCOPES: ReadonlySet<SourceScope> = new Set<SourceScope>(['test', 'fixture', 'class']);

function globalWriteFindings(regions: readonly Region[], lang: Lang, testFile: string): SourceFinding[] {
  return globalWrites(regions, lang, testFile).map((w) => findingAt(w.region, w.line, 'global-write', w.cause, w.resource));
}

/** One finding per line, cause and resource: the line rules and the path flow may both see one. */
function dedupe(findings: readonly SourceFinding[]): SourceFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.cause}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function stateFindings(regions: readonly Region[], lang: Lang, testFile: string): SourceFinding[] {
  const owner = lang === 'go' ? testFile.split('/').slice(0, -1).join('/') : testFile;
  const handles = findSharedHandles(regions, lang, testFile).map((h) => findingAt(h.region, h.line, 'shared-memory-db', 'shared-database', `db:${owner}#${h.name}`));
  return [...handles, ...mutations(regions, lang, testFile)];
}

function mutations(regions: readonly Region[], lang: Lang, testFile: string): SourceFinding[] {
  const own = findStateMutations(regions, lang, testFile);
  const siblings = findSiblingWrites(regions, lang, testFile, own);
  // A Jest or Vitest test file's module is its own (one registry per file), and its tests run in
  // sequence on one worker whatever the worker count: left as shared state, the concurrent reading.
  const cause = lang === 'js' ? 'shared-global-state' : stateCause(lang);
  // Go: package variables are the package's (its tests share them across files); another
  // package's variable is that package's.
  const resource = (name: string): string => (lang !== 'go' ? `state:${testFile}#${name}` : name.includes('.') ? `state:${name}` : `state:${testFile.split('/').slice(0, -1).join('/')}#${name}`);
  return [...own.map((m) => ({ m, kind: 'module-state' as const })), ...siblings.map((m) => ({ m, kind: 'sibling-state' as const }))].map(({ m, kind }) => findingAt(m.region, m.line, kind, cause, resource(m.name)));
}

/**
 * A fixed path created in the test or a fixture, when neither that code nor any fixture/hook
 * removes anything. One finding per line even when the line has several fixed-path findings.
 */
function missingCleanup(findings: readonly SourceFinding[], regions: readonly Region[]): SourceFinding[] {
  const cleans = (r: Region): boolean => r.lines.slice(r.start, r.end + 1).some((l) => CLEANUP.test(l.slice(0, MAX_LINE_CHARS)));
  if (regions.some((r) => r.scope === 'fixture' && cleans(r))) return [];
  const out: SourceFinding[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.kind !== 'fixed-temp-path' && f.kind !== 'fixed-output-path' && f.kind !== 'shared-db-file') continue;
    if ((f.scope !== 'test' && f.scope !== 'fixture') || !CREATES.test(f.text)) continue;
    const region = regions.find((r) => r.path === f.file && r.scope === f.scope && r.start < f.line && f.line - 1 <= r.end);
    const key = `${f.file}:${f.line}`;
    if (region === undefined || cleans(region) || seen.has(key)) continue;
    seen.add(key);
    out.push({ ...f, kind: 'missing-cleanup' });
  }
  return out;
}

/** A finding at a region's 0-based line: the one place its file, line number, text and scope are derived. */
function findingAt(region: Region, line: number, kind: SourceFindingKind, cause: Cause, resource: string | undefined): SourceFinding {
  return { kind, cause, file: region.path, line: line + 1, text: excerpt(region.lines[line] ?? ''), scope: region.scope, ...(resource === undefined ? {} : { resource }) };
}

function excerpt(line: string): string {
  const t = line.trim();
  return t.length <= TEXT_CHARS ? t : `${t.slice(0, TEXT_CHARS - 1)}…`;
}
