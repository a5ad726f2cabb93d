// Dotted classnames name modules and classes: pytest's `tests.test_orders.TestOrders` is
// tests/test_orders.py, Surefire's `com.acme.OrderTest$Nested` is .../com/acme/OrderTest.java
// (under src/test/java or a module's). The longest prefix that exists as a file wins.
import type { FileIndex } from './project-view.js';
import type { Found } from './by-report.js';
import { isTestFile } from './test-files.js';

const SEGMENT = /^[A-Za-z_$][\w$]{0,200}$/;
const PYTHON = ['.py'];
const JVM = ['.java', '.kt', '.scala', '.groovy'];

export function fromModulePath(classname: string, name: string, files: FileIndex): Found | null {
  // pytest's collection error names the module in `name`, with an empty classname.
  const dotted = classname !== '' ? classname : name;
  const segments = dotted.split('$')[0]?.split('.') ?? [];
  if (segments.length === 0 || !segments.every((s) => SEGMENT.test(s))) return null;
  for (let n = segments.length; n >= 1; n--) {
    // Leading segments may be above the project directory (pytest's rootdir, a monorepo root).
    for (let i = 0; i < n; i++) {
      const base = segments.slice(i, n).join('/');
      // A bare name (`utils`) is only trusted as a test module: it could be anything.
      const trusted = (path: string): boolean => (i === 0 && n - i >= 2) || isTestFile(path);
      const python = pick(PYTHON.flatMap((ext) => files.endingWith(`${base}${ext}`)).filter(trusted));
      if (python !== null) return { file: python, via: 'python-module' };
      // A JVM class is named in full (package + class): only the whole classname is a file.
      if (n === segments.length) {
        const jvm = pick(JVM.flatMap((ext) => files.endingWith(`${base}${ext}`)).filter(trusted));
        if (jvm !== null) return { file: jvm, via: 'jvm-class' };
      }
    }
  }
  return null;
}

/** One candidate, or the one test file among several (a module copied under build/ is not it). */
function pick(candidates: readonly string[]): string | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const tests = candidates.filter(isTestFile);
  if (tests.length === 1) return tests[0] ?? null;
  // The shortest path is the one written relative to the project root.
  const sorted = [...(tests.length > 0 ? tests : candidates)].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  return sorted[0]?.split('/').length === sorted[1]?.split('/').length ? null : (sorted[0] ?? null);
}
