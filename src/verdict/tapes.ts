import { observationsOf, type Observation } from '../observe/index.js';
import type { RunResult, TestId } from '../model.js';

/** One arm's observations of a test, in the order they were made. */
export interface Tape {
  readonly workers: number;
  /** true = failed. */
  readonly failed: readonly boolean[];
  /** The run of each observation. */
  readonly runs: readonly string[];
}

/**
 * The confirmation arms of a test: its `confirm-serial` observations at the serial count and its
 * `confirm-parallel` observations at `parallelWorkers` (its threshold), experiments excluded. Every
 * observation counts, in order, whatever run it came from (a subset made for this test, another
 * suspect's full-suite run, a pilot before a fallback to the full suite): nothing is dropped, so
 * no outcome decides which observations enter the test.
 */
export function confirmationTapes(runs: readonly RunResult[], id: TestId, serialWorkers: number, parallelWorkers: number): { serial: Tape; parallel: Tape } {
  // Only confirmation runs can hold an observation here: discovery runs are never looked up.
  const confirmation = runs.filter((r) => r.record.phase === 'confirm-serial' || r.record.phase === 'confirm-parallel');
  const all = observationsOf(confirmation, id).filter((o) => !o.experiment);
  return {
    serial: tape(all.filter((o) => o.phase === 'confirm-serial' && o.workers === serialWorkers), serialWorkers),
    parallel: tape(all.filter((o) => o.phase === 'confirm-parallel' && o.workers === parallelWorkers), parallelWorkers),
  };
}

function tape(observations: readonly Observation[], workers: number): Tape {
  return { workers, failed: observations.map((o) => o.failed), runs: observations.map((o) => o.run) };
}

/** Failures on a tape's first `n` observations. */
export function failuresOf(tape: Tape, n = tape.failed.length): number {
  let k = 0;
  for (let i = 0; i < Math.min(n, tape.failed.length); i++) if (tape.failed[i] === true) k++;
  return k;
}
