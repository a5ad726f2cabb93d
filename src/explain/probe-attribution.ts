// Which test a probe record belongs to. Python records name the running item's pytest node id,
// read through the one definition of how a JUnit test case maps to a node id
// (src/frameworks/pytest-node-id.ts, handed in by the pipeline: explain imports no preset); Node records name the project files on the stack, which
// belong to the tests whose resolved source file is one of them.
import type { ProbeRecord, RunResult, TestAnalysis, TestCase, TestId } from '../model.js';
import { testFileOf } from './source-files.js';

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
      for (const file of record.files ?? []) {
        const tests = root !== null && file.startsWith(root) ? byFile.get(file.slice(root.length)) : elsewhere(file);
        if (tests !== undefined) return tests;
      }
      return [];
    },
  };
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
