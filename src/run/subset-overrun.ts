import type { RunSpec, TestCase } from '../model.js';

/**
 * A subset rerun that ran far more tests than it asked for: a wrapper command that adds test
 * paths of its own (`pytest tests/ "$@"`) turns every subset rerun into a full run. Returns the
 * warning to give once, or null. Skipped cases do not count (Jest reports unselected tests so).
 */
export function subsetOverrun(spec: RunSpec, cases: readonly TestCase[]): string | null {
  if (spec.tests === undefined) return null;
  const asked = spec.tests.length;
  const ran = cases.filter((c) => c.outcome !== 'skipped' && c.outcome !== 'lost').length;
  if (ran <= Math.max(2 * asked, asked + 5)) return null;
  return `run ${spec.id} asked for ${asked} test${asked === 1 ? '' : 's'} and the command ran ${ran}: it seems to add test paths of its own, so every subset rerun costs about a full-suite run (let the command pass its arguments on with "$@" and name no tests itself)`;
}
