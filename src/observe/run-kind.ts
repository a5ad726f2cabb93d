import type { RunResult } from '../model.js';

/**
 * Experiments: partner-search probes (`confirm-partner`, a victim with hand-picked co-runners) and
 * order replays (`confirm-order`, a hand-picked order). Their outcomes answer the experiment's own
 * question, not "how does this test fare in the suite", so no sample, tally, verdict, cluster or
 * co-failure count includes them.
 */
export function isExperiment(run: RunResult): boolean {
  return run.record.phase === 'confirm-partner' || run.record.phase === 'confirm-order';
}

/**
 * Runs that nominate suspects (src/verdict/nominate.ts): discovery's full-suite runs and a pull
 * request's burn-in runs. All of them come before the first confirmation run, so the nominees,
 * and K, are fixed before any observation the decision rule counts.
 */
export function nominates(run: RunResult): boolean {
  return run.record.phase === 'discovery' || run.record.phase === 'burn-in';
}

/** The serial baseline: the smallest worker count among the runs; null without runs. */
export function serialWorkersOf(runs: readonly RunResult[]): number | null {
  let min: number | null = null;
  for (const r of runs) if (min === null || r.record.workers < min) min = r.record.workers;
  return min;
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
