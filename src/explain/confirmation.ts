// What the confirmation reruns say: a test that fails in the serial full suite but passes when
// rerun serially on its own depends on what ran before it (order), not on parallelism.
import type { RunResult, TestAnalysis } from '../model.js';
import { outcomeOfCases } from '../observe/index.js';
import { casesOf, indexRuns, type IndexedRun } from './run-index.js';
import { SHARED_RESOURCE_CAUSES, type Clue } from './types.js';

interface Tally {
  runs: number;
  failed: number;
}

function tally(runs: readonly IndexedRun[], id: string): Tally {
  const t: Tally = { runs: 0, failed: 0 };
  for (const run of runs) {
    const outcome = outcomeOfCases(casesOf(run, id));
    if (outcome === null) continue;
    t.runs += 1;
    if (outcome === 'failed') t.failed += 1;
  }
  return t;
}

export function confirmationClues(test: TestAnalysis, runs: readonly RunResult[]): Clue[] {
  const indexed = indexRuns(runs);
  const serialWorkers = Math.min(...runs.map((r) => r.record.workers));
  const phase = (p: string, workers?: number): IndexedRun[] =>
    indexed.filter((r) => r.run.record.phase === p && (workers === undefined || r.run.record.workers === workers));
  const suiteSerial = tally(phase('discovery', serialWorkers), test.id);
  const confirmSerial = tally(phase('confirm-serial'), test.id);
  const confirmParallel = tally(phase('confirm-parallel'), test.id);
  const clues: Clue[] = [];
  if (confirmSerial.runs > 0 && confirmSerial.failed === 0 && suiteSerial.failed > 0) {
    clues.push({
      causes: ['order-dependence'],
      weight: 0.45,
      role: 'direct',
      ambiguous: false,
      group: 'confirmation',
      evidence: {
        kind: 'confirmation',
        text: `failed ${suiteSerial.failed}/${suiteSerial.runs} serial full-suite runs but passed ${confirmSerial.runs}/${confirmSerial.runs} serial reruns of the suspects: it depends on what ran before it`,
      },
    });
  }
  if (confirmSerial.runs > 0 && confirmSerial.failed === 0 && confirmParallel.failed > 0) {
    clues.push({
      causes: SHARED_RESOURCE_CAUSES,
      weight: 0.2,
      role: 'support',
      ambiguous: false,
      group: 'confirmation',
      evidence: {
        kind: 'confirmation',
        text: `passed ${confirmSerial.runs}/${confirmSerial.runs} serial reruns, failed ${confirmParallel.failed}/${confirmParallel.runs} parallel reruns with its co-failing tests`,
      },
    });
  }
  return clues;
}
