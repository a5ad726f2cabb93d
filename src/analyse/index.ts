import type { Cluster, PartnerFinding, RunResult, Summary, TestAnalysis, TestId, Verdict } from '../model.js';
import { compareIds, isExperiment } from '../observe/index.js';
import { displayIds } from '../parse/test-id.js';
import { nominate } from '../verdict/index.js';
import { buildMatrix } from './build-matrix.js';
import { classify } from './classify.js';
import { findClusters } from './clusters.js';
import { decide, type DecisionContext } from './decide.js';
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
 * Experiments (partner probes, order replays: `isExperiment`) are left out of everything: they
 * run a victim with hand-picked co-runners or in a hand-picked order, so their outcomes would
 * bias tallies, verdicts, messages and clusters alike. Confirmation runs (`confirm-serial`,
 * `confirm-parallel`) are real executions and count like discovery runs; which of them a
 * `parallel-only` confidence rests on is the decision rule's (src/verdict).
 */
export function analyse(runs: readonly RunResult[], workers: readonly number[] = [], partners: readonly PartnerFinding[] = []): Analysis {
  const counted = runs.filter((run) => !isExperiment(run));
  const matrix = buildMatrix(counted);
  const arms = armsOf(matrix, workers);
  const tallies = matrix.rows.map((row) => tallyRow(row, arms));
  const context: DecisionContext = {
    runs: counted,
    matrix,
    nomination: nominate(counted, arms.workerCounts[0] ?? 0),
    hasParallel: arms.hasParallel,
  };
  const decisions = matrix.rows.map((row, i) => {
    const tally = tallies[i];
    if (tally === undefined) throw new Error('analyse: row without tally');
    return decide(row, tally, context);
  });
  const candidates = matrix.rows.filter((_, i) => decisions[i]?.verdict === 'parallel-only' || decisions[i]?.verdict === 'flaky');
  const { clusters, clusterOf } = findClusters(matrix, candidates, arms);
  const partnersOf = partnersByVictim(partners);
  const runBefore = new Set(partners.filter((f) => f.kind === 'predecessor' && f.found).map((f) => f.victim));
  const display = displayIds(matrix.rows);
  const tests = matrix.rows.map((row, i) => {
    const tally = tallies[i];
    const decision = decisions[i];
    if (tally === undefined || decision === undefined) throw new Error('analyse: row without tally');
    return classify(row, tally, decision, arms, { display: display.get(row.id) ?? row.id, cluster: clusterOf.get(row.id) ?? null, partners: partnersOf.get(row.id), partnersRunBefore: runBefore.has(row.id) && partnersOf.has(row.id) ? true : undefined });
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
