// What a path is: the ecosystem its extension belongs to, and whether it is a test file by the
// conventions of the frameworks that would collect it. A guessed location (a stack frame, a title
// found by search) must be a test file: the module under test is never "the test's file".
import type { Ecosystem } from '../model.js';

const BY_EXTENSION: ReadonlyArray<readonly [RegExp, Ecosystem]> = [
  [/\.pyi?$/, 'python'],
  [/\.[cm]?[jt]sx?$/, 'javascript'],
  [/\.go$/, 'go'],
  [/\.(?:java|kt|kts|scala|groovy)$/, 'java'],
  [/\.rs$/, 'rust'],
  [/\.rb$/, 'ruby'],
  [/\.(?:cs|fs|vb)$/, 'dotnet'],
];

/** The ecosystem of a source file by its extension, or null for anything else. */
export function ecosystemOfPath(path: string): Ecosystem | null {
  for (const [pattern, ecosystem] of BY_EXTENSION) if (pattern.test(path)) return ecosystem;
  return null;
}

/** Directory names under which every source file is a test or a test helper. */
const TEST_DIRS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', 'e2e', 'testing', 'integration-tests']);

/**
 * True for the files test runners collect by default: pytest `test_*.py`/`*_test.py`, Jest/Vitest
 * `*.test.*`/`*.spec.*` and `__tests__/`, Mocha and node:test files under `test/`, Go `_test.go`,
 * Maven/Gradle `src/test/` and `*Test`/`*Tests`/`*IT` classes, RSpec/minitest, xUnit `*Tests`.
 */
export function isTestFile(path: string): boolean {
  const ecosystem = ecosystemOfPath(path);
  if (ecosystem === null) return false;
  const parts = path.split('/');
  const base = parts.at(-1) ?? '';
  const dirs = parts.slice(0, -1);
  switch (ecosystem) {
    case 'python':
      return base !== 'conftest.py' && (/^test_.+\.py$/.test(base) || /_tests?\.py$/.test(base) || base === 'tests.py');
    case 'javascript':
      return /\.(?:test|spec|e2e|it)\.[cm]?[jt]sx?$/.test(base) || dirs.some((d) => TEST_DIRS.has(d));
    case 'go':
      return base.endsWith('_test.go');
    case 'java':
      return dirs.some((d, i) => d === 'src' && /^(?:test|it|androidTest|testFixtures|integrationTest)$/.test(dirs[i + 1] ?? '')) || /(?:Tests?|IT|Spec)\.[a-z]+$/.test(base);
    case 'rust':
      return dirs[0] === 'tests' || base === 'tests.rs';
    case 'ruby':
      return /_(?:spec|test)\.rb$/.test(base) || /^test_.+\.rb$/.test(base);
    case 'dotnet':
      return /Tests?\.(?:cs|fs|vb)$/.test(base) || dirs.some((d) => /Tests?$/.test(d));
    case 'unknown':
      return false;
  }
}

/**
 * Test files and the code that only tests use: anything under a test directory, and helper-like
 * modules (fixtures, helpers, factories, mocks, testutils). The code under test is not.
 */
export function isTestSupportFile(path: string): boolean {
  if (isTestFile(path)) return true;
  if (ecosystemOfPath(path) === null) return false;
  const parts = path.split('/');
  const base = (parts.at(-1) ?? '').replace(/\.[^.]{1,10}$/, '');
  return (
    parts.slice(0, -1).some((d) => TEST_DIRS.has(d) || /^(?:testutils?|testing|test_?helpers?|fixtures|__mocks__|__fixtures__|__helpers__|mocks)$/.test(d)) ||
    /(?:^|[_.-])(?:fixtures?|helpers?|support|test_?utils?|factor(?:y|ies)|mocks?|conftest)$/i.test(base)
  );
}
