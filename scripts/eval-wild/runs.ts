// The runs a user's `flakegate run --workers 1,4 --iterations 5` would have kept for a case, as the
// case's facts say they behave: every serial run passes; the victims (and the partners, when the fix
// names one) fail together in three of the five parallel runs with the recorded failure text; the
// polluters of an order-dependent victim and the stable tests pass everywhere. Pure: returns run records and report texts, the caller writes them.
import type { TestRef, WildCase } from './cases.js';
import { renderRun, type DialectContext, type ReportFile, type RunTest } from './dialects.js';

export const WORKERS = [1, 4] as const;
export const ITERATIONS = 5;
/** Parallel rounds (1-based) in which the victims fail: 3 of 5, not consecutive at the end. */
export const FAILING_ROUNDS: ReadonlySet<number> = new Set([1, 2, 4]);
export const TEST_SECONDS = 0.05;

export interface PlannedRun {
  readonly record: {
    readonly id: string;
    readonly workers: number;
    readonly iteration: number;
    readonly phase: 'discovery';
    readonly exitCode: number;
    readonly signal: null;
    readonly timedOut: false;
    readonly durationMs: number;
    readonly reportPaths: readonly string[];
    readonly parse: 'ok';
    readonly tests: number;
  };
  readonly files: readonly ReportFile[];
}

export type LineOf = (ref: TestRef) => number;

/** Every test a case's runs report, in the order they are written: victims, partners, stable tests. */
export type Role = 'victim' | 'partner' | 'polluter' | 'stable';

/** Every test a case's runs report, in the order they are written: polluters (they ran first), victims, partners, stable tests. */
export function caseTests(c: Pick<WildCase, 'victims' | 'partners' | 'polluters' | 'stable'>): Array<{ ref: TestRef; role: Role }> {
  return [
    ...c.polluters.map((ref) => ({ ref, role: 'polluter' as const })),
    ...c.victims.map((ref) => ({ ref, role: 'victim' as const })),
    ...c.partners.map((ref) => ({ ref, role: 'partner' as const })),
    ...c.stable.map((ref) => ({ ref, role: 'stable' as const })),
  ];
}

export function planRuns(c: WildCase, lineOf: LineOf, ctx: Omit<DialectContext, 'framework' | 'dialect' | 'root' | 'timestamp'>): PlannedRun[] {
  const tests = caseTests(c);
  const runs: PlannedRun[] = [];
  let seq = 0;
  for (let round = 1; round <= ITERATIONS; round += 1) {
    for (const workers of WORKERS) {
      seq += 1;
      const id = `d-${String(seq).padStart(3, '0')}-w${workers}`;
      const failing = workers > 1 && FAILING_ROUNDS.has(round);
      const runTests: RunTest[] = tests.map(({ ref, role }) => ({ ref, failed: failing && (role === 'victim' || role === 'partner'), text: ref.text ?? c.failure?.text ?? null, line: lineOf(ref), seconds: TEST_SECONDS }));
      // A fixed clock: the same case gives the same bytes.
      const timestamp = new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString();
      const files = renderRun(runTests, { ...ctx, framework: c.framework, dialect: c.dialect, root: c.root, timestamp });
      runs.push({
        record: {
          id,
          workers,
          iteration: round,
          phase: 'discovery',
          exitCode: failing ? 1 : 0,
          signal: null,
          timedOut: false,
          durationMs: Math.round(runTests.length * TEST_SECONDS * 1000),
          reportPaths: files.map((f) => `runs/${id}/${f.name}`),
          parse: 'ok',
          tests: runTests.length,
        },
        files,
      });
    }
  }
  return runs;
}
