// What the order replays say (src/confirm/order-replay.ts runs them): a victim that fails when
// the tests its worker ran before it are replayed serially, but passes serially on its own, is
// order dependent (an earlier test leaves state behind); one that passes the replay is not.
// "Alone" is the confirm-serial arm: the suspects rerun serially, without that prefix.
import type { RunResult, TestAnalysis, TestId } from '../model.js';
import { outcomeOf } from '../observe/index.js';
import type { Clue } from './types.js';

const NAMED = 3;

interface Replay {
  readonly run: string;
  /** Tests replayed before the victim, in order. */
  readonly prefix: readonly TestId[];
  readonly failed: boolean;
}

/** The test's replays: `confirm-order` runs whose subset ends with it and that gave it a result. */
function replaysOf(id: TestId, runs: readonly RunResult[]): Replay[] {
  const out: Replay[] = [];
  for (const run of runs) {
    const subset = run.record.subset;
    if (run.record.phase !== 'confirm-order' || subset === undefined || subset.at(-1) !== id) continue;
    const outcome = outcomeOf(run, id);
    if (outcome === null) continue;
    out.push({ run: run.record.id, prefix: subset.slice(0, -1), failed: outcome === 'failed' });
  }
  return out;
}

/** The confirm-serial arm: serial reruns of the suspects (the test without its worker's prefix). */
function alone(id: TestId, runs: readonly RunResult[]): { runs: number; failed: number } {
  const t = { runs: 0, failed: 0 };
  for (const run of runs) {
    if (run.record.phase !== 'confirm-serial') continue;
    const outcome = outcomeOf(run, id);
    if (outcome === null) continue;
    t.runs += 1;
    if (outcome === 'failed') t.failed += 1;
  }
  return t;
}

export function orderReplayClues(test: TestAnalysis, runs: readonly RunResult[]): Clue[] {
  const replays = replaysOf(test.id, runs);
  if (replays.length === 0) return [];
  const serial = alone(test.id, runs);
  const failing = replays.filter((r) => r.failed).sort((a, b) => a.prefix.length - b.prefix.length || a.run.localeCompare(b.run));
  const smallest = failing[0];
  if (smallest === undefined) {
    const longest = [...replays].sort((a, b) => b.prefix.length - a.prefix.length)[0];
    const n = longest?.prefix.length ?? 0;
    return [
      {
        causes: ['order-dependence'],
        weight: 0.5,
        role: 'against',
        ambiguous: false,
        group: 'order-replay',
        evidence: { kind: 'confirmation', text: `passed a serial replay of the ${n} test(s) its worker ran before it (run ${longest?.run ?? '?'}): what ran earlier in its process is not what breaks it` },
      },
    ];
  }
  // Failing in the serial reruns too means the replay shows nothing about order.
  if (serial.failed > 0) return [];
  const polluters = smallest.prefix.length <= NAMED ? smallest.prefix.join(', ') : `${smallest.prefix.slice(0, NAMED).join(', ')} and ${smallest.prefix.length - NAMED} more`;
  const who = smallest.prefix.length === 1 ? `right after ${polluters}, the test that leaves state behind` : `after ${polluters}`;
  const aloneText = serial.runs > 0 ? ` but passed ${serial.runs}/${serial.runs} serial confirmation reruns` : '';
  return [
    {
      causes: ['order-dependence'],
      // Without a passing serial rerun the replay may just reproduce a test that always fails.
      weight: serial.runs > 0 ? 0.7 : 0.35,
      role: 'direct',
      ambiguous: false,
      group: 'order-replay',
      evidence: {
        kind: 'confirmation',
        text: `failed when replayed serially (1 worker, run ${smallest.run}) ${who}${aloneText}: an earlier test in the same process pollutes its state`,
      },
    },
  ];
}
