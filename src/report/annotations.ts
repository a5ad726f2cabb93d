// Annotations for the reported tests, as plain data: the runner turns them into workflow
// commands (`::error file=...::`), the check run into its `annotations` array. Both sinks have
// different limits (limits.ts), so selection happens here, deterministically.
import type { Report, TestAnalysis } from '../model.js';
import { failsGate, findings, formatRate, VERDICT_MEANING, workerKeys } from './format.js';
import { STEP_ANNOTATIONS_PER_LEVEL } from './limits.js';
import { decideText, sampleSentence } from './sample-label.js';
import { sanitizeLog } from './sanitize.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface TestAnnotation {
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
  /** As the report has it (relative to the project directory); publishers map it to the repo. */
  readonly file?: string;
  readonly line?: number;
  readonly testId: string;
}

/**
 * One annotation per reported test, in report order. Tests that fail the gate are errors, other
 * findings warnings. Text is sanitised for the log (no secrets, no workflow commands).
 */
export function buildAnnotations(report: Report, secrets: readonly string[] = []): TestAnnotation[] {
  const keys = workerKeys(report);
  return findings(report).map((t) => {
    const fails = failsGate(report, t);
    const base = {
      level: fails ? ('error' as const) : ('warning' as const),
      title: sanitizeLog(`flakegate: ${t.verdict} — ${t.display}`, { secrets, max: 200 }).replace(/\n/g, ' '),
      message: sanitizeLog(message(t, keys, fails), { secrets, max: 2000 }),
      testId: t.id,
    };
    return t.file === undefined ? base : { ...base, file: t.file, ...(t.line === undefined ? {} : { line: t.line }) };
  });
}

function message(t: TestAnalysis, keys: readonly string[], fails: boolean): string {
  const rates = keys.map((k) => `${k}w ${formatRate(t.byWorkers[k])}`).join(', ');
  const lines = [`This test ${VERDICT_MEANING[t.verdict]} (${t.confidence}). Failures by worker count: ${rates}.`];
  const sample = sampleSentence(t);
  if (sample !== null) lines.push(`Evidence on ${sample}.`);
  const decide = decideText(t);
  if (decide !== null && !fails) lines.push(`Below the gate's tier, so a warning: ${decide}.`);
  const top = t.causes[0];
  if (top !== undefined) lines.push(`Likely cause: ${top.cause}. Fix: ${top.fix.summary}`);
  const first = t.messages[0];
  if (first !== undefined) lines.push(`First failure: ${first.split('\n').slice(0, 3).join(' ')}`);
  return lines.join('\n');
}

export interface StepSelection {
  readonly shown: readonly TestAnnotation[];
  /** Annotations that did not fit the per-step limit, by level. */
  readonly omitted: Readonly<Record<AnnotationLevel, number>>;
}

/**
 * Slots kept free per level: one error for the step's own failure message (setFailed is an error
 * annotation too), one warning for a reporting problem, one notice for our "N more" line.
 */
const RESERVED: Readonly<Record<AnnotationLevel, number>> = { error: 1, warning: 1, notice: 1 };

/** The annotations the UI will actually show for one step (10 per level, limits.ts). */
export function selectStepAnnotations(all: readonly TestAnnotation[]): StepSelection {
  const shown: TestAnnotation[] = [];
  const count: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const a of all) {
    if (count[a.level] < STEP_ANNOTATIONS_PER_LEVEL - RESERVED[a.level]) {
      shown.push(a);
      count[a.level] += 1;
    } else {
      omitted[a.level] += 1;
    }
  }
  return { shown, omitted };
}
