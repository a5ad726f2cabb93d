// Hooks and suites as tests (src/frameworks/pseudo-tests.ts): a framework reports a failing
// `before all` hook, a file that failed to load or a collection error as a case of its own, and
// reports nothing for it when it passes; the tests it guards are then absent (Mocha, Jest, pytest)
// or skipped (Vitest). Read as they are, the hook has no serial arm and never confirms, and its
// tests look lost or unselected. This pure step, on every run's cases before any analysis:
//
// - gives each pseudo-test one id in every run (Mocha names a hook after the test it ran for);
// - counts it `passed` in a run where it did not fail and a test it guards ran;
// - counts each test it guards that the run did not run (absent, skipped, or reported only as
//   stopped by it, though it runs in other runs) as `failed` because of it, with its message.
//
// Idempotent: normalising normalised runs changes nothing.
import { pseudoTestOf, type PseudoTest } from '../frameworks/pseudo-tests.js';
import type { RunResult, TestCase, TestId } from '../model.js';
import { testId } from './test-id.js';

/** Prefix of the message a guarded test gets: it did not run because its hook or suite failed. */
export const NOT_RUN = 'not run:';

interface Known {
  /** A case of each id that ran (passed, failed or errored) in some run. */
  readonly ran: Map<TestId, TestCase>;
  /** Ids reported passed or skipped somewhere: never pseudo-tests (those are only reported failing). */
  readonly real: Set<TestId>;
  readonly names: Map<string, Set<string>>;
}

/** True when a run reports a failing hook or suite: cheap, for skipping the normalisation until then. */
export function hasPseudoTest(run: RunResult): boolean {
  const failing = run.cases.filter((c) => c.outcome === 'failed' || c.outcome === 'error');
  if (failing.length === 0) return false;
  const names = new Map<string, Set<string>>();
  for (const c of run.cases) {
    let set = names.get(c.classname);
    if (set === undefined) names.set(c.classname, (set = new Set()));
    set.add(c.name);
  }
  return failing.some((c) => pseudoTestOf(c, names) !== null);
}

export function normaliseHookOutcomes(runs: readonly RunResult[]): RunResult[] {
  const known = collect(runs);
  const pseudo = new Map<TestId, { test: PseudoTest; id: TestId }>();
  const pseudoOf = (c: TestCase): { test: PseudoTest; id: TestId } | null => {
    if (c.inferredFrom !== undefined || known.real.has(c.id) || (c.outcome !== 'failed' && c.outcome !== 'error')) return pseudo.get(c.id) ?? null;
    let found = pseudo.get(c.id);
    if (found === undefined) {
      const test = pseudoTestOf(c, known.names);
      if (test === null) return null;
      found = { test, id: testId({ file: idFile(c.id), classname: c.classname, name: test.name }) };
      pseudo.set(c.id, found);
      pseudo.set(found.id, found);
    }
    return found;
  };
  // Pseudo-tests by their stable id, with a representative case, from every run.
  const hooks = new Map<TestId, { test: PseudoTest; sample: TestCase }>();
  for (const run of runs) {
    for (const c of run.cases) {
      const p = pseudoOf(c);
      if (p !== null && !hooks.has(p.id)) hooks.set(p.id, { test: p.test, sample: { ...c, id: p.id, name: p.test.name } });
    }
  }
  if (hooks.size === 0) return [...runs];
  const guarded = new Map<TestId, TestCase[]>();
  for (const [id, { test }] of hooks) guarded.set(id, [...known.ran.values()].filter((c) => !hooks.has(c.id) && pseudo.get(c.id) === undefined && test.governs(c)));
  return runs.map((run) => normaliseRun(run, hooks, guarded, pseudoOf));
}

function normaliseRun(
  run: RunResult,
  hooks: ReadonlyMap<TestId, { test: PseudoTest; sample: TestCase }>,
  guarded: ReadonlyMap<TestId, readonly TestCase[]>,
  pseudoOf: (c: TestCase) => { id: TestId } | null,
): RunResult {
  let changed = false;
  const cases: TestCase[] = run.cases.map((c) => {
    const p = pseudoOf(c);
    if (p === null || (p.id === c.id && c.name === hooks.get(p.id)?.test.name)) return c;
    changed = true;
    return { ...c, id: p.id, name: hooks.get(p.id)?.test.name ?? c.name };
  });
  const byId = new Map<TestId, TestCase[]>();
  for (const c of cases) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const expected = (id: TestId, hook: TestId): boolean => run.record.subset === undefined || run.record.subset.includes(id) || run.record.subset.includes(hook);
  const added: TestCase[] = [];
  const replaced = new Map<TestId, TestCase>();
  // A guarded test's own case that says only that the hook stopped it: replaced like a skip.
  const stand = new Set<TestCase>();
  for (const [id, { test, sample }] of hooks) {
    const mine = guarded.get(id) ?? [];
    const failing = (byId.get(id) ?? []).find((c) => c.outcome === 'failed' || c.outcome === 'error');
    if (failing !== undefined) {
      for (const g of mine) {
        const present = byId.get(g.id) ?? [];
        const notRun = (c: TestCase): boolean => c.outcome === 'skipped' || (c.outcome === 'failed' && (test.supersedes?.(c) ?? false));
        if (!expected(g.id, id) || !present.every(notRun) || replaced.has(g.id)) continue;
        for (const c of present) stand.add(c);
        const because: TestCase = {
          id: g.id,
          ...(g.file === undefined ? {} : { file: g.file }),
          ...(g.line === undefined ? {} : { line: g.line }),
          classname: g.classname,
          name: g.name,
          outcome: 'failed',
          message: `${NOT_RUN} ${sample.name} failed${failing.message ? `: ${failing.message}` : ''}`,
          ...(failing.details === undefined ? {} : { details: failing.details }),
          ...(failing.worker === undefined ? {} : { worker: failing.worker }),
          inferredFrom: id,
        };
        if (present.length > 0) replaced.set(g.id, because);
        else added.push(because);
      }
    } else if ((byId.get(id) ?? []).length === 0 && run.record.parse === 'ok') {
      // It did not fail where the tests it guards ran: it passed.
      const ran = mine.some((g) => expected(g.id, id) && (byId.get(g.id) ?? []).some((c) => c.outcome === 'passed' || c.outcome === 'failed' || c.outcome === 'error'));
      if (ran) added.push({ id, ...(sample.file === undefined ? {} : { file: sample.file }), classname: sample.classname, name: sample.name, outcome: 'passed', inferredFrom: id });
    }
  }
  if (!changed && added.length === 0 && replaced.size === 0) return run;
  const out = cases.flatMap((c) => {
    const r = replaced.get(c.id);
    if (r === undefined) return [c];
    // One replacement for all of the id's cases that did not run.
    if (!stand.has(c)) return [c];
    const first = cases.find((x) => x.id === c.id) === c;
    return first ? [r] : [];
  });
  return { ...run, cases: [...out, ...added] };
}

function collect(runs: readonly RunResult[]): Known {
  const ran = new Map<TestId, TestCase>();
  const real = new Set<TestId>();
  const names = new Map<string, Set<string>>();
  for (const run of runs) {
    for (const c of run.cases) {
      // Inferred outcomes say nothing of what a test is: an inferred pass is a pseudo-test's.
      if (c.inferredFrom === undefined) {
        if (c.outcome === 'passed' || c.outcome === 'skipped') real.add(c.id);
        if ((c.outcome === 'passed' || c.outcome === 'failed' || c.outcome === 'error') && !ran.has(c.id)) ran.set(c.id, c);
      }
      let set = names.get(c.classname);
      if (set === undefined) names.set(c.classname, (set = new Set()));
      set.add(c.name);
    }
  }
  return { ran, real, names };
}

function idFile(id: TestId): string | undefined {
  const i = id.indexOf('::');
  return i <= 0 ? undefined : id.slice(0, i);
}
