import type { Phase, RunResult, TestId } from '../model.js';
import { runOutcomes } from './run-outcomes.js';
import { isExperiment } from './run-kind.js';

/** One test in one run where it ran to a result: what every sample and tally is made of. */
export interface Observation {
  readonly run: string;
  /** Position of the run in the runs array: execution order. */
  readonly order: number;
  readonly workers: number;
  readonly phase: Phase;
  /** A partner probe or order replay (`isExperiment`): counted in no sample. */
  readonly experiment: boolean;
  /** The run ran a subset of the suite (a confirmation rerun), not the full suite. */
  readonly subset: boolean;
  readonly failed: boolean;
}

/** The observations of one test, in execution order (runs where it was skipped, lost or absent have none). */
export function observationsOf(runs: readonly RunResult[], id: TestId): Observation[] {
  const out: Observation[] = [];
  runs.forEach((run, order) => {
    const outcome = runOutcomes(run).get(id);
    if (outcome === undefined) return;
    const { record } = run;
    out.push({ run: record.id, order, workers: record.workers, phase: record.phase, experiment: isExperiment(run), subset: record.subset !== undefined, failed: outcome === 'failed' });
  });
  return out;
}
