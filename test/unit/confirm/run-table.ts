// Builds confirmation-stage runs from short outcome strings, so each test shows its sample inline.
import type { Phase, RunResult, TestCase } from '../../../src/model.js';

let seq = 0;

/** One run per letter of `outcomes` (F failed, P passed, L lost) for test `id`. */
export function runsOf(id: string, phase: Phase, workers: number, outcomes: string, extra: { subset?: readonly string[]; iteration?: number } = {}): RunResult[] {
  return [...outcomes].map((letter, i) => {
    seq++;
    const outcome: TestCase['outcome'] = letter === 'F' ? 'failed' : letter === 'L' ? 'lost' : 'passed';
    return {
      record: {
        id: `${phase[0] ?? 'x'}-${String(seq).padStart(3, '0')}-w${workers}`,
        workers,
        iteration: extra.iteration ?? i + 1,
        phase,
        ...(extra.subset ? { subset: extra.subset } : {}),
        exitCode: outcome === 'failed' ? 1 : 0,
        signal: null,
        timedOut: false,
        durationMs: 1000,
        reportPaths: [],
        parse: 'ok',
        tests: 1,
      },
      cases: [{ id, classname: 'c', name: id, outcome, durationMs: 100 }],
    };
  });
}
