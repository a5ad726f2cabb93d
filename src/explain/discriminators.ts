// Run-level evidence: where the failures start relative to the core count, crashes and lost
// results, confirmation reruns, order replays, co-failing and overlapping tests, and known collision partners.
import type { Cluster, RunResult, TestAnalysis, TestId } from '../model.js';
import { failedInRun } from '../observe/index.js';
import { coFailureClues } from './co-failure.js';
import { confirmationClues } from './confirmation.js';
import { damaged, expected } from './failure-texts.js';
import { needsEarlierTest, needsPredecessorClues } from './needs-predecessor.js';
import { orderReplayClues } from './order-replay.js';
import { predecessorClues } from './predecessors.js';
import { casesOf, indexRuns } from './run-index.js';
import { SHARED_RESOURCE_CAUSES, type Clue } from './types.js';

export interface DiscriminatorInput {
  readonly test: TestAnalysis;
  readonly runs: readonly RunResult[];
  readonly clusters: readonly Cluster[];
  /** CPUs available to the runs. */
  readonly cores: number;
  /** Tests this one is known to collide with (computed by a later stage when available). */
  readonly partners?: Readonly<Record<string, readonly string[]>>;
}

export interface Discrimination {
  readonly clues: readonly Clue[];
  /** Co-failing, overlapping and partner tests, most related first: whose sources to compare. */
  readonly peers: readonly TestId[];
}

export function discriminate(input: DiscriminatorInput): Discrimination {
  const { test } = input;
  const co = coFailureClues(test, input.runs, input.clusters);
  const partners = [...(input.partners?.[test.id] ?? [])].filter((id) => id !== test.id).sort();
  // A test that needs an earlier test has that test as its partner, found by replaying its serial
  // predecessors: no collision, and the replays are read as what it needs, not as what breaks it.
  const ordered = needsEarlierTest(test.id, input.runs);
  const clues = [
    ...thresholdClues(test, input.cores),
    ...crashClues(test, input.runs),
    ...confirmationClues(test, input.runs),
    ...(ordered ? needsPredecessorClues(test, input.runs, partners) : orderReplayClues(test, input.runs)),
    ...predecessorClues(test.id, input.runs),
    ...co.clues,
  ];
  if (partners.length > 0 && !ordered) {
    clues.push({
      causes: SHARED_RESOURCE_CAUSES,
      weight: 0.35,
      role: 'support',
      ambiguous: false,
      group: 'partner',
      evidence: { kind: 'partner', text: `collides with ${partners.slice(0, 5).join(', ')}: fails when run alongside it` },
    });
  }
  return { clues, peers: [...new Set([...partners, ...co.peers])] };
}

/** What "fails only above the core count" alone is worth: below the unknown threshold, a tie-breaker. */
export const THRESHOLD_ONLY = 0.2;

/**
 * Failing only when workers outnumber cores points at CPU starvation (timeouts, races on slow
 * schedules); failing already within the core count points at contention for something shared.
 */
function thresholdClues(test: TestAnalysis, cores: number): Clue[] {
  const counts = Object.keys(test.byWorkers).map(Number).filter(Number.isFinite);
  const serial = counts.length === 0 ? 1 : Math.min(...counts);
  const t = test.threshold;
  if (t === null || t <= serial || cores < 1) return [];
  if (t > cores) {
    const text = `fails only from ${t} workers, more than the ${cores} cores: oversubscribed, so slowness under load is plausible`;
    return [
      // Weak on its own: most parallel-only failures start above the core count whatever their cause.
      { causes: ['timing-under-load'], weight: THRESHOLD_ONLY, role: 'direct', ambiguous: false, group: 'threshold', evidence: { kind: 'threshold', text } },
      { causes: ['resource-exhaustion'], weight: 0.15, role: 'support', ambiguous: false, group: 'threshold', evidence: { kind: 'threshold', text } },
    ];
  }
  const text = `fails from ${t} workers, within the ${cores} cores: contention for something shared is likelier than CPU load`;
  return [
    { causes: ['timing-under-load'], weight: 0.4, role: 'against', ambiguous: false, group: 'threshold', evidence: { kind: 'threshold', text } },
    { causes: SHARED_RESOURCE_CAUSES, weight: 0.15, role: 'support', ambiguous: false, group: 'threshold', evidence: { kind: 'threshold', text } },
  ];
}

function crashClues(test: TestAnalysis, runs: readonly RunResult[]): Clue[] {
  const clues: Clue[] = [];
  const lost = Object.values(test.byWorkers).reduce((n, s) => n + s.lost, 0);
  if (lost > 0 || test.verdict === 'lost') {
    clues.push({
      causes: ['worker-crash'],
      weight: test.verdict === 'lost' ? 0.5 : 0.4,
      role: 'direct',
      ambiguous: false,
      group: 'lost',
      evidence: { kind: 'crash', text: `no result in ${lost} run(s): its worker or the run died first` },
    });
  }
  for (const indexed of indexRuns(runs)) {
    const { run } = indexed;
    const cases = casesOf(indexed, test.id);
    // A signal that ended the whole run explains this test only when it left no result, or a
    // failure without a message of its own; a test that failed with its own assertion and was
    // written to the report before the crash is not evidence of the crash.
    const involved =
      cases.length === 0
        ? expected(run, test.id) && damaged(run)
        : cases.some((c) => (failedInRun(c) || c.outcome === 'lost') && !(c.message ?? '').trim());
    if (!involved) continue;
    const r = run.record;
    if (r.signal !== null) {
      const oom = r.signal === 'SIGKILL' ? ' (SIGKILL is often the out-of-memory killer)' : '';
      clues.push({
        causes: ['worker-crash'],
        weight: 0.35,
        role: 'direct',
        ambiguous: false,
        group: 'signal',
        evidence: { kind: 'crash', text: `run ${r.id} (${r.workers} workers) was ended by ${r.signal}${oom}` },
      });
    } else if (r.timedOut) {
      clues.push({
        causes: ['timing-under-load'],
        weight: 0.5,
        role: 'direct',
        ambiguous: true,
        group: 'run-timeout',
        evidence: { kind: 'timing', text: `run ${r.id} (${r.workers} workers) hit the time limit: a hang under load, or a deadlock on a shared resource` },
      });
    }
  }
  // One clue per kind is enough; repeated runs say the same thing.
  return dedupeByGroup(clues);
}

function dedupeByGroup(clues: readonly Clue[]): Clue[] {
  const seen = new Set<string>();
  return clues.filter((c) => (seen.has(c.group) ? false : (seen.add(c.group), true)));
}
