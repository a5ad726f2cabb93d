// Which test a probe record belongs to. Python records name the running item's pytest node id,
// read through the one definition of how a JUnit test case maps to a node id
// (src/frameworks/pytest-node-id.ts, handed in by the pipeline: explain imports no preset); Node records name the project files on the stack, which
// belong to the tests whose resolved source file is one of them, or, for a test file none of the
// explained tests lives in (a partner that never failed), to that file as a whole.
import { isTestFile } from '../locate/test-files.js';
import type { ProbeRecord, RunResult, TestAnalysis, TestCase, TestId } from '../model.js';
import { testFileOf } from './source-files.js';

/**
 * Stands for "a test of this file" when the file's tests were not located (only the explained
 * tests are): it can be the other side of a collision and is named in evidence texts, but it is no
 * test id, so it is never a partner or a finding's test.
 */
const FILE_LEVEL = '\u0001file';
export const fileLevelId = (file: string): TestId => `${file}${FILE_LEVEL}`;
export const isFileLevel = (id: TestId): boolean => id.endsWith(FILE_LEVEL);
/** `a test of tests/export.test.js` for a file-level id, else null. */
export const fileLevelLabel = (id: TestId): string | null => (isFileLevel(id) ? `a test of ${id.slice(0, -FILE_LEVEL.length)}` : null);
/** Names that say "test file" by themselves; a file under test/ may also be a helper. */
const NAMED_TEST_FILE = /(?:\.(?:test|spec)\.[cm]?[jt]sx?|_test\.go|(?:^|\/)test_[^/]+\.py|_test\.py)$/;
/** Support code kept under a test directory: set-up, helpers, fixtures, mocks. Their records are the suite's, not a test's. */
const SUPPORT = /(?:^|[/._-])(?:support|helpers?|fixtures?|utils?|setup|teardown|harness|mocks?|__mocks__|conftest)(?:[/._-]|$)/i;

export interface Attribution {
  /** The tests a record belongs to (none: it is not counted). */
  testsOf(record: ProbeRecord): readonly TestId[];
}

/** Test file (project-relative) -> its tests, from the explain stage's located tests. */
export function testsByFile(tests: readonly Pick<TestAnalysis, 'id' | 'file' | 'source'>[]): ReadonlyMap<string, readonly TestId[]> {
  const byFile = new Map<string, TestId[]>();
  for (const t of tests) {
    const file = testFileOf(t);
    if (file === null) continue;
    const list = byFile.get(file) ?? [];
    list.push(t.id);
    byFile.set(file, list);
  }
  return byFile;
}

/** Attribution within one run: its own cases give the node ids. */
export function attributionFor(run: RunResult, byFile: ReadonlyMap<string, readonly TestId[]>, projectDir: string | null, nodeIdOf: ((c: TestCase) => string) | null): Attribution {
  const byNodeId = new Map<string, TestId>();
  for (const c of nodeIdOf === null ? [] : run.cases) {
    const nodeId = nodeIdOf?.(c) ?? '';
    if (!byNodeId.has(nodeId)) byNodeId.set(nodeId, c.id);
  }
  const missed = new Set<string>();
  // Runs kept and re-analysed from another checkout: the recorded absolute path ends with the test's file.
  const bySuffix = new Map<string, readonly TestId[] | undefined>();
  const elsewhere = (file: string): readonly TestId[] | undefined => {
    if (!bySuffix.has(file)) bySuffix.set(file, [...byFile.entries()].find(([rel]) => file.endsWith(`/${rel}`))?.[1]);
    return bySuffix.get(file);
  };
  const root = projectDir === null ? null : projectDir.replace(/\/+$/, '') + '/';
  return {
    testsOf(record: ProbeRecord): readonly TestId[] {
      if (record.test !== undefined) {
        let id = byNodeId.get(record.test);
        if (id === undefined && !missed.has(record.test)) {
          id = byNodeId.get(withoutRootPrefix(record.test, byNodeId));
          if (id === undefined) missed.add(record.test);
          else byNodeId.set(record.test, id);
        }
        return id === undefined ? [] : [id];
      }
      // The innermost project file that is a test file: helpers above it on the stack are shared code.
      const files = record.files ?? [];
      for (const file of files) {
        const tests = root !== null && file.startsWith(root) ? byFile.get(file.slice(root.length)) : elsewhere(file);
        if (tests !== undefined) return tests;
      }
      const unlocated = root === null ? null : otherTestFile(files.filter((f) => f.startsWith(root)).map((f) => f.slice(root.length)));
      return unlocated === null ? [] : [fileLevelId(unlocated)];
    },
  };
}

/**
 * The test file on a stack (project-relative paths, innermost first) whose tests were not located:
 * the innermost one named like a test file, else the outermost under a test directory that is not
 * named like support code (helpers there are called from the test file, which is further out; a
 * global set-up's server is the suite's, not a test's).
 */
function otherTestFile(files: readonly string[]): string | null {
  const named = files.find((f) => NAMED_TEST_FILE.test(f));
  if (named !== undefined) return named;
  const outer = [...files].reverse().find((f) => isTestFile(f));
  return outer === undefined || SUPPORT.test(outer) ? null : outer;
}

/**
 * pytest prints node ids relative to its rootdir, the report relative to the project: when the
 * two differ by leading directories, the node id whose path ends the same way.
 */
function withoutRootPrefix(nodeId: string, known: ReadonlyMap<string, TestId>): string {
  for (const candidate of known.keys()) {
    if (candidate.endsWith(`/${nodeId}`) || nodeId.endsWith(`/${candidate}`)) return candidate;
  }
  return nodeId;
}
