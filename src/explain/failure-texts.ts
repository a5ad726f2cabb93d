// Collects the text a test failed with, bounded, so signature matching has a fixed worst case.
import type { RunResult, TestCase, TestId } from '../model.js';
import { failedInRun } from '../observe/index.js';
import { casesOf, indexRuns } from './run-index.js';

/** Per case: enough for a message plus a long traceback; beyond that it is noise. */
export const MAX_TEXT_CHARS = 16_384;
/**
 * Distinct failure texts of one test that are matched. Repeats of the same text are counted, not
 * rematched: matching is the expensive part (every signature over up to 16 KB).
 */
export const MAX_TEXTS = 8;

export interface FailureText {
  readonly runId: string;
  readonly text: string;
  /** `output` = the run's combined output tail: shared by every test of the run, so only trusted for crashes. */
  readonly origin: 'case' | 'output';
  /** How many failures had exactly this text (1 when absent). */
  readonly occurrences?: number;
}

/** Failure messages, details and retry attempts of a test, plus run output where its worker died. */
export function failureTexts(id: TestId, runs: readonly RunResult[]): FailureText[] {
  const distinct = new Map<string, { first: FailureText; occurrences: number }>();
  const add = (t: FailureText): void => {
    const key = `${t.origin}\u0000${t.text}`;
    const seen = distinct.get(key);
    if (seen !== undefined) seen.occurrences += 1;
    else if (distinct.size < MAX_TEXTS) distinct.set(key, { first: t, occurrences: 1 });
  };
  for (const indexed of indexRuns(runs)) {
    const { run } = indexed;
    const cases = casesOf(indexed, id);
    for (const c of cases) {
      // A retried-then-passed case still carries the failure text of its attempts.
      if (failedInRun(c)) {
        add({ runId: run.record.id, text: caseText(c), origin: 'case' });
      }
    }
    const died = run.record.signal !== null || run.record.timedOut;
    const lost = cases.some((c) => c.outcome === 'lost') || (cases.length === 0 && expected(run, id) && damaged(run));
    const crashed = cases.some((c) => c.outcome === 'error') && died;
    const tail = run.record.outputTail;
    if ((lost || crashed) && tail !== undefined && tail.length > 0) {
      add({ runId: run.record.id, text: tail.slice(-MAX_TEXT_CHARS), origin: 'output' });
    }
  }
  return [...distinct.values()].map(({ first, occurrences }) => ({ ...first, occurrences }));
}

/** The run was meant to include the test: full-suite, or a subset naming it. */
export function expected(run: RunResult, id: TestId): boolean {
  return run.record.subset === undefined || run.record.subset.includes(id);
}

/** The run ended abnormally or left an unusable report, so a missing test may have been lost. */
export function damaged(run: RunResult): boolean {
  const r = run.record;
  return r.signal !== null || r.timedOut || r.parse === 'missing' || r.parse === 'invalid' || r.parse === 'salvaged';
}

function caseText(c: TestCase): string {
  const parts: string[] = [];
  if (c.message !== undefined) parts.push(c.message);
  if (c.details !== undefined) parts.push(c.details);
  for (const a of c.attempts ?? []) {
    if (a.message !== undefined) parts.push(a.message);
    if (a.details !== undefined) parts.push(a.details);
  }
  return parts.join('\n').slice(0, MAX_TEXT_CHARS);
}
