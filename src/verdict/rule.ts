// The decision rule's constants (docs/confirmation.md, "The guarantee"): one place to read them.

/**
 * Per whole run, the probability that the gate fails because of a test that is not parallel-only
 * (stable, or flaky at the same rate serially and in parallel) is at most this.
 */
export const GATE_ALPHA = 0.01;

/**
 * Block design of the confirmation e-process: each block is this many serial observations and
 * one parallel observation. More serial observations per block make each parallel failure count
 * more (a clean serial record is what makes it surprising), and serial reruns are cheap: one
 * subset run holds every open suspect.
 */
export const SERIAL_PER_BLOCK = 2;
export const PARALLEL_PER_BLOCK = 1;

/** `likely`: P(p_parallel > p_serial) under Jeffreys priors reaches this on the decision sample. */
export const LIKELY_PROBABILITY = 0.95;

/** Beyond this many blocks, "more runs would decide" says nothing useful. */
export const PROJECTION_CAP_BLOCKS = 200;

/** ln of the e-value a test must reach: K suspects share alpha equally (Bonferroni). */
export function logThreshold(suspects: number, alpha = GATE_ALPHA): number {
  return Math.log(Math.max(1, suspects) / alpha);
}
