import type { Attempt, Outcome, TestCase } from '../model.js';
import { capText, createBoundedText, type BoundedText } from './bounded-text.js';
import {
  outcomeFromStatus,
  parseEpochSecondsToMs,
  parseLine,
  parseSecondsToMs,
  resultRank,
  type ResultTag,
  type RetryTag,
} from './case-values.js';
import { detached, intern } from './intern.js';
import { PlainCase } from './plain-case.js';
import { identityOf, normaliseFile } from './test-id.js';

/** What the reader knows about the place a testcase sits in. */
export interface CaseContext {
  /** Names of the enclosing `<testsuite>`s, outermost first. */
  readonly suitePath: readonly string[];
  /** `file` attribute of the nearest enclosing suite that has one. */
  readonly suiteFile?: string | undefined;
  /** The report looks like pytest's (suite `pytest` / root `pytest tests`): `line` is 0-based. */
  readonly pytest: boolean;
}

export interface CaseLimits {
  readonly messageCap: number;
  readonly detailsCap: number;
  readonly maxAttempts: number;
}

/** Where a piece of text inside a testcase belongs. */
export type CaseText = 'result' | 'retry' | 'retry-output' | 'system-out' | 'system-err';

/** Collects one `<testcase>` element while it streams by, then builds the TestCase. */
export interface CaseBuilder {
  openResult(tag: ResultTag, attributes: Readonly<Record<string, string>>): void;
  closeResult(): void;
  openRetry(tag: RetryTag, attributes: Readonly<Record<string, string>>): void;
  closeRetry(): void;
  text(target: CaseText, text: string): void;
  property(name: string | undefined, value: string | undefined): void;
  /** The TestCase without `occurrence` (duplicates are only known at the end of the report). */
  finish(): TestCase;
}

/** When no name is written (pytest interrupted by SIGINT writes `<testcase time="0.000"/>`). */
export const UNNAMED = '(unnamed)';

interface Collected {
  readonly tag: string;
  /** resultRank for result elements, 0 for retries. */
  readonly rank: number;
  readonly message: string | undefined;
  readonly text: BoundedText;
  readonly output: BoundedText;
}

const XDIST_CRASH = /worker '([^']+)' crashed while running/;

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

// Result text usually starts and ends with the pretty-printer's newlines and indentation
// (around a Surefire <stackTrace> too); only the inside is the stack.
function tidy(text: string): string | undefined {
  const tidied = text.trim();
  return tidied === '' ? undefined : tidied;
}

// Scans instead of splitting: details can be 16 KB of stack and this runs for every failure.
function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end).trim();
    if (line !== '') return line;
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function createCaseBuilder(
  attributes: Readonly<Record<string, string>>,
  context: CaseContext,
  limits: CaseLimits,
): CaseBuilder {
  let best: Collected | undefined;
  let openResult: Collected | undefined;
  let openRetry: Collected | undefined;
  const attempts: Attempt[] = [];
  // Created on first text: most testcases have no output, and this runs per testcase.
  let systemOut: BoundedText | undefined;
  let systemErr: BoundedText | undefined;
  let worker: string | undefined;
  let startedAt: number | undefined;
  let endedAt: number | undefined;

  function collected(tag: string, rank: number, attrs: Readonly<Record<string, string>>): Collected {
    // Trimmed: Surefire and Playwright start messages with a newline.
    const message = nonEmpty(attrs['message'])?.trim();
    return {
      tag,
      rank,
      message: message === undefined ? undefined : capText(message, limits.messageCap),
      text: createBoundedText(limits.detailsCap),
      output: createBoundedText(limits.detailsCap),
    };
  }

  function messageAndDetails(item: Collected): { message: string | undefined; details: string | undefined } {
    const details = tidy(item.text.toString()) ?? tidy(item.output.toString());
    // jest-junit and Surefire often omit `message`: the first line of the stack is the message.
    const fallback = item.message === undefined ? firstLine(details) : undefined;
    const message = item.message ?? (fallback === undefined ? undefined : capText(fallback, limits.messageCap));
    return { message, details };
  }

  function decideOutcome(): Outcome {
    if (best !== undefined) {
      if (best.tag === 'error') return 'error';
      return best.tag === 'failure' ? 'failed' : 'skipped';
    }
    // rerunFailure/rerunError without a final result element: the last rerun is the verdict.
    const lastRerun = attempts.filter((a) => a.kind.startsWith('rerun')).at(-1);
    if (lastRerun !== undefined) return lastRerun.outcome;
    return outcomeFromStatus(attributes['status']) ?? 'passed';
  }

  return {
    openResult(tag, attrs) {
      openResult = collected(tag, resultRank(tag), attrs);
    },
    closeResult() {
      if (openResult !== undefined && (best === undefined || openResult.rank > best.rank)) best = openResult;
      openResult = undefined;
    },
    openRetry(tag, attrs) {
      openRetry = collected(tag, 0, attrs);
    },
    closeRetry() {
      if (openRetry !== undefined && attempts.length < limits.maxAttempts) {
        const outcome = openRetry.tag.endsWith('Error') ? 'error' : 'failed';
        const { message, details } = messageAndDetails(openRetry);
        const attempt: Mutable<Attempt> = { outcome, kind: openRetry.tag };
        if (message !== undefined) attempt.message = detached(message);
        if (details !== undefined) attempt.details = detached(details);
        attempts.push(attempt);
      }
      openRetry = undefined;
    },
    text(target, text) {
      if (target === 'result') openResult?.text.append(text);
      else if (target === 'retry') openRetry?.text.append(text);
      else if (target === 'retry-output') openRetry?.output.append(text);
      else if (target === 'system-out') (systemOut ??= createBoundedText(limits.detailsCap)).append(text);
      else (systemErr ??= createBoundedText(limits.detailsCap)).append(text);
    },
    property(name, value) {
      if (name === 'flakegate_worker' && value !== undefined && nonEmpty(value) !== undefined) worker = intern(value);
      else if (name === 'flakegate_start') startedAt = parseEpochSecondsToMs(value);
      else if (name === 'flakegate_end') endedAt = parseEpochSecondsToMs(value);
    },
    finish() {
      const written = nonEmpty(attributes['classname']);
      // No classname (tst, minimal reports): the innermost suite is the best container we have.
      const classname = written ?? context.suitePath.at(-1) ?? '';
      let name = nonEmpty(attributes['name']) ?? UNNAMED;
      // node:test writes classname="test" for every case and keeps the describe path only in
      // nested <testsuite>s; without it `it('works')` in two describes would collide.
      if (written === 'test' && context.suitePath.length > 0) name = [...context.suitePath, name].join(' > ');
      const rawFile = nonEmpty(attributes['file']) ?? nonEmpty(context.suiteFile);
      // Normalised once per distinct test, and the strings shared by every run that reports it.
      const identity = identityOf(rawFile, classname, name);
      // `filepath` (some reporters' name for it) locates the test without entering its id, so ids
      // stay what they were for reports that always had it.
      const filepath = rawFile === undefined ? nonEmpty(attributes['filepath']) : undefined;
      const file = identity.file ?? (filepath === undefined ? undefined : intern(normaliseFile(filepath)));
      const writtenLine = parseLine(attributes['line']);
      // TestCase.line is 1-based. pytest (xunit1) writes the 0-based line of the `def`; it is
      // converted only when the report is recognisably pytest's (suite "pytest" or root
      // "pytest tests", the defaults): a renamed junit_suite_name keeps the written value.
      const line = writtenLine !== undefined && context.pytest ? writtenLine + 1 : writtenLine;
      const outcome = decideOutcome();
      let { message, details } = best === undefined ? { message: undefined, details: undefined } : messageAndDetails(best);
      if ((outcome === 'failed' || outcome === 'error') && details === undefined) {
        // No result text (tst, minimal reports): the test's own output is the best explanation.
        const output = [tidy(systemOut?.toString() ?? ''), tidy(systemErr?.toString() ?? '')].filter((t) => t !== undefined);
        if (output.length > 0) details = capText(output.join('\n'), limits.detailsCap);
      }
      const crashed = message === undefined ? undefined : XDIST_CRASH.exec(message)?.[1];
      const workerName = worker ?? (crashed === undefined ? undefined : intern(crashed));
      const durationMs = parseSecondsToMs(attributes['time']);
      // Copied: a slice of the report's text would keep its whole read chunk alive with it.
      return new PlainCase(
        identity.id,
        file,
        line,
        identity.classname,
        identity.name,
        outcome,
        message === undefined ? undefined : detached(message),
        details === undefined ? undefined : detached(details),
        durationMs,
        workerName,
        startedAt,
        endedAt,
        attempts.length > 0 ? attempts : undefined,
      );
    },
  };
}
