// The burn-in runs of a pull request (`burn-in` with `base`): pure planning; the pipeline runs them
// after discovery and before confirmation, so their failures nominate like discovery's.
import { burnInTests } from '../changes/burn-in.js';
import type { RunSpec, TestId } from '../model.js';
import { makeRunId } from './plan.js';

export interface BurnInPlanInput {
  readonly changed: readonly TestId[];
  readonly coRunners: readonly TestId[];
  readonly suite: readonly TestId[];
  readonly runs: number;
  /** The largest worker count: where collisions are likeliest. */
  readonly workers: number;
  readonly seed: string;
  readonly nextSeq: number;
  /** Ids the runner cannot be handed (ResolvedPreset.cannotPass): left out of every run. */
  readonly cannotPass: (id: TestId) => string | null;
}

/** One spec per burn-in run; none when the pull request changes no test the runner can be handed. */
export function planBurnIn(input: BurnInPlanInput): RunSpec[] {
  const passable = (ids: readonly TestId[]): TestId[] => ids.filter((id) => input.cannotPass(id) === null);
  const changed = passable(input.changed);
  if (changed.length === 0 || input.runs < 1) return [];
  const specs: RunSpec[] = [];
  for (let run = 1; run <= input.runs; run++) {
    const tests = burnInTests({ changed, coRunners: passable(input.coRunners), suite: passable(input.suite), run, seed: input.seed });
    specs.push({ id: makeRunId('burn-in', input.nextSeq + run - 1, input.workers), workers: input.workers, iteration: run, phase: 'burn-in', tests });
  }
  return specs;
}
