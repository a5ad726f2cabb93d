// Small readers for attribute values, where reporters disagree on formats.

/**
 * Seconds as written in `time` attributes -> milliseconds, or undefined when it is not a
 * number (web-test-runner writes `time="<<computed>>"`). Surefire writes `1,234.567` above
 * 1000 s, so a comma is accepted only as a thousands separator; a decimal comma is ambiguous
 * and ignored rather than misread.
 */
export function parseSecondsToMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Fast path for what nearly every reporter writes (`0.0123`): digits with at most one dot.
  if (isPlainDecimal(value)) return Math.round(Number(value) * 1e6) / 1e3;
  let text = value.trim();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  if (!/^\d+(\.\d*)?([eE][+-]?\d+)?$|^\.\d+$/.test(text)) return undefined;
  const seconds = Number(text);
  // Microsecond resolution: enough for test timings, and stable when printed.
  return Number.isFinite(seconds) ? Math.round(seconds * 1e6) / 1e3 : undefined;
}

function isPlainDecimal(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 30) return false;
  let dots = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (++dots > 1 || i === 0) return false;
    } else if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A non-negative integer attribute (`line`), else undefined. */
export function parseLine(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,9}\s*$/.test(value)) return undefined;
  return Number(value);
}

/** Epoch seconds (float) as recorded by flakegate's pytest plugin -> epoch milliseconds. */
export function parseEpochSecondsToMs(value: string | undefined): number | undefined {
  const ms = parseSecondsToMs(value);
  return ms !== undefined && ms > 0 ? ms : undefined;
}

/** Result elements of a testcase, worst first when ranked. */
export type ResultTag = 'error' | 'failure' | 'skipped';

/** Retry elements: Surefire, Gradle, nextest and Playwright write these inside a testcase. */
export type RetryTag = 'flakyFailure' | 'flakyError' | 'rerunFailure' | 'rerunError';

export function asResultTag(tag: string): ResultTag | undefined {
  return tag === 'error' || tag === 'failure' || tag === 'skipped' ? tag : undefined;
}

export function asRetryTag(tag: string): RetryTag | undefined {
  switch (tag) {
    case 'flakyFailure':
    case 'flakyError':
    case 'rerunFailure':
    case 'rerunError':
      return tag;
    default:
      return undefined;
  }
}

/** Several result elements in one testcase: error > failure > skipped. */
export function resultRank(tag: ResultTag): number {
  switch (tag) {
    case 'error':
      return 3;
    case 'failure':
      return 2;
    case 'skipped':
      return 1;
  }
}

/**
 * The `status` attribute some C++ and custom reporters put on `<testcase>` (tst, cunit-like):
 * used only when the testcase has no result element. `disabled` counts as skipped.
 */
export function outcomeFromStatus(status: string | undefined): 'failed' | 'error' | 'skipped' | undefined {
  switch (status?.trim().toLowerCase()) {
    case 'failed':
    case 'failure':
    case 'fail':
      return 'failed';
    case 'error':
    case 'errored':
      return 'error';
    case 'skipped':
    case 'skip':
    case 'disabled':
    case 'ignored':
    case 'notrun':
    case 'not run':
    case 'pending':
      return 'skipped';
    default:
      return undefined;
  }
}
