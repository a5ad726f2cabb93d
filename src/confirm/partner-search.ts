import type { TestId } from '../model.js';

/**
 * Which other test(s) must run alongside a parallel-only test (the victim) for it to fail.
 *
 * Bisection in the spirit of detect-test-pollution (asottile/detect-test-pollution), which halves
 * the tests run *before* a victim in one process; here the halves run *beside* it, across workers.
 * When neither half reproduces alone the partners straddle the halves; instead of stopping with
 * both halves we keep one half running and bisect the other (Zeller & Hildebrandt 2002, ddmin's
 * "interference" case), then swap, so two partners cost about 2·log2(n) probes, not n.
 *
 * Noise: a reproduction is believed at once (the victim never fails serially: that is what
 * confirmed it), a non-reproduction only after `repeats` misses in a row. With a reproduction rate
 * p given the partner, a half that holds it is wrongly dropped with probability (1-p)^repeats;
 * `repeatsFor` picks the smallest count that keeps this at or below 5%. A race that a barrier makes
 * certain (p ≈ 1) needs one probe per half.
 */
export interface PartnerSearchState {
  readonly victim: TestId;
  readonly workers: number;
  readonly repeats: number;
  /** Tests kept in every probe: partners already found, or a half held while the other is bisected. */
  readonly required: readonly TestId[];
  /** Still known to contain (the rest of) the partners, given `required`. */
  readonly pool: readonly TestId[];
  /** Halves held in `required` while their sibling is bisected, innermost last. */
  readonly held: readonly (readonly TestId[])[];
  /**
   * `guess`: the single most likely partner is probed alone first (a co-failure with the same
   * message, or the victim whose partner this test turned out to be); a hit ends the search in one
   * probe, a miss falls back to `verify` and bisection over every candidate.
   */
  readonly stage: 'guess' | 'verify' | 'first-half' | 'second-half' | 'prune' | 'done';
  /** In `guess`: the candidate probed alone. */
  readonly guess: TestId | null;
  /** In `prune`: the member of `pool` being left out of the probe. */
  readonly pruneIndex: number;
  /** Misses of the current probe so far. */
  readonly misses: number;
  readonly probes: number;
  readonly reproduced: boolean | null;
  readonly evidence: readonly string[];
}

export interface PartnerProbe {
  readonly tests: readonly TestId[];
  readonly workers: number;
}

export interface PartnerResult {
  readonly partners: readonly TestId[];
  readonly probes: number;
  /** False when even all candidates together did not reproduce: the partner is not among them. */
  readonly found: boolean;
  readonly evidence: readonly string[];
}

/** Misses never exceed this: past it a probe costs more than the full-suite rerun it replaces. */
export const MAX_REPEATS = 6;

/**
 * Smallest number of misses in a row that keeps the chance of wrongly dropping the partner's half
 * at or below 5% over the whole search: (1 - rate)^r <= 0.05 / decisions (Bonferroni over the
 * ~log2(n) + 1 halvings of one search). 1 for a certain reproduction, at most MAX_REPEATS.
 */
export function repeatsFor(reproductionRate: number, decisions = 1): number {
  if (reproductionRate >= 1) return 1;
  if (reproductionRate <= 0) return MAX_REPEATS;
  const r = Math.ceil(Math.log(0.05 / Math.max(1, decisions)) / Math.log(1 - reproductionRate));
  return Math.min(MAX_REPEATS, Math.max(1, r));
}

/** Halvings (each a keep-or-drop decision) a search over `candidates` makes, plus the verification. */
export function decisionsFor(candidates: number): number {
  return Math.ceil(Math.log2(Math.max(1, candidates))) + 1;
}

/**
 * `guess` (optional): a candidate to probe alone before anything else. It is ignored unless it is
 * one of the candidates, and pointless with a single candidate (verify probes exactly that).
 */
export function startPartnerSearch(victim: TestId, candidates: readonly TestId[], workers: number, repeats = 2, guess: TestId | null = null): PartnerSearchState {
  const pool = [...new Set(candidates)].filter((t) => t !== victim).sort();
  const base = { victim, workers, repeats: Math.max(1, repeats), required: [], held: [], misses: 0, probes: 0, evidence: [], pruneIndex: 0, guess: null };
  if (pool.length === 0) return { ...base, pool, stage: 'done', reproduced: false, evidence: ['no candidates to search'] };
  if (guess !== null && pool.length > 1 && pool.includes(guess)) return { ...base, pool, guess, stage: 'guess', reproduced: null };
  return { ...base, pool, stage: 'verify', reproduced: null };
}

/** The next probe to run (victim + tests, in parallel at `workers`), or null when done. */
export function nextPartnerProbe(state: PartnerSearchState): PartnerProbe | null {
  const half = currentHalf(state);
  if (half === null) return null;
  return { tests: [state.victim, ...state.required, ...half].sort(), workers: state.workers };
}

/**
 * Records whether the victim failed in the probe just run. `reusedRun`: the probe's exact test set
 * already ran at this worker count (another victim's probe, e.g. the pair the other way round),
 * so its outcome is read from that run: no execution, and the evidence says which run.
 */
export function recordProbe(state: PartnerSearchState, reproduced: boolean, reusedRun?: string): PartnerSearchState {
  const half = currentHalf(state);
  if (half === null) return state;
  const probes = reusedRun === undefined ? state.probes + 1 : state.probes;
  const what = `${state.victim} with ${list([...state.required, ...half])} at ${state.workers} workers: ${reproduced ? 'failed' : 'passed'}`;
  const line = reusedRun === undefined ? `probe ${probes}: ${what}` : `run ${reusedRun} (already run, reused): ${what}`;
  const next = { ...state, probes, evidence: [...state.evidence, line] };
  if (state.stage === 'prune') return prune(next, reproduced);
  if (state.stage === 'guess') {
    // The victim never fails alone (its serial arm), so failing beside this one test names it.
    if (reproduced) return { ...next, pool: half, misses: 0, reproduced: true, stage: 'done' };
    if (next.misses + 1 < state.repeats) return { ...next, misses: next.misses + 1 };
    return { ...next, misses: 0, stage: 'verify', evidence: [...next.evidence, `${state.guess ?? ''} alone did not reproduce: searching all ${state.pool.length} candidates`] };
  }
  if (reproduced) return settle({ ...next, pool: half, misses: 0, reproduced: true });
  if (next.misses + 1 < state.repeats) return { ...next, misses: next.misses + 1 };
  const missed = { ...next, misses: 0 };
  switch (state.stage) {
    case 'verify':
      return { ...missed, stage: 'done', reproduced: false, evidence: [...missed.evidence, `all ${state.pool.length} candidates together did not reproduce in ${state.repeats} probe(s)`] };
    case 'first-half':
      return { ...missed, stage: 'second-half' };
    case 'second-half': {
      // Neither half alone: partners on both sides. Hold the second half, bisect the first.
      const [first, second] = halves(state.pool);
      return settle({ ...missed, required: [...state.required, ...second], held: [...state.held, second], pool: first });
    }
    case 'done':
      return state;
  }
}

/**
 * Last check when the search ends with several partners (ddmin's 1-minimality): leave each out
 * in turn; if the victim still fails, that one was not needed. A noisy miss earlier in the search
 * can only add members, never lose one, so this removes what noise added.
 */
function prune(state: PartnerSearchState, reproduced: boolean): PartnerSearchState {
  if (reproduced) {
    const pool = state.pool.filter((_, i) => i !== state.pruneIndex);
    const dropped = state.pool[state.pruneIndex] ?? '';
    const next = { ...state, pool, misses: 0, evidence: [...state.evidence, `${dropped} is not needed`] };
    return state.pruneIndex >= pool.length || pool.length <= 1 ? { ...next, stage: 'done' } : next;
  }
  if (state.misses + 1 < state.repeats) return { ...state, misses: state.misses + 1 };
  const pruneIndex = state.pruneIndex + 1;
  return { ...state, misses: 0, pruneIndex, stage: pruneIndex >= state.pool.length ? 'done' : 'prune' };
}

export function partnerResult(state: PartnerSearchState): PartnerResult {
  const found = state.stage === 'done' && state.reproduced === true;
  const partners = found ? [...state.required, ...state.pool].sort() : [];
  const summary = found ? `partner(s) of ${state.victim}: ${list(partners)} (${state.probes} probes)` : `no partner found for ${state.victim} (${state.probes} probes)`;
  return { partners, probes: state.probes, found, evidence: [...state.evidence, summary] };
}

/** After a reproduction: split again, or close the innermost held frame, or finish. */
function settle(state: PartnerSearchState): PartnerSearchState {
  if (state.pool.length > 1) return { ...state, stage: 'first-half' };
  const held = state.held.at(-1);
  if (held === undefined) {
    const partners = [...state.required, ...state.pool];
    return partners.length > 1 ? { ...state, required: [], pool: partners.sort(), pruneIndex: 0, stage: 'prune' } : { ...state, stage: 'done' };
  }
  // The first half's share is found (the pool) with `held` running alongside; now keep that share
  // and bisect the held half.
  const heldSet = new Set(held);
  const required = [...state.required.filter((t) => !heldSet.has(t)), ...state.pool];
  return settle({ ...state, required, pool: held, held: state.held.slice(0, -1), stage: 'first-half' });
}

function currentHalf(state: PartnerSearchState): readonly TestId[] | null {
  const [first, second] = halves(state.pool);
  switch (state.stage) {
    case 'guess':
      return state.guess === null ? state.pool : [state.guess];
    case 'verify':
      return state.pool;
    case 'first-half':
      return first;
    case 'second-half':
      return second;
    case 'prune':
      return state.pool.filter((_, i) => i !== state.pruneIndex);
    case 'done':
      return null;
  }
}

function halves(pool: readonly TestId[]): [readonly TestId[], readonly TestId[]] {
  const mid = Math.ceil(pool.length / 2);
  return [pool.slice(0, mid), pool.slice(mid)];
}

function list(ids: readonly TestId[]): string {
  return ids.length <= 6 ? ids.join(', ') : `${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`;
}
