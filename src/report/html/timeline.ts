// Which runs the HTML report draws as timelines, and their bars. report.json keeps only run
// records, so finish() passes the few runs worth drawing here, picked and bounded (pure).
import type { Outcome, Phase, Report, RunResult, TestId } from '../../model.js';
import { failuresIn } from '../../observe/index.js';

/** One test execution on one worker lane, in milliseconds from the run's first start. */
export interface TimelineBar {
  readonly test: TestId;
  readonly worker: string;
  readonly start: number;
  readonly end: number;
  readonly outcome: Outcome;
}

interface TimelineBase {
  readonly run: string;
  readonly workers: number;
  readonly phase: Phase;
  /** Tests of this run that failed and have a non-stable verdict: the ones to highlight. */
  readonly failing: readonly TestId[];
}

/** A run with per-test timing, or one whose framework recorded none (drawn as a note, not bars). */
export type RunTimeline =
  | (TimelineBase & { readonly kind: 'timed'; readonly bars: readonly TimelineBar[]; readonly omittedBars: number })
  | (TimelineBase & { readonly kind: 'untimed' });

/** At most this many runs are drawn: the page is for reading, report.json has them all. */
export const MAX_TIMELINE_RUNS = 6;
/** Bars per run; failing tests and their partners are always kept. */
export const MAX_BARS_PER_RUN = 1500;

const SUSPECT = new Set(['parallel-only', 'flaky']);

/**
 * The runs where a suspect (parallel-only or flaky test) failed, parallel runs of the whole suite
 * first, then partner probes (a few hand-picked tests), then serial runs, each in run order; at
 * most MAX_TIMELINE_RUNS. Runs without timing data are kept as `untimed`.
 */
export function selectTimelines(report: Report, runs: readonly RunResult[]): RunTimeline[] {
  const suspects = new Set(report.tests.filter((t) => SUSPECT.has(t.verdict)).map((t) => t.id));
  const partnersOf = new Map(report.tests.map((t) => [t.id, t.partners ?? []]));
  const serial = report.config.workers[0] ?? 1;
  const picked = runs
    .map((r, order) => ({ r, order, failing: failuresIn(r).filter((id) => suspects.has(id)) }))
    .filter((x) => x.failing.length > 0)
    .sort((a, b) => rank(a.r, serial) - rank(b.r, serial) || a.order - b.order)
    .slice(0, MAX_TIMELINE_RUNS);
  return picked.map(({ r, failing }) => {
    const base = { run: r.record.id, workers: r.record.workers, phase: r.record.phase, failing };
    const timed = r.cases.filter((c) => c.startedAt !== undefined && c.endedAt !== undefined && c.worker !== undefined);
    if (timed.length === 0) return { ...base, kind: 'untimed' as const };
    // A loop, not Math.min(...spread): a suite of 100k+ tests would overflow the argument list.
    const origin = timed.reduce((min, c) => Math.min(min, c.startedAt ?? min), Number.POSITIVE_INFINITY);
    const keep = new Set<TestId>([...failing, ...failing.flatMap((id) => partnersOf.get(id) ?? [])]);
    const ordered = [...timed].sort((a, b) => Number(keep.has(b.id)) - Number(keep.has(a.id)) || (a.startedAt ?? 0) - (b.startedAt ?? 0) || (a.id < b.id ? -1 : 1));
    const bars = ordered.slice(0, MAX_BARS_PER_RUN).map((c) => ({
      test: c.id,
      worker: c.worker ?? '',
      start: (c.startedAt ?? origin) - origin,
      end: Math.max((c.endedAt ?? origin) - origin, (c.startedAt ?? origin) - origin),
      outcome: c.outcome,
    }));
    return { ...base, kind: 'timed' as const, bars, omittedBars: ordered.length - bars.length };
  });
}

function rank(run: RunResult, serial: number): number {
  if (run.record.workers === serial) return 2;
  return run.record.phase === 'confirm-partner' ? 1 : 0;
}
