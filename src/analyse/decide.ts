import { suspectReason } from '../confirm/suspects.js';
import { confirmationTier, type ConfirmationTier } from '../confirm/tiers.js';
import type { RunResult, Verdict } from '../model.js';
import { effectiveOutcome, messageText, type MatrixRow, type OutcomeMatrix } from './build-matrix.js';
import { verdictOf, type Tally } from './tally.js';

/** A test's verdict, and the confirmation tier its confidence rests on. */
export interface Decision {
  readonly verdict: Verdict;
  /**
   * For `parallel-only` only: the tier from the confirmation sample (`confirmationTier`); null
   * when either confirmation arm has no result, and then the pooled tier stands, capped at `likely`.
   */
  readonly tier: ConfirmationTier | null;
  /** Set by the rare-serial rule: the discovery serial failure, kept in `messages` as evidence. */
  readonly serialMessage?: string;
}

/** What the decision needs of the whole analysis, computed once. */
export interface DecisionContext {
  readonly matrix: OutcomeMatrix;
  /** The runs behind `matrix`, same index (partner probes already left out). */
  readonly runs: readonly RunResult[];
  readonly serialWorkers: number;
  /** Any confirm-serial / confirm-parallel run: without one every tier is null, so skip the lookups. */
  readonly confirmationRan: boolean;
}

/**
 * The verdict with the confirmation sample taken into account (docs/confirmation.md).
 *
 * The tally already holds confirmation runs (real executions), so a serial failure in
 * confirmation makes the test `flaky` on its own (it failed alone). What the tally cannot know:
 * - `parallel-only` takes its confidence from the fresh confirmation sample (discovery only
 *   nominates: its counts carry the selection of looking at every test at once);
 * - the rare-serial rule. A test that failed serially once in discovery (`rare-serial` suspect),
 *   whose confirmation serial arm stayed clean and whose confirmation is `confirmed`, is
 *   `parallel-only`. DESIGN's "fails at least once serially" did not foresee this case: one
 *   discovery failure (a one-off, an order-dependence in the full suite) against a clean isolated
 *   serial record and a confirmed parallel excess. The serial failure is not hidden: its message
 *   stays in `messages` and its count in `byWorkers`.
 */
export function decideVerdict(row: MatrixRow, tally: Tally, context: DecisionContext): Decision {
  const verdict = verdictOf(tally);
  if (!context.confirmationRan || (verdict !== 'parallel-only' && verdict !== 'flaky')) return { verdict, tier: null };
  const tier = confirmationTier(row.id, context.runs);
  if (verdict === 'parallel-only') return { verdict, tier };
  if (tier === null || tier.confidence !== 'confirmed' || tier.serial.failed > 0) return { verdict, tier: null };
  const discovery = discoverySamples(row, context);
  if (suspectReason(discovery.serial, discovery.parallel) !== 'rare-serial') return { verdict, tier: null };
  const serialMessage = discoverySerialMessage(row, context);
  return serialMessage === undefined ? { verdict: 'parallel-only', tier } : { verdict: 'parallel-only', tier, serialMessage };
}

/** Failures among the runs where the test ran to a result (mutable while counting). */
type Count = { failed: number; n: number };

/** Discovery's serial and parallel samples, counted as `nominateSuspects` counts them. */
function discoverySamples(row: MatrixRow, { matrix, serialWorkers }: DecisionContext): { serial: Count; parallel: Count } {
  const serial = { failed: 0, n: 0 };
  const parallel = { failed: 0, n: 0 };
  row.outcomes.forEach((outcome, r) => {
    const run = matrix.runs[r];
    if (run === undefined || run.phase !== 'discovery') return;
    const sample = run.workers <= serialWorkers ? serial : parallel;
    if (outcome === 'failed' || outcome === 'error') sample.failed++;
    if (outcome === 'failed' || outcome === 'error' || outcome === 'passed') sample.n++;
  });
  return { serial, parallel };
}

/** The first message of a discovery serial failure of the test. */
function discoverySerialMessage(row: MatrixRow, { matrix, runs, serialWorkers }: DecisionContext): string | undefined {
  for (let r = 0; r < row.outcomes.length; r++) {
    const run = matrix.runs[r];
    const outcome = row.outcomes[r];
    if (run === undefined || run.phase !== 'discovery' || run.workers > serialWorkers) continue;
    if (outcome !== 'failed' && outcome !== 'error') continue;
    for (const c of runs[r]?.cases ?? []) {
      if (c.id !== row.id) continue;
      const o = effectiveOutcome(c);
      if (o !== 'failed' && o !== 'error') continue;
      const texts = [messageText(c.message, c.details), ...(c.attempts ?? []).map((a) => messageText(a.message, a.details))];
      const text = texts.find((t) => t !== '');
      if (text !== undefined) return text;
    }
  }
  return undefined;
}
