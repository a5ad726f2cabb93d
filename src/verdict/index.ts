// The verdict of a test and how sure it is, in one place: the verdict rules, nomination of
// suspects, the confirmation e-process and the tiers (docs/confirmation.md). Pure.
export { verdictOf, ran, type Counts, type Tally } from './verdict.js';
export { observedConfidence, MIN_RUNS_PER_ARM, type ConfidenceResult } from './confidence.js';
export { nominate, type Nomination, type Nominee } from './nominate.js';
export { confirmationTapes, failuresOf, type Tape } from './tapes.js';
export { evidenceOf, fewestBlocks, isConfirmed, judgeEvidence, judgeParallelOnly, type Evidence, type Judgement } from './judge.js';
export { GATE_ALPHA, LIKELY_PROBABILITY, PARALLEL_PER_BLOCK, SERIAL_PER_BLOCK, logThreshold } from './rule.js';
export { ALONE_FAILURES_BEFORE_ORDER, IN_ORDER_PASSES, countedSerialFailures, needsPredecessors, serialArmOf, serialSplit, type SerialKind, type SerialSplit } from './serial-order.js';
