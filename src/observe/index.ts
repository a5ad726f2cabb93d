// The observation model: what "this test failed in this run" means, once, for every stage.
// Pure: RunResults in, per-test and per-run observations out.
export { effectiveOutcome, failedInRun, isFailure, outcomeRank } from './outcome.js';
export { failuresIn, includes, outcomeOf, outcomeOfCases, outcomesAmong, runOutcomes, type RunOutcome } from './run-outcomes.js';
export { compareIds, isExperiment, nominates, serialWorkersOf } from './run-kind.js';
export { observationsOf, type Observation } from './observations.js';
