import type { Phase, RunSpec } from '../model.js';

const PHASE_LETTER: Readonly<Record<Phase, string>> = {
  discovery: 'd',
  'burn-in': 'b',
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
 * The discovery plan: `iterations` rounds, each visiting every worker count of the plan once.
 *
 * `serialRuns` (default true) includes the serial baseline in every round. Parallel-first
 * (`serialRuns` false; `run` chooses with `serialDiscoveryNeeded`): full-suite runs at the
 * parallel counts only. A test is nominated by its parallel failures alone (src/verdict/nominate.ts)
 * and its serial evidence comes from confirmation's serial subset reruns, which cost a fraction of a
 * serial run of the whole suite (docs/confirmation.md says what a parallel-first discovery cannot
 * see). With one worker count there is nothing to leave out.
 *
 * Why interleaved: runs happen one after another for minutes, and the machine drifts (caches and
 * JIT warm up, disk caches fill, a noisy neighbour comes and goes). Running all w2 runs first and
 * all w4 runs last would make "more workers" indistinguishable from "later". Interleaving spreads
 * every worker count across the whole session.
 *
 * Why rotated: with a fixed order (w1, w2, w4 every round) w1 would always run straight after a
 * w4 run (hot caches, leftover load) and w4 always after w2. Round k starts at the k-th worker
 * count (a cyclic Latin square), so over the counts' number of rounds each count takes each
 * position equally often, and position effects average out instead of being confounded with the
 * count. Round 1 starts with the smallest count of the plan.
 */
export function planDiscovery(workers: readonly number[], iterations: number, serialRuns = true): RunSpec[] {
  for (const w of workers) requirePositiveInteger(w, 'workers');
  if (!Number.isSafeInteger(iterations) || iterations < 0) {
    throw new RangeError(`iterations must be a non-negative integer, got ${iterations}`);
  }
  const counts = discoveryCounts(workers, serialRuns);
  const specs: RunSpec[] = [];
  const n = counts.length;
  for (let iteration = 1; iteration <= iterations; iteration++) {
    const offset = (iteration - 1) % Math.max(n, 1);
    for (let k = 0; k < n; k++) {
      const count = counts[(offset + k) % n];
      if (count === undefined) continue; // unreachable: index is always < n
      const id = makeRunId('discovery', specs.length + 1, count);
      specs.push({ id, workers: count, iteration, phase: 'discovery' });
    }
  }
  return specs;
}

/** The worker counts discovery runs the full suite at: all of them, or the parallel ones (parallel-first). */
export function discoveryCounts(workers: readonly number[], serialRuns: boolean): number[] {
  const serial = Math.min(...workers);
  return serialRuns || new Set(workers).size < 2 ? [...workers] : workers.filter((w) => w !== serial);
}

/**
 * Whether discovery runs the full suite serially too: when the user asks (`serial-discovery`),
 * when there is no confirmation to rerun suspects serially (`confirm` off), or when the runner
 * cannot run a subset (a serial rerun of the suspects would be a serial run of the whole suite
 * anyway, and discovery's serial runs are then the cheaper baseline). Else parallel-first.
 */
export function serialDiscoveryNeeded(options: { readonly serialDiscovery: boolean; readonly confirm: boolean; readonly subsetReruns: boolean }): string | null {
  if (options.serialDiscovery) return 'serial-discovery is on';
  if (!options.confirm) return 'confirmation is off: no serial reruns of the suspects';
  if (!options.subsetReruns) return 'the runner cannot rerun a subset: a serial rerun would be a full-suite run anyway';
  return null;
}

// Config is validated upstream; a bad number here is a programming error, not user input.
function requirePositiveInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}
