// Which cause state kept in one process points at follows the runner's process model.
// pytest-xdist, Jest/Vitest (forks), node:test and Mocha workers are processes that run their tests
// one after another: what one test leaves in a module, a cache or a registry reaches the tests its
// worker runs later, and parallel runs change which tests those are (order-dependence). Go's
// `t.Parallel` tests and JUnit's concurrent classes are threads of one process: two tests touch
// the same state at the same moment (shared-global-state). A Go test that never calls
// `t.Parallel` runs alone, after the package's earlier tests (the testing package's rule), so what
// it meets there was left by them (order-dependence, as `-shuffle` shows). JUnit runs the tests of
// a JVM one at a time unless concurrent execution is switched on (`junit.jupiter.execution.
// parallel.enabled=true`, `@Execution(CONCURRENT)`, Surefire's `<parallel>`); parallel Gradle and
// Maven runs are forked JVMs, so a static field one test class sets meets the classes its fork
// runs later (order-dependence). pytest-run-parallel (`--parallel-threads`, its `thread_unsafe` and
// `parallel_threads` markers) runs each test in several threads of one process at once. Jest and
// Vitest run a file's `test.concurrent` / `describe.concurrent` tests at the same time in one
// module instance: the file's and the describe block's variables are shared while they run.
import type { Cause } from '../model.js';
import { MAX_LINE_CHARS, type Lang, type Region, type SourceText } from './source-lang.js';

/** Languages whose runners' workers are processes running tests in sequence (see the header). */
const SEQUENTIAL_WORKERS: ReadonlySet<Lang> = new Set(['python', 'js']);

export function stateCause(lang: Lang): Cause {
  return SEQUENTIAL_WORKERS.has(lang) ? 'order-dependence' : 'shared-global-state';
}

const GO_PARALLEL = /\bt\.Parallel\(\)/;

/** Go: the test's own body (its subtests included) calls `t.Parallel()`. */
export function goRunsInParallel(regions: readonly Region[]): boolean {
  return regions.some((r) => r.scope === 'test' && r.lines.slice(r.start, r.end + 1).some((l) => GO_PARALLEL.test(l.slice(0, MAX_LINE_CHARS))));
}

const JUNIT_CONCURRENT_SETTING = /junit\.jupiter\.execution\.parallel\.enabled['"]?\s{0,5}[=:,>]\s{0,5}['"]?true\b|<parallel>\s{0,5}(?:methods|classes|both|all|suites|suitesAndClasses|suitesAndMethods|classesAndMethods)\s{0,5}</;
const JUNIT_CONCURRENT_ANNOTATION = /@Execution\(\s{0,5}(?:ExecutionMode\.)?CONCURRENT\b/;

/** JUnit: concurrent execution switched on by the build or by the test's class. */
export function junitRunsConcurrently(regions: readonly Region[], config: readonly SourceText[]): boolean {
  if (config.some((c) => c.text.split(/\r?\n/).some((l) => JUNIT_CONCURRENT_SETTING.test(l.slice(0, MAX_LINE_CHARS))))) return true;
  return regions.some((r) => r.path.endsWith('.java') || r.path.endsWith('.kt') ? r.lines.some((l) => JUNIT_CONCURRENT_ANNOTATION.test(l.slice(0, MAX_LINE_CHARS))) : false);
}

const PYTEST_THREADS = /\bpytest_run_parallel\b|--parallel-threads\b|\bmark\.(?:thread_unsafe|parallel_threads)\b|\bparallel_threads\s{0,5}=/;

/** pytest: the test file or a conftest brings in pytest-run-parallel's threads. */
export function pytestRunsThreads(regions: readonly Region[], config: readonly SourceText[]): boolean {
  const hit = (lines: readonly string[]): boolean => lines.some((l) => PYTEST_THREADS.test(l.slice(0, MAX_LINE_CHARS)));
  return regions.some((r) => r.path.endsWith('.py') && hit(r.lines)) || config.some((c) => c.path.endsWith('.py') && hit(c.text.split(/\r?\n/)));
}

const JS_CONCURRENT = /\b(?:describe|it|test|suite)\.concurrent\b|\bconcurrent\s{0,5}:\s{0,5}true\b/;

/** Jest/Vitest: the test's file declares concurrent tests or blocks. */
export function jsRunsConcurrently(regions: readonly Region[], testFile: string): boolean {
  const file = regions.find((r) => r.path === testFile);
  return file !== undefined && file.lines.some((l) => JS_CONCURRENT.test(l.slice(0, MAX_LINE_CHARS)));
}

/** pytest-run-parallel's opt-outs: the test (or its class or module) runs in one thread. */
const PYTEST_ONE_THREAD = /\bmark\.thread_unsafe\b|\bmark\.parallel_threads\(\s{0,5}1\s{0,5}\)/;

/**
 * pytest-run-parallel runs each test in several threads at once unless the test, its class or its
 * module opts out (`thread_unsafe`, `parallel_threads(1)`); called once threads are known to run.
 */
export function runsInOwnThreads(regions: readonly Region[]): boolean {
  return !regions.some((r) => (r.scope === 'test' || r.scope === 'module' || r.scope === 'class') && r.lines.slice(r.start, r.end + 1).some((l) => PYTEST_ONE_THREAD.test(l.slice(0, MAX_LINE_CHARS))));
}

/** The test runs as threads of one process beside other tests or copies of itself: they share its working directory. */
export function runsAsThreads(lang: Lang, regions: readonly Region[], config: readonly SourceText[] = []): boolean {
  if (lang === 'go') return goRunsInParallel(regions);
  if (lang === 'java') return junitRunsConcurrently(regions, config);
  if (lang === 'python') return pytestRunsThreads(regions, config);
  return false;
}

/** The cause for state one process keeps, for this test: see the header. */
export function stateCauseOf(lang: Lang, regions: readonly Region[], config: readonly SourceText[] = []): Cause {
  if (lang === 'go' && !goRunsInParallel(regions)) return 'order-dependence';
  if (lang === 'java' && !junitRunsConcurrently(regions, config)) return 'order-dependence';
  if (lang === 'python' && pytestRunsThreads(regions, config)) return 'shared-global-state';
  return stateCause(lang);
}

export const PROCESS_MODEL_PATTERNS: readonly RegExp[] = [PYTEST_ONE_THREAD, GO_PARALLEL, JUNIT_CONCURRENT_SETTING, JUNIT_CONCURRENT_ANNOTATION, PYTEST_THREADS, JS_CONCURRENT];
