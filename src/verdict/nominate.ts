import { compareIds, failedInRun, nominates, outcomesAmong } from '../observe/index.js';
import type { RunResult, TestId } from '../model.js';
import type { Counts } from '../stats/e-process.js';

/** A test discovery put forward for confirmation, and what discovery saw of it. */
export interface Nominee {
  readonly id: TestId;
  /** Smallest parallel worker count with a discovery failure: where its parallel arm runs. */
  readonly threshold: number;
  /** Discovery runs at the serial count (all clean, or it would not be nominated). */
  readonly serial: Counts;
  /** Discovery runs at `threshold`. */
  readonly parallel: Counts;
}

export interface Nomination {
  readonly serialWorkers: number;
  /** By id, in id order. Its size is the K of the Bonferroni split (docs/confirmation.md). */
  readonly nominees: ReadonlyMap<TestId, Nominee>;
}

type Tally = { failed: number; n: number };

/**
 * Discovery only nominates: a test is a suspect when it failed in at least one parallel discovery
 * run and in no serial one (a serial failure makes it `flaky` for good, so there is nothing left to
 * confirm). Only the runs that come before confirmation are read (discovery, and a pull
 * request's burn-in: src/observe `nominates`), so the set, and K, are fixed before any confirmation
 * run, and confirmation's samples are fresh, which is what makes the split of alpha over K valid
 * conditional on the nomination. Nothing here needs serial discovery runs to exist.
 *
 * Two passes, so a suite of 20,000 tests costs a set of the few that failed in parallel, not a
 * map of every test per run: first the tests that failed in a parallel discovery run, then their
 * outcomes everywhere.
 */
export function nominate(runs: readonly RunResult[], serialWorkers: number): Nomination {
  const discovery = runs.filter(nominates);
  const candidates = new Set<TestId>();
  for (const run of discovery) {
    if (run.record.workers <= serialWorkers) continue;
    for (const c of run.cases) if (failedInRun(c)) candidates.add(c.id);
  }
  const seen = new Map<TestId, { serial: Tally; byCount: Map<number, Tally> }>();
  for (const id of candidates) seen.set(id, { serial: { failed: 0, n: 0 }, byCount: new Map() });
  for (const run of discovery) {
    if (candidates.size === 0) break;
    const workers = run.record.workers;
    for (const [id, outcome] of outcomesAmong(run, candidates)) {
      const entry = seen.get(id);
      if (entry === undefined) continue;
      let tally = workers <= serialWorkers ? entry.serial : entry.byCount.get(workers);
      if (tally === undefined) {
        tally = { failed: 0, n: 0 };
        entry.byCount.set(workers, tally);
      }
      tally.n++;
      if (outcome === 'failed') tally.failed++;
    }
  }
  const nominees = new Map<TestId, Nominee>();
  for (const [id, entry] of [...seen].sort((a, b) => compareIds(a[0], b[0]))) {
    if (entry.serial.failed > 0) continue;
    const failing = [...entry.byCount].filter(([, t]) => t.failed > 0).sort((a, b) => a[0] - b[0])[0];
    if (failing === undefined) continue;
    const [threshold, parallel] = failing;
    nominees.set(id, { id, threshold, serial: { ...entry.serial }, parallel: { ...parallel } });
  }
  return { serialWorkers, nominees };
}
