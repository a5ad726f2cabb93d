// Which file holds each test, and how that was found (report.json `tests[].source`). Pure: the
// project's listing and the texts read so far come in; `filesToRead` says which texts would
// settle the tests still open, and the edge (src/project/) reads them and asks again.
//
// Rules, first that answers wins: the report's own file or path-like classname; a dotted
// module/class path (pytest, JVM); a Go package; a stack frame in a test file; a search of the
// project's test files for the title. The file is never a non-test module found by guessing.
import type { Ecosystem, RunResult, TestAnalysis, TestId, TestSource } from '../model.js';
import { fromGoPackage, goFilesToRead, goModFiles, isGoTest } from './by-go-package.js';
import { fromModulePath } from './by-module.js';
import { fromReport, type Found } from './by-report.js';
import { fromStack, stackTestFiles, type Frame } from './by-stack.js';
import { fromTitle, titleSearchFiles } from './by-title.js';
import { indexFiles, type FileIndex, type ProjectView } from './project-view.js';

export interface LocateInput {
  readonly tests: readonly TestAnalysis[];
  /** The runs, for the stack frames of failures. */
  readonly runs: readonly RunResult[];
  readonly project: ProjectView;
  /** The project's ecosystem: which test files a title search reads. */
  readonly ecosystem: Ecosystem;
  /** Tests worth a stack or title search (the explained ones and their peers); the rest get the other rules. */
  readonly wanted: ReadonlySet<TestId>;
}

/** Texts that would settle a wanted test still open (not yet in `project.texts`), sorted. */
export function filesToRead(input: LocateInput): string[] {
  const { project } = input;
  const index = indexFiles(project.files);
  const want = new Set<string>(goModFiles(project.files));
  const open: TestAnalysis[] = [];
  const frames = framesOf(input, index);
  const unread = (files: readonly string[]): boolean => files.some((f) => !project.texts.has(f));
  for (const test of input.tests) {
    if (cheap(test, index, project.complete) !== null) continue;
    // A package's test files are few and settle every Go test: read for all tests, not only the wanted.
    if (isGoTest(test.classname, test.name)) {
      const pkg = goFilesToRead(test.classname, project, index);
      for (const f of pkg) want.add(f);
      if (pkg.length > 0 && (unread(pkg) || fromGoPackage(test.classname, test.name, project, index) !== null)) continue;
    }
    if (!input.wanted.has(test.id)) continue;
    const found = frames.get(test.id) ?? [];
    for (const f of found) want.add(f.file);
    if (found.length > 0 && (unread(found.map((f) => f.file)) || fromStack(found, test.name, project) !== null)) continue;
    open.push(test);
  }
  if (open.length > 0) for (const f of titleSearchFiles(open, project.files, input.ecosystem)) want.add(f);
  return [...want].filter((f) => !project.texts.has(f)).sort();
}

/** The same tests with `source` (and `file`/`line` where the report had none) where found. */
export function locateTests(input: LocateInput): TestAnalysis[] {
  const { project } = input;
  const index = indexFiles(project.files);
  const frames = framesOf(input, index);
  const searched = titleSearchFiles(input.tests.filter((t) => input.wanted.has(t.id)), project.files, input.ecosystem).filter((f) => project.texts.has(f));
  return input.tests.map((test) => {
    let found = cheap(test, index, project.complete);
    if (found === null && isGoTest(test.classname, test.name)) found = fromGoPackage(test.classname, test.name, project, index);
    if (found === null && input.wanted.has(test.id)) found = fromStack(frames.get(test.id) ?? [], test.name, project) ?? fromTitle(test, project.texts, searched);
    return found === null ? test : withSource(test, found);
  });
}

function cheap(test: TestAnalysis, index: FileIndex, complete: boolean): Found | null {
  return fromReport(test, index, complete) ?? fromModulePath(test.classname, test.name, index);
}

function withSource(test: TestAnalysis, found: Found): TestAnalysis {
  const source: TestSource = { file: found.file, via: found.via, ...(found.line === undefined ? {} : { line: found.line }) };
  // The report's own location stays; a found one fills the gap (annotations and the source scan use it).
  const file = test.file ?? found.file;
  const line = test.line ?? (file === found.file ? found.line : undefined);
  return { ...test, file, ...(line === undefined ? {} : { line }), source };
}

/** Test files in the stack frames of each wanted test's failures, built once per input. */
function framesOf(input: LocateInput, index: FileIndex): Map<TestId, Frame[]> {
  const texts = new Map<TestId, string[]>();
  for (const run of input.runs) {
    for (const c of run.cases) {
      if (!input.wanted.has(c.id) || (c.outcome !== 'failed' && c.outcome !== 'error')) continue;
      const list = texts.get(c.id) ?? [];
      if (list.length < 3) list.push(`${c.details ?? ''}\n${c.message ?? ''}`);
      texts.set(c.id, list);
    }
  }
  return new Map([...texts].map(([id, t]) => [id, stackTestFiles(t, index)]));
}
