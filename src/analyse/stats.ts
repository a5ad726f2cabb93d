// The statistics of the analyse stage, one import away. Each lives in its own small file.
export { wilson, type Interval } from './wilson.js';
export { fisherOneSided } from './fisher.js';
export { probGreater } from './prob-greater.js';
export { upper95 } from './upper-bound.js';
export { runsToDecide, RUNS_TO_DECIDE_CAP } from './runs-to-decide.js';
export { meetsConfirmed, FISHER_ALPHA, LIKELY_PROBABILITY, SERIAL_BOUND_FACTOR } from './confirm-rule.js';
export { sprt, type SprtDecision, type SprtInput } from './sprt.js';
