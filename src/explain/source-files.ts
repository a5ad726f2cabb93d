// Which files the explain stage wants to read. The pipeline does the reading (I/O stays at the
// edge); files that do not exist are simply absent from the map it passes back.
import type { Ecosystem, TestAnalysis, Verdict } from '../model.js';
import { helperFilesOf, libraryFilesOf } from './imports.js';
import { supportFilesFor } from './support-files.js';

/** Verdicts that get causes. Stable, broken and skipped tests never do. */
export const EXPLAINED: ReadonlySet<Verdict> = new Set<Verdict>(['parallel-only', 'flaky', 'lost']);

/** Repo-relative, forward slashes, no `./`; null for paths that would leave the repository. */
export function normalisePath(path: string): string | null {
  const p = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  if (p === '' || p.startsWith('/') || /^[A-Za-z]:/.test(p) || p.split('/').includes('..')) return null;
  return p;
}

/** The tests whose source is read: those explained, and those whose failures cluster with others (peers). */
export function wantsSource(test: Pick<TestAnalysis, 'verdict' | 'cluster'>): boolean {
  return EXPLAINED.has(test.verdict) || test.cluster !== null;
}

/** The test's file: where it was located, else its `file`, else the file part of its id when that looks like a path. */
export function testFileOf(test: Pick<TestAnalysis, 'file' | 'id' | 'source'>): string | null {
  const candidate = test.source?.file ?? test.file ?? test.id.split('::')[0] ?? '';
  if (!/\.[A-Za-z]{1,6}$/.test(candidate)) return null;
  return normalisePath(candidate);
}

/**
 * JVM build settings beside a test file (its module's `junit-platform.properties`, `pom.xml`,
 * `build.gradle`): they say whether JUnit runs tests concurrently in one JVM. Consulted for the
 * process model only, never scanned for risky lines.
 */
export function buildConfigFilesFor(testFile: string): string[] {
  if (!/\.(?:java|kt)$/.test(testFile)) return [];
  const at = testFile.indexOf('src/test/');
  const module = at === -1 ? '' : testFile.slice(0, at);
  return [`${module}src/test/resources/junit-platform.properties`, `${module}pom.xml`, `${module}build.gradle`, `${module}build.gradle.kts`];
}

/** Go package files read beside a test file: package variables, TestMain, the helpers its tests call. */
export const MAX_PACKAGE_FILES = 30;

/** The other `.go` files of a Go test file's package (its directory), from the project's listing. */
export function packageFilesFor(testFile: string, files: readonly string[]): string[] {
  if (!testFile.endsWith('.go')) return [];
  const dir = testFile.split('/').slice(0, -1).join('/');
  const inDir = (f: string): boolean => f.endsWith('.go') && f !== testFile && f.split('/').slice(0, -1).join('/') === dir;
  // Test files first: TestMain and test helpers live there.
  return files.filter(inDir).sort((a, b) => Number(b.endsWith('_test.go')) - Number(a.endsWith('_test.go')) || a.localeCompare(b)).slice(0, MAX_PACKAGE_FILES);
}

/** The files the scan reads first for the tests that will be explained (helpers follow from their texts), sorted and unique. */
export function sourceFilesFor(tests: readonly TestAnalysis[], ecosystem: Ecosystem, files: readonly string[] = []): string[] {
  const wanted = new Set<string>();
  for (const test of tests) {
    if (!wantsSource(test)) continue;
    const file = testFileOf(test);
    if (file === null) continue;
    wanted.add(file);
    for (const s of supportFilesFor(file, ecosystem)) wanted.add(s);
    for (const s of packageFilesFor(file, files)) wanted.add(s);
    for (const s of buildConfigFilesFor(file)) wanted.add(s);
  }
  return [...wanted].sort();
}

/** Helpers the tests' files import (src/explain/imports.ts) that are not read yet, sorted and unique. */
export function helperFilesToRead(tests: readonly TestAnalysis[], sources: ReadonlyMap<string, string>, files: readonly string[]): string[] {
  const listed = new Set(files);
  const wanted = new Set<string>();
  for (const test of tests) {
    const file = wantsSource(test) ? testFileOf(test) : null;
    if (file === null) continue;
    for (const h of helperFilesOf(file, sources, listed)) if (!sources.has(h)) wanted.add(h);
  }
  return [...wanted].sort();
}

/** Project modules the tests' files and helpers import (the code under test) that are not read yet. */
export function libraryFilesToRead(tests: readonly TestAnalysis[], sources: ReadonlyMap<string, string>, files: readonly string[]): string[] {
  const listed = new Set(files);
  const wanted = new Set<string>();
  for (const test of tests) {
    const file = wantsSource(test) ? testFileOf(test) : null;
    if (file === null) continue;
    for (const l of libraryFilesOf(file, sources, listed)) if (!sources.has(l)) wanted.add(l);
  }
  return [...wanted].sort();
}
