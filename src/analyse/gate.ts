import type { Confidence, FailOn, Gate, TestAnalysis, TestId } from '../model.js';

/** How many test ids a reason names before "and N more". */
const NAMED_IN_REASON = 5;

const TIER_RANK: Readonly<Record<Confidence, number>> = { insufficient: 0, likely: 1, confirmed: 2 };

/** Whether a test's confidence reaches `tier`. */
export const reaches = (t: TestAnalysis, tier: Confidence): boolean => TIER_RANK[t.confidence] >= TIER_RANK[tier];

/** A flaky test saw a serial failure: an observation, always `confirmed` or `likely`. */
const isObserved = (t: TestAnalysis): boolean => t.confidence === 'confirmed' || t.confidence === 'likely';

/** What the gate knows beyond this run's tests: all optional, so `decideGate(tests, failOn)` still works. */
export interface GateContext {
  /** Expired quarantine entries (`pattern (expired YYYY-MM-DD)`): they fail the gate. */
  readonly expired?: readonly string[];
  /** `new-parallel-only`: tests known on the base branch (quarantine entries are applied separately, via `t.quarantined`). */
  readonly known?: ReadonlySet<TestId>;
  /** Why the known set may be incomplete (e.g. the stability history could not be read); stated in the reason. */
  readonly knownNote?: string;
  /** The lowest tier of a parallel-only test that fails the gate (`fail-on-confidence`); default `confirmed`. */
  readonly failOnConfidence?: Confidence;
}

/**
 * Pass or fail, with one sentence saying why.
 * - `parallel-only`: fails when a parallel-only test reaches `failOnConfidence`: by default
 *   `confirmed`, the decision rule with the stated error rate (docs/confirmation.md). Tests below
 *   it (`likely`, `insufficient`) do not fail the build (a gate that fails on noise gets switched
 *   off) but are named, with the runs that would decide them, and listed in `undecided`.
 * - `new-parallel-only`: the same, but only for tests not known on the base branch, so a
 *   pre-existing flake never blocks an unrelated PR; the reason names new and known tests.
 * - `flaky`: also fails on `flaky` tests (always `confirmed` or `likely`: a serial failure is seen).
 * - `never`: reports, never fails.
 * Quarantined tests (`t.quarantined`) never fail it; expired quarantine entries always do (except `never`).
 */
export function decideGate(tests: readonly TestAnalysis[], failOn: FailOn, context: GateContext = {}): Gate {
  const expired = context.expired ?? [];
  const tier = context.failOnConfidence ?? 'confirmed';
  const parallelOnly = tests.filter((t) => t.verdict === 'parallel-only');
  const evidenced = parallelOnly.filter((t) => reaches(t, tier));
  const undecided = parallelOnly.filter((t) => !reaches(t, tier) && t.quarantined === undefined);
  const flakyAll = failOn === 'flaky' || failOn === 'never' ? tests.filter((t) => t.verdict === 'flaky' && isObserved(t)) : [];
  const quarantined = [...evidenced, ...flakyAll].filter((t) => t.quarantined !== undefined);
  const unquarantined = evidenced.filter((t) => t.quarantined === undefined);
  const known = failOn === 'new-parallel-only' ? unquarantined.filter((t) => context.known?.has(t.id) === true) : [];
  const proven = unquarantined.filter((t) => !known.includes(t));
  const flaky = flakyAll.filter((t) => t.quarantined === undefined);
  const failed = failOn !== 'never' && proven.length + flaky.length + expired.length > 0;

  const parts: string[] = [];
  const fresh = failOn === 'new-parallel-only' ? 'new ' : '';
  if (proven.length > 0) parts.push(`${plural(proven.length, `${fresh}test fails`, `${fresh}tests fail`)} only in parallel: ${names(proven)}`);
  if (flaky.length > 0) parts.push(`${plural(flaky.length, 'test is', 'tests are')} flaky: ${names(flaky)}`);
  if (expired.length > 0) parts.push(`${plural(expired.length, 'quarantine entry has', 'quarantine entries have')} expired: ${list(expired)}`);
  if (undecided.length > 0) {
    parts.push(`${plural(undecided.length, 'parallel-only test is', 'parallel-only tests are')} below ${tier} and ${undecided.length === 1 ? 'does' : 'do'} not fail the gate: ${tiers(undecided)}`);
  }
  if (parts.length === 0) parts.push(noneText(failOn));
  if (known.length > 0) parts.push(`already known on the base branch (not blocking): ${names(known)}`);
  if (quarantined.length > 0) parts.push(`quarantined (not blocking): ${names(quarantined)}`);
  if (failOn === 'new-parallel-only' && context.knownNote !== undefined) parts.push(context.knownNote);
  const note = failOn === 'never' && proven.length + flaky.length + expired.length > 0 ? ' (fail-on: never, so the gate passes)' : '';
  return {
    failed,
    failOn,
    reason: `${parts.join('; ')}${note}.`,
    ...(quarantined.length > 0 ? { quarantined: ids(quarantined) } : {}),
    ...(known.length > 0 ? { known: ids(known) } : {}),
    ...(expired.length > 0 ? { expired: [...expired] } : {}),
    failOnConfidence: tier,
    ...(undecided.length > 0 ? { undecided: ids(undecided) } : {}),
  };
}

/** `a (likely, about 12 more runs would decide), b (insufficient)`. */
function tiers(tests: readonly TestAnalysis[]): string {
  return list(tests.map((t) => `${t.display} (${t.confidence}${t.runsToDecide === undefined ? '' : `, about ${t.runsToDecide} more runs would decide`})`));
}

function noneText(failOn: FailOn): string {
  if (failOn === 'new-parallel-only') return 'No new test fails only in parallel';
  return failOn === 'parallel-only' ? 'No test fails only in parallel' : 'No test fails only in parallel or is flaky';
}

function ids(tests: readonly TestAnalysis[]): TestId[] {
  return tests.map((t) => t.id).sort();
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Tests as the reader sees them everywhere else (`display`), so an id from the reason can be pasted into the quarantine file. */
function names(tests: readonly TestAnalysis[]): string {
  return list(tests.map((t) => t.display));
}

function list(items: readonly string[]): string {
  const shown = items.slice(0, NAMED_IN_REASON);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}
