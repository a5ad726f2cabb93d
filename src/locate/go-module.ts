// Go packages on disk: gotestsum's JUnit names a test by its package import path and function
// (`TestX` or `TestX/sub`), never by file. The package's directory is the import path under the
// module whose go.mod declares its prefix; the file is the `_test.go` there declaring `func TestX(`.
import { escapeRegExp } from './lang.js';

/** The module path on go.mod's `module` line (quoted or not), or null. */
export function goModulePath(goMod: string): string | null {
  const m = /^[ \t]{0,20}module[ \t]{1,20}"?([^"\s]{1,500})"?/m.exec(goMod);
  return m?.[1] ?? null;
}

/** A package's directory relative to the module root ('' = the root), or null for another module's package. */
export function goPackageDir(modulePath: string, importPath: string): string | null {
  if (importPath === modulePath) return '';
  return importPath.startsWith(`${modulePath}/`) ? importPath.slice(modulePath.length + 1) : null;
}

/** The first of `files` that declares the test's top-level function (`func TestX(`), or null. */
export function goFileDeclaring(files: ReadonlyArray<{ readonly path: string; readonly text: string }>, testName: string): string | null {
  const top = testName.split('/')[0] ?? testName;
  const declaration = new RegExp(`^func[ \\t]{1,5}${escapeRegExp(top)}[ \\t]{0,5}\\(`, 'm');
  return files.find((f) => declaration.test(f.text))?.path ?? null;
}

/** The directory part of a repo-relative path ('' at the root). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

/** `dir/name`, or `name` at the root. */
export function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}
