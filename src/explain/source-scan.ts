// Static look at a test's own source: risky lines in its body, the fixtures/hooks it uses, its
// module's top level and setup files. Pure: file texts come in, findings go out.
import type { Ecosystem } from '../model.js';
import { findStateMutations } from './module-state.js';
import { braceRegions } from './scope-braces.js';
import { pythonRegions } from './scope-python.js';
import { CLEANUP, CREATES, lineRules } from './source-rules.js';
import { isBlankOrComment, languageOf, MAX_LINE_CHARS, splitLines, type Lang, type Region, type SourceText } from './source-lang.js';
import type { SourceFinding, SourceScope } from './types.js';

const TEXT_CHARS = 160;
/** Findings kept per test, closest scope first: beyond this it is a file full of the same risk. */
export const MAX_FINDINGS = 60;
const SCOPE_ORDER: readonly SourceScope[] = ['test', 'fixture', 'module', 'setup', 'file'];

export interface ScanInput {
  /** The test's file. */
  readonly file: SourceText;
  /** The test's name as reported (`test_x[1]`, `describe title it title`, `TestX/sub`). */
  readonly testName: string;
  readonly classname?: string;
  readonly ecosystem: Ecosystem;
  /** conftest.py files (searched for fixtures) or JS setup files (scanned whole). */
  readonly support?: readonly SourceText[];
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
  if (lang !== 'python') {
    for (const s of support) {
      const lines = splitLines(s.text);
      regions.push({ path: s.path, lines, start: 0, end: lines.length - 1, scope: 'setup' });
    }
  }
  const findings = [...lineFindings(regions, lang), ...stateFindings(regions, lang, input.file.path)];
  findings.push(...missingCleanup(findings, regions));
  return findings
    .sort((a, b) => SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope))
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

function lineFindings(regions: readonly Region[], lang: Lang): SourceFinding[] {
  const findings: SourceFinding[] = [];
  for (const { region, index } of uniqueLines(regions)) {
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
    findings.push(...onLine.filter((f) => !database || (f.kind !== 'fixed-temp-path' && f.kind !== 'fixed-output-path')));
  }
  return findings;
}

function stateFindings(regions: readonly Region[], lang: Lang, testFile: string): SourceFinding[] {
  return findStateMutations(regions, lang, testFile).map((m) => ({
    kind: 'module-state',
    cause: 'shared-global-state',
    file: m.region.path,
    line: m.line + 1,
    text: excerpt(m.region.lines[m.line] ?? ''),
    scope: m.region.scope,
    resource: `state:${testFile}#${m.name}`,
  }));
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

function excerpt(line: string): string {
  const t = line.trim();
  return t.length <= TEXT_CHARS ? t : `${t.slice(0, TEXT_CHARS - 1)}…`;
}
