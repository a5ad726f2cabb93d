// What a cause's score means, in words (docs/evaluation.md "The score scale", calibrated on the
// tune half of `npm run eval:wild`). Scores combine independent observations by noisy-OR
// (src/explain/rank.ts), so the bands read as how much independent evidence agrees.
import { UNKNOWN_BELOW } from './rank.js';

export type ScoreLabel = 'strong' | 'likely' | 'possible' | 'weak';

/**
 * - `strong` (>= 0.8): the resource probe saw a resource this test touched shared with other tests
 *   in other worker processes (or failing with EADDRINUSE) in every run where it failed in
 *   parallel (src/explain/probe-evidence.ts: a run's own observation, the strongest tier); or two
 *   independent observations agree, e.g. an error text that names the mechanism and a risky
 *   line, or a resource each co-failing test's own code names.
 * - `likely` (>= 0.6): one observation that names the mechanism (`database is locked`,
 *   `EADDRINUSE`), or one resource two tests share through a line both run.
 * - `possible` (>= 0.35): a risky construct in what the test runs, or a pointed but generic error
 *   text (a file that vanished), with nothing else behind it; or one literal or deadline that
 *   co-failing tests reach through the project's own modules they import (the code under test).
 * - `weak` (below): reported as `unknown`; "fails only above the core count" alone is here.
 */
export const SCORE_BANDS: ReadonlyArray<{ readonly label: ScoreLabel; readonly min: number }> = [
  { label: 'strong', min: 0.8 },
  { label: 'likely', min: 0.6 },
  { label: 'possible', min: UNKNOWN_BELOW },
  { label: 'weak', min: 0 },
];

export function scoreLabel(score: number): ScoreLabel {
  return SCORE_BANDS.find((b) => score >= b.min)?.label ?? 'weak';
}
