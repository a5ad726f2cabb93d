// What one burn-in run of a pull request holds: its changed tests, the tests sharing a literal
// resource with them (src/changes/changed-tests.ts), and a seeded random sample of the rest of the
// suite (a collision on something the source scan cannot read still has a chance). Pure.
import type { TestId } from '../model.js';
import { mulberry32 } from '../stats/mulberry32.js';

/** Share of the rest of the suite sampled into each run, and its floor: a run stays a fraction of the suite. */
export const SAMPLE_SHARE = 0.1;
export const MIN_SAMPLE = 5;

export interface BurnInInput {
  readonly changed: readonly TestId[];
  readonly coRunners: readonly TestId[];
  /** Every test the runs reported, in any order. */
  readonly suite: readonly TestId[];
  /** Which burn-in run (1-based): each run draws its own sample. */
  readonly run: number;
  /** Fixes the samples: the same pull request gets the same runs. */
  readonly seed: string;
}

/** The tests of one burn-in run, sorted; empty when the pull request changes no test. */
export function burnInTests(input: BurnInInput): TestId[] {
  if (input.changed.length === 0) return [];
  const chosen = new Set<TestId>([...input.changed, ...input.coRunners]);
  const rest = [...new Set(input.suite)].filter((id) => !chosen.has(id)).sort();
  const size = Math.min(rest.length, Math.max(MIN_SAMPLE, Math.ceil(rest.length * SAMPLE_SHARE)));
  const random = mulberry32(fnv1a(`${input.seed}\n${input.run}`));
  // Partial Fisher-Yates: the first `size` places of a seeded shuffle.
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (rest.length - i));
    const picked = rest[j] as TestId;
    rest[j] = rest[i] as TestId;
    rest[i] = picked;
    chosen.add(picked);
  }
  return [...chosen].sort();
}

/** FNV-1a, 32 bits: a seed from text. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
