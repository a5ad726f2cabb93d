// Go tests by package: the classname is the import path, the file is the `_test.go` of the
// package's directory that declares the top-level test function.
import type { Found } from './by-report.js';
import { dirOf, goFileDeclaring, goModulePath, goPackageDir, joinPath } from './go-module.js';
import type { FileIndex, ProjectView } from './project-view.js';

const IMPORT_PATH = /^[\w.~-]{1,200}(?:\/[\w.~-]{1,200}){0,40}$/;
const GO_TEST_NAME = /^(?:Test|Example|Benchmark|Fuzz)[\w]{0,200}(?:\/|$)/;

export function isGoTest(classname: string, name: string): boolean {
  return IMPORT_PATH.test(classname) && GO_TEST_NAME.test(name);
}

/** go.mod files of the listing: every module of a multi-module repository. */
export function goModFiles(files: readonly string[]): string[] {
  return files.filter((f) => f === 'go.mod' || f.endsWith('/go.mod'));
}

/** The package directory of an import path: under a module whose go.mod is read, else by suffix. */
export function goPackageDirOf(importPath: string, view: ProjectView, index: FileIndex): string | null {
  for (const mod of goModFiles(view.files)) {
    const modulePath = goModulePath(view.texts.get(mod) ?? '');
    if (modulePath === null) continue;
    const rel = goPackageDir(modulePath, importPath);
    if (rel !== null) return joinPath(dirOf(mod), rel);
  }
  // go.mod above the project directory (or unread): the longest tail of the import path that is a
  // directory holding Go tests.
  const segments = importPath.split('/');
  for (let i = 1; i < segments.length; i++) {
    const dir = segments.slice(i).join('/');
    if (goTestFilesIn(dir, index).length > 0) return dir;
  }
  return null;
}

export function goTestFilesIn(dir: string, index: FileIndex): string[] {
  return index.inDir(dir).filter((f) => f.endsWith('_test.go'));
}

/** The files whose text decides: the package's `_test.go` files. */
export function goFilesToRead(classname: string, view: ProjectView, index: FileIndex): string[] {
  const dir = goPackageDirOf(classname, view, index);
  return dir === null ? [] : goTestFilesIn(dir, index);
}

export function fromGoPackage(classname: string, name: string, view: ProjectView, index: FileIndex): Found | null {
  const dir = goPackageDirOf(classname, view, index);
  if (dir === null) return null;
  const files = goTestFilesIn(dir, index).flatMap((path) => {
    const text = view.texts.get(path);
    return text === undefined ? [] : [{ path, text }];
  });
  const file = goFileDeclaring(files, name);
  return file === null ? null : { file, via: 'go-package' };
}
