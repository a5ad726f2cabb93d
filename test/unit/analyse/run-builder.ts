// Builds RunResult objects in code so each test states its outcome matrix on one screen.
import type { Outcome, RunRecord, RunResult, TestCase } from '../../../src/model.js';

/** A case by outcome alone, or with any TestCase fields. */
export type CaseSpec = Outcome | (Partial<TestCase> & { readonly outcome: Outcome });

/** One run; `cases` maps test id -> case (an array for duplicate occurrences). */
export function makeRun(
  id: string,
  workers: number,
  cases: Readonly<Record<string, CaseSpec | readonly CaseSpec[]>>,
  record: Partial<RunRecord> = {},
): RunResult {
  const list: TestCase[] = [];
  for (const [testId, spec] of Object.entries(cases)) {
    const specs = Array.isArray(spec) ? (spec as readonly CaseSpec[]) : [spec as CaseSpec];
    specs.forEach((s, i) => list.push(toCase(testId, s, specs.length > 1 ? i + 1 : undefined)));
  }
  return {
    record: {
      id,
      workers,
      iteration: 0,
      phase: 'discovery',
      exitCode: list.some((c) => c.outcome === 'failed' || c.outcome === 'error') ? 1 : 0,
      signal: null,
      timedOut: false,
      durationMs: 1000,
      reportPaths: [`runs/${id}/junit.xml`],
      parse: 'ok',
      tests: list.length,
      ...record,
    },
    cases: list,
  };
}

function toCase(id: string, spec: CaseSpec, occurrence: number | undefined): TestCase {
  const fields = typeof spec === 'string' ? { outcome: spec } : spec;
  // `file::Class::name` -> classname `file::Class`: tests sharing a prefix are neighbours.
  const cut = id.lastIndexOf('::');
  const name = cut < 0 ? id : id.slice(cut + 2);
  return {
    id,
    classname: cut < 0 ? id : id.slice(0, cut),
    name,
    ...(fields.outcome === 'failed' || fields.outcome === 'error' ? { message: `${name} failed` } : {}),
    ...(occurrence !== undefined ? { occurrence } : {}),
    ...fields,
  };
}

const LETTERS: Readonly<Record<string, Outcome>> = { P: 'passed', F: 'failed', E: 'error', S: 'skipped', L: 'lost' };

/**
 * Runs from a compact table: per test, per worker count, one letter per iteration
 * (P passed, F failed, E error, S skipped, L lost-as-reported, `-` absent). Runs are interleaved
 * like discovery: iteration i visits every worker count; ids look like `d-003-w4`.
 */
export function runsFrom(table: Readonly<Record<string, Readonly<Record<number, string>>>>): RunResult[] {
  const counts = [...new Set(Object.values(table).flatMap((row) => Object.keys(row).map(Number)))].sort((a, b) => a - b);
  const iterations = Math.max(...Object.values(table).flatMap((row) => Object.values(row).map((s) => s.length)));
  const runs: RunResult[] = [];
  let sequence = 0;
  for (let i = 0; i < iterations; i++) {
    for (const workers of counts) {
      const cases: Record<string, Outcome> = {};
      for (const [testId, row] of Object.entries(table)) {
        const letter = row[workers]?.[i];
        const outcome = letter === undefined ? undefined : LETTERS[letter];
        if (outcome !== undefined) cases[testId] = outcome;
      }
      sequence++;
      runs.push(makeRun(`d-${String(sequence).padStart(3, '0')}-w${workers}`, workers, cases, { iteration: i }));
    }
  }
  return runs;
}
