import type { Phase, RunSpec } from '../model.js';

const PHASE_LETTER: Readonly<Record<Phase, string>> = {
  discovery: 'd',
  'confirm-serial': 's',
  'confirm-parallel': 'p',
  // `x` for experiment: a partner-search probe (`p` is taken by confirm-parallel).
  'confirm-partner': 'x',
  // `o` for order replay (src/confirm/order-replay.ts).
  'confirm-order': 'o',
};

/**
 * Run id `d-003-w4`: phase letter, 1-based sequence (at least 3 digits, so ids sort by sequence
 * up to 999 runs and stay unique beyond), worker count. Only `[a-z0-9-]`, so it is a safe
 * directory name on every filesystem and needs no quoting in logs.
 */
export function makeRunId(phase: Phase, seq: number, workers: number): string {
  requirePositiveInteger(seq, 'seq');
  requirePositiveInteger(workers, 'workers');
  return `${PHASE_LETTER[phase]}-${String(seq).padStart(3, '0')}-w${workers}`;
}

/**
 * The discovery plan: `iterations` rounds, each visiting every worker count once.
 *
 * Why interleaved: runs happen one after another for minutes, and the machine drifts (caches and
 * JIT warm up, disk caches fill, a noisy neighbour comes and goes). Running all w1 runs first and
 * all w4 runs last would make "parallel" indistinguishable from "later". Interleaving spreads
 * every worker count across the whole session.
 *
 * Why rotated: with a fixed order (w1, w2, w4 every round) w1 would always run straight after a
 * w4 run (hot caches, leftover load) and w4 always after w2. Round k starts at the k-th worker
 * count (a cyclic Latin square), so over `workers.length` rounds each count takes each position
 * equally often, and position effects average out instead of being confounded with the count.
 * Round 1 starts with the serial baseline, so a plan cut short by the budget still has one.
 */
export function planDiscovery(workers: readonly number[], iterations: number): RunSpec[] {
  for (const w of workers) requirePositiveInteger(w, 'workers');
  if (!Number.isSafeInteger(iterations) || iterations < 0) {
    throw new RangeError(`iterations must be a non-negative integer, got ${iterations}`);
  }
  const specs: RunSpec[] = [];
  const n = workers.length;
  for (let iteration = 1; iteration <= iterations; iteration++) {
    const offset = (iteration - 1) % Math.max(n, 1);
    for (let k = 0; k < n; k++) {
      const count = workers[(offset + k) % n];
      if (count === undefined) continue; // unreachable: index is always < n
      const id = makeRunId('discovery', specs.length + 1, count);
      specs.push({ id, workers: count, iteration, phase: 'discovery' });
    }
  }
  return specs;
}

// Config is validated upstream; a bad number here is a programming error, not user input.
function requirePositiveInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}
