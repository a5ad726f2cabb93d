// Which tests a pull request touches, and which other tests share a resource with them: what a
// burn-in runs beside a changed test. Pure: file lists and source texts in, test ids out.
import { scanSource } from '../explain/source-scan.js';
import type { Ecosystem, TestId } from '../model.js';

export interface KnownTest {
  readonly id: TestId;
  readonly file?: string;
  readonly name: string;
  readonly classname?: string;
}

/** Tests whose file the pull request changes (paths compared repository-relative, `./` ignored). */
export function testsInChangedFiles(tests: readonly KnownTest[], changed: readonly string[]): TestId[] {
  const files = new Set(changed.map(normalise));
  return tests.filter((t) => t.file !== undefined && files.has(normalise(t.file))).map((t) => t.id).sort();
}

export interface CoRunnerCandidate {
  readonly id: TestId;
  /** The resources it shares with a changed test (`port 25000`, `/tmp/cache.db`). */
  readonly shared: readonly string[];
}

/** Bound on candidates: a burn-in run stays a fraction of the suite. */
export const MAX_CO_RUNNERS = 50;

/**
 * Tests that use a port, path, database or env var a changed test uses, found by the explain
 * stage's source scan (its fixtures, hooks and module level included). Only files that mention a
 * resource at all are scanned, so a large suite costs a substring search per file.
 */
export function coRunnerCandidates(
  changed: readonly TestId[],
  tests: readonly KnownTest[],
  sources: ReadonlyMap<string, string>,
  ecosystem: Ecosystem = 'unknown',
): CoRunnerCandidate[] {
  const byId = new Map(tests.map((t) => [t.id, t]));
  const wanted = new Set<string>();
  for (const id of changed) for (const r of resourcesOf(byId.get(id), sources, ecosystem)) wanted.add(r);
  if (wanted.size === 0) return [];
  const changedSet = new Set(changed);
  const found: Array<CoRunnerCandidate & { readonly direct: boolean }> = [];
  for (const t of tests) {
    if (changedSet.has(t.id) || t.file === undefined) continue;
    const text = sources.get(t.file);
    const inFile = text === undefined ? [] : [...wanted].filter((r) => mentions(text, literalOf(r)));
    if (inFile.length === 0) continue;
    const shared = resourcesOf(t, sources, ecosystem).filter((r) => wanted.has(r));
    // The scan found the resource in this test's own code (`direct`), or only somewhere in its
    // file (a helper or a call the rules do not read, e.g. `start_echo_server(25000)`).
    found.push(shared.length > 0 ? { id: t.id, shared: [...new Set(shared)].sort(), direct: true } : { id: t.id, shared: inFile.map((r) => `${r} (in its file)`), direct: false });
  }
  return found
    .sort((a, b) => Number(b.direct) - Number(a.direct) || b.shared.length - a.shared.length || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_CO_RUNNERS)
    .map(({ id, shared }) => ({ id, shared }));
}

function resourcesOf(test: KnownTest | undefined, sources: ReadonlyMap<string, string>, ecosystem: Ecosystem): string[] {
  if (test?.file === undefined) return [];
  const text = sources.get(test.file);
  if (text === undefined) return [];
  const findings = scanSource({ file: { path: test.file, text }, testName: test.name, ...(test.classname === undefined ? {} : { classname: test.classname }), ecosystem });
  return findings.filter((f) => f.resource !== undefined && f.kind !== 'missing-cleanup').map((f) => f.resource ?? '');
}

/** The text a resource appears as in a source file: what follows its kind (`port:25000` -> `25000`). */
function literalOf(resource: string): string {
  return resource.slice(resource.indexOf(':') + 1);
}

/** The literal as a word of its own: port 2500 is not port 25000. */
function mentions(text: string, literal: string): boolean {
  if (literal === '') return false;
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + literal.length] ?? ' ';
    if (!/[A-Za-z0-9_]/.test(before) && !/[A-Za-z0-9_]/.test(after)) return true;
  }
  return false;
}

function normalise(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
