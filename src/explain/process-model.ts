// Which cause state kept in one process points at follows the runner's process model.
// pytest-xdist, Jest/Vitest (forks), node:test and Mocha workers are processes that run their tests
// one after another: what one test leaves in a module, a cache or a registry reaches the tests its
// worker runs later, and parallel runs change which tests those are (order-dependence). Go's
// `t.Parallel` tests and JUnit's concurrent classes are threads of one process: two tests touch
// the same state at the same moment (shared-global-state). A Go test that never calls
// `t.Parallel` runs alone, after the package's earlier tests (the testing package's rule), so what
// it meets there was left by them (order-dependence, as `-shuffle` shows).
import type { Cause } from '../model.js';
import { MAX_LINE_CHARS, type Lang, type Region } from './source-lang.js';

/** Languages whose runners' workers are processes running tests in sequence (see the header). */
const SEQUENTIAL_WORKERS: ReadonlySet<Lang> = new Set(['python', 'js']);

export function stateCause(lang: Lang): Cause {
  return SEQUENTIAL_WORKERS.has(lang) ? 'order-dependence' : 'shared-global-state';
}

/** The other reading of the same state, kept as a weaker alternative. */
export function otherStateCause(lang: Lang): Cause {
  return stateCause(lang) === 'order-dependence' ? 'shared-global-state' : 'order-dependence';
}

const GO_PARALLEL = /\bt\.Parallel\(\)/;

/** Go: the test's own body (its subtests included) calls `t.Parallel()`. */
export function goRunsInParallel(regions: readonly Region[]): boolean {
  return regions.some((r) => r.scope === 'test' && r.lines.slice(r.start, r.end + 1).some((l) => GO_PARALLEL.test(l.slice(0, MAX_LINE_CHARS))));
}

/** The cause for state one process keeps, for this test: see the header. */
export function stateCauseOf(lang: Lang, regions: readonly Region[]): Cause {
  if (lang === 'go' && !goRunsInParallel(regions)) return 'order-dependence';
  return stateCause(lang);
}
