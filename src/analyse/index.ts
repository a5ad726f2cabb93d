import type { PartnerFinding } from '../confirm/run-confirmation.js';
import { isProbe } from '../confirm/samples.js';
import type { Cluster, RunResult, Summary, TestAnalysis, TestId, Verdict } from '../model.js';
import { displayIds } from '../parse/test-id.js';
import { buildMatrix, compareIds } from './build-matrix.js';
import { classify } from './classify.js';
import { findClusters } from './clusters.js';
import { decideVerdict, type DecisionContext } from './decide.js';
import { createStatsCache } from './stats-cache.js';
import { armsOf, tallyRow } from './tally.js';

/** What the analyse stage hands on: tests without causes (explain fills them), clusters, counts. */
export interface Analysis {
  readonly tests: TestAnalysis[];
  readonly clusters: Cluster[];
  readonly summary: Summary;
  /** The smallest worker count in the runs (0 when there are no runs). */
  readonly serialWorkers: number;
  /** Every larger worker count, ascending. */
  readonly parallelWorkers: number[];
}

/** Report order: what needs action first. */
export const VERDICT_ORDER: readonly Verdict[] = ['parallel-only', 'flaky', 'broken', 'lost', 'stable', 'skipped'];

/**
 * Outcome matrix -> verdicts, confidence, statistics and clusters. Pure: same runs, same result,
 * same order. `workers` (optional, the configured counts) adds `byWorkers` entries for counts that
 * have no runs yet; serial is still the smallest count. `partners` (the confirmation stage's
 * partner-search findings) sets `TestAnalysis.partners` of each victim whose search found some.
 *
 * Partner-search probes (`confirm-partner` runs) are left out of everything: they run a victim
 * with hand-picked co-runners, an experiment rather than a sample of how the suite behaves, so
 * their outcomes would bias tallies, verdicts, messages and clusters alike. Confirmation runs
 * (`confirm-serial`, `confirm-parallel`) are real executions and count like discovery runs.
 */
export function analyse(runs: readonly RunResult[], workers: readonly number[] = [], partners: readonly PartnerFinding[] = []): Analysis {
  const counted = runs.filter((run) => !isProbe(run));
  const matrix = buildMatrix(counted);
  const arms = armsOf(matrix, workers);
  const tallies = matrix.rows.map((row) => tallyRow(row, arms));
  const context: DecisionContext = {
    matrix,
    runs: counted,
    serialWorkers: arms.workerCounts[0] ?? 0,
    confirmationRan: counted.some((run) => run.record.phase !== 'discovery'),
  };
  const decisions = matrix.rows.map((row, i) => {
    const tally = tallies[i];
    if (tally === undefined) throw new Error('analyse: row without tally');
    return decideVerdict(row, tally, context);
  });
  const candidates = matrix.rows.filter((_, i) => decisions[i]?.verdict === 'parallel-only' || decisions[i]?.verdict === 'flaky');
  const { clusters, clusterOf } = findClusters(matrix, candidates, arms);
  const partnersOf = partnersByVictim(partners);
  const stats = createStatsCache();
  const display = displayIds(matrix.rows);
  const tests = matrix.rows.map((row, i) => {
    const tally = tallies[i];
    const decision = decisions[i];
    if (tally === undefined || decision === undefined) throw new Error('analyse: row without tally');
    return classify(row, tally, decision, arms, { display: display.get(row.id) ?? row.id, cluster: clusterOf.get(row.id) ?? null, partners: partnersOf.get(row.id) }, stats);
  });
  // Rows are already sorted by id, so bucketing by verdict keeps id order within each verdict.
  const ordered = VERDICT_ORDER.flatMap((verdict) => tests.filter((t) => t.verdict === verdict));
  return {
    tests: ordered,
    clusters: [...clusters],
    summary: summarise(ordered),
    serialWorkers: arms.workerCounts[0] ?? 0,
    parallelWorkers: arms.workerCounts.slice(1),
  };
}

/** Partners per victim, from the searches that found some (a search that did not says nothing). */
function partnersByVictim(findings: readonly PartnerFinding[]): Map<TestId, readonly TestId[]> {
  const found = new Map<TestId, Set<TestId>>();
  for (const f of findings) {
    if (!f.found || f.partners.length === 0) continue;
    const set = found.get(f.victim) ?? new Set<TestId>();
    for (const p of f.partners) if (p !== f.victim) set.add(p);
    found.set(f.victim, set);
  }
  return new Map([...found].filter(([, set]) => set.size > 0).map(([victim, set]) => [victim, [...set].sort(compareIds)]));
}

function summarise(tests: readonly TestAnalysis[]): Summary {
  const count: Record<Verdict, number> = { 'parallel-only': 0, flaky: 0, broken: 0, stable: 0, lost: 0, skipped: 0 };
  for (const test of tests) count[test.verdict]++;
  return {
    parallelOnly: count['parallel-only'],
    flaky: count.flaky,
    broken: count.broken,
    stable: count.stable,
    lost: count.lost,
    skipped: count.skipped,
  };
}
