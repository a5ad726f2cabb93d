// Combines clues into per-cause scores.
//
// Scheme:
// - A clue's effective weight is its weight, halved when ambiguous.
// - Within one cause, clues of the same group (e.g. all signatures, all source lines) are
//   alternative views of one observation: the group contributes its strongest clue. Groups are
//   treated as independent and combined by noisy-OR: score = 1 - Π(1 - w_group).
// - `support` clues (co-failure, overlap, partner, threshold within the core count) only count
//   for a cause whose strongest `direct` clue reaches MIN_DIRECT_FOR_SUPPORT: they say something
//   is shared, not what.
// - A cause whose direct clues are all ambiguous is capped below the unknown threshold.
// - `against` clues multiply the score by (1 - w).
// - Best score below UNKNOWN_BELOW: the answer is `unknown` (never a confident guess), listed
//   first with every clue as evidence and followed by the weak candidates. Its score is the best
//   candidate's: "the strongest explanation we have is this weak", so the report never shows a
//   high percentage next to "unknown", and the order stays non-increasing.
import type { Cause, CauseFinding, Ecosystem, Evidence, FrameworkName } from '../model.js';
import { fixFor } from './fixes/index.js';
import type { Clue } from './types.js';

export const UNKNOWN_BELOW = 0.35;
export const AMBIGUOUS_DISCOUNT = 0.5;
export const AMBIGUOUS_ONLY_CAP = 0.3;
/** Support clues count only for a cause whose strongest direct clue reaches this. */
export const MIN_DIRECT_FOR_SUPPORT = 0.3;
/** Causes scoring below this are not listed at all. */
export const MIN_LISTED = 0.1;
export const MAX_CAUSES = 3;
export const MAX_EVIDENCE = 8;

function effective(c: Clue): number {
  return c.weight * (c.ambiguous ? AMBIGUOUS_DISCOUNT : 1);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Scores every cause with direct evidence; sorted by score, then cause name (deterministic). */
export function scoreCauses(clues: readonly Clue[]): Array<{ cause: Cause; score: number; clues: Clue[] }> {
  const causes = [...new Set(clues.filter((c) => c.role === 'direct').flatMap((c) => c.causes))];
  const scored = causes
    .filter((cause) => cause !== 'unknown')
    .map((cause) => {
      const mine = clues.filter((c) => c.causes.includes(cause));
      // "Something is shared" strengthens a hint that stands on its own, not a line that is only
      // somewhere in the file.
      const strongest = Math.max(0, ...mine.filter((c) => c.role === 'direct').map(effective));
      const groups = new Map<string, number>();
      for (const c of mine) {
        if (c.role === 'against' || (c.role === 'support' && strongest < MIN_DIRECT_FOR_SUPPORT)) continue;
        groups.set(c.group, Math.max(groups.get(c.group) ?? 0, effective(c)));
      }
      let score = 1 - [...groups.values()].reduce((p, w) => p * (1 - w), 1);
      if (mine.every((c) => c.role !== 'direct' || c.ambiguous)) score = Math.min(score, AMBIGUOUS_ONLY_CAP);
      for (const c of mine) if (c.role === 'against') score *= 1 - c.weight;
      return { cause, score: round(score), clues: mine };
    });
  return scored.sort((a, b) => b.score - a.score || a.cause.localeCompare(b.cause));
}

export function rank(clues: readonly Clue[], ecosystem: Ecosystem, framework: FrameworkName | null = null): CauseFinding[] {
  const scored = scoreCauses(clues).filter((s) => s.score >= MIN_LISTED);
  const best = scored[0]?.score ?? 0;
  const findings = scored.map((s) => ({ cause: s.cause, score: s.score, evidence: evidenceOf(s.clues), fix: fixFor(s.cause, ecosystem, framework) }));
  if (best >= UNKNOWN_BELOW) return findings.slice(0, MAX_CAUSES);
  const unknown: CauseFinding = {
    cause: 'unknown',
    score: best,
    evidence: evidenceOf(clues),
    fix: fixFor('unknown', ecosystem, framework),
  };
  return [unknown, ...findings.slice(0, MAX_CAUSES - 1)];
}

/** Strongest first; the same text once. */
function evidenceOf(clues: readonly Clue[]): Evidence[] {
  const sorted = clues
    .map((c, i) => ({ c, i }))
    .sort((a, b) => effective(b.c) - effective(a.c) || a.i - b.i)
    .map(({ c }) => c.evidence);
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of sorted) {
    const key = `${e.kind}\u0000${e.text}\u0000${e.file ?? ''}\u0000${e.line ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length === MAX_EVIDENCE) break;
  }
  return out;
}
