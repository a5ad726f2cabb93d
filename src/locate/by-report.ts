// The locations a report itself gives: a `file`/`filepath` attribute, or a path as classname
// (Vitest; jest-junit with `{filepath}`). Relative to where the runner ran, which may be above or
// below the project directory, so a path not found as written is matched by its suffix.
import type { SourceVia, TestAnalysis } from '../model.js';
import type { FileIndex } from './project-view.js';
import { ecosystemOfPath } from './test-files.js';

export interface Found {
  readonly file: string;
  readonly via: SourceVia;
  readonly line?: number;
}

/** The file part of a test id (`file::classname::name`), '' when the report gave none. */
export function idFile(id: string): string {
  const i = id.indexOf('::');
  return i === -1 ? '' : id.slice(0, i);
}

/** The test's own `file`: a `file`/`filepath` attribute, or a classname that is a path. */
export function fromReport(test: Pick<TestAnalysis, 'id' | 'file' | 'line' | 'classname'>, files: FileIndex, complete: boolean): Found | null {
  const file = test.file;
  if (file === undefined) return null;
  const via: SourceVia = idFile(test.id) === '' && file === test.classname ? 'classname-path' : 'report-file';
  const found = existing(file, files, complete);
  if (found === null) return null;
  return { file: found, via, ...(test.line === undefined || found !== file ? {} : { line: test.line }) };
}

/** A path as listed, as written, or the one listed path it is a suffix of (or that is a suffix of it). */
export function existing(path: string, files: FileIndex, complete: boolean): string | null {
  const p = path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
  if (p === '' || p.split('/').includes('..') || ecosystemOfPath(p) === null) return null;
  if (files.has(p)) return p;
  const below = files.endingWith(p.replace(/^\/+/, ''));
  if (below.length === 1) return below[0] ?? null;
  // Written relative to a directory above the project (a monorepo root): drop leading parts.
  const parts = p.replace(/^\/+/, '').split('/');
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join('/');
    if (files.has(tail)) return tail;
  }
  return !complete && !p.startsWith('/') ? p : null;
}
