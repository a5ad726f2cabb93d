import { testIdParts, type TestRef } from './test-id-parts.js';

/**
 * The pytest node id (`tests/test_x.py::TestOuter::TestInner::test_n[param]`) of a test from a
 * JUnit report, for rerunning it by name.
 *
 * With `junit_family=xunit1` pytest writes `file` (the node id's path) and a classname that
 * `mangle_test_address` builds from the node id: the path with `/` -> `.` and `.py` dropped, then
 * the class chain, joined by dots (`tests.test_x.TestOuter.TestInner`); parameters stay in `name`.
 * So the class chain is whatever follows the file's dotted module path. Without a file (xunit2,
 * or a report from elsewhere) the module/class boundary is guessed: pytest collects classes named
 * `Test*` by default, and modules are lower-case by convention, so the first segment starting with
 * an upper-case letter begins the class chain.
 */
export function pytestNodeId(ref: TestRef): string {
  const { file, classname, name } = testIdParts(ref);
  const path = file.replace(/\\/g, '/');
  if (path !== '') {
    const module = path.replace(/\.py$/, '').replace(/\//g, '.');
    if (classname === module || classname === '') return `${path}::${name}`;
    if (classname.startsWith(`${module}.`)) {
      return [path, ...classname.slice(module.length + 1).split('.'), name].join('::');
    }
    // A classname that does not extend the file's module: keep the file, guess the classes.
    return [path, ...guessClasses(classname.split('.')), name].join('::');
  }
  const segments = classname === '' ? [] : classname.split('.');
  const classes = guessClasses(segments);
  const modules = segments.slice(0, segments.length - classes.length);
  if (modules.length === 0) return [...classes, name].join('::');
  return [`${modules.join('/')}.py`, ...classes, name].join('::');
}

function guessClasses(segments: readonly string[]): string[] {
  const start = segments.findIndex((segment) => /^[A-Z]/.test(segment));
  return start < 0 ? [] : segments.slice(start);
}
