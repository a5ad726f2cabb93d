import { SaxesParser } from 'saxes';
import type { ParsedReport, TestCase } from '../model.js';
import { createCaseBuilder, type CaseBuilder, type CaseContext, type CaseText } from './case-builder.js';
import { asResultTag, asRetryTag } from './case-values.js';
import { createChunkDecoder } from './chunk-decoder.js';
import { createMarkupGuard, type MarkupLimits } from './markup-guard.js';
import { numberDuplicates } from './number-duplicates.js';
import { describeProblem, type ReportProblem } from './report-problem.js';
import { createTextBudget } from './text-budget.js';

/** Limits; the defaults keep one report's memory small whatever the tests printed. */
export interface JunitReaderOptions {
  /** Characters kept of a `message` (default 4096). */
  readonly messageCap?: number;
  /** Characters kept of `details`, per text buffer (default 16384). */
  readonly detailsCap?: number;
  /** Deeper element nesting stops the read as malformed (default 1000; real reports use < 20). */
  readonly maxDepth?: number;
  /** Retry elements kept per testcase (default 100). */
  readonly maxAttempts?: number;
  /** Message/details characters of the whole report before later tests keep only a short message (default 8 Mi). */
  readonly textBudget?: number;
  /** Longest attribute value, text, comment and tag read (markup-guard.ts DEFAULT_MARKUP_LIMITS). */
  readonly markup?: MarkupLimits;
}

/** A push parser for one JUnit XML report; it does no I/O. */
export interface JunitReader {
  write(chunk: string | Uint8Array): void;
  /** Finish the document and say what could be read. Idempotent. */
  end(): ParsedReport;
  /** True once the report is known to be broken: further writes are ignored, callers may stop. */
  readonly stopped: boolean;
}

// What each open element is to us. saxes checks that tags match, so names need not be kept.
type Frame =
  | 'suites'
  | 'suite'
  | 'case'
  | 'result'
  | 'retry'
  | 'retry-trace'
  | 'retry-output'
  | 'system-out'
  | 'system-err'
  | 'properties'
  | 'other';

const TEXT_TARGET: Partial<Record<Frame, CaseText>> = {
  result: 'result',
  retry: 'retry',
  'retry-trace': 'retry',
  'retry-output': 'retry-output',
  'system-out': 'system-out',
  'system-err': 'system-err',
};

/**
 * Reads JUnit XML as it streams: every dialect we know (pytest incl. xdist, jest-junit, Vitest,
 * node:test, Mocha, gotestsum, Surefire, Playwright, PHPUnit, RSpec) is the same tree of
 * `<testsuites>`/`<testsuite>` (nested or not) holding `<testcase>`s (node:test also puts them
 * directly under `<testsuites>`). Status:
 * - `empty`: no bytes, or only whitespace (a BOM counts as nothing);
 * - `ok`: well-formed with a JUnit root, even with zero testcases;
 * - `salvaged`: the first XML error (or a limit) came after at least one complete testcase:
 *   every testcase closed before it is kept, nothing after it is read, `error` says where;
 * - `invalid`: not XML, a root other than `<testsuites>`/`<testsuite>`, or broken before any
 *   testcase completed. So node:test killed mid-run (52 bytes: `<?xml ..?><testsuites>`) is
 *   `invalid`, never "0 tests, all passed".
 * (`missing` is read-file's: there is no file.)
 */
export function createJunitReader(options: JunitReaderOptions = {}): JunitReader {
  const limits = {
    messageCap: options.messageCap ?? 4096,
    detailsCap: options.detailsCap ?? 16384,
    maxAttempts: options.maxAttempts ?? 100,
  };
  const maxDepth = options.maxDepth ?? 1000;
  const budget = createTextBudget(options.textBudget ?? 8 * 1024 * 1024);
  const decoder = createChunkDecoder();
  // Bounds every value before saxes buffers it (a 1 GiB attribute must never become one string).
  const guard = createMarkupGuard(options.markup);
  // saxes never resolves external entities nor expands DTD-declared ones: an XXE or
  // billion-laughs document only yields an `undefined entity` error, which stops the read.
  const parser = new SaxesParser({ xmlns: false, position: true });
  const frames: Frame[] = [];
  const suites: { readonly name: string; readonly file: string | undefined }[] = [];
  const tests: TestCase[] = [];
  let current: CaseBuilder | undefined;
  let pytestRoot = false;
  let sawContent = false;
  let sawRoot = false;
  let problem: ReportProblem | undefined;
  let result: ParsedReport | undefined;

  // Thrown out of a handler to leave saxes' loop at once: nothing after the first problem is used,
  // so a broken multi-megabyte report costs no more than the part before the break.
  const STOP = new Error('flakegate: stop parsing');

  function stop(message: string, kind: ReportProblem['kind'] = 'refused'): never {
    problem ??= { message, line: parser.line, column: parser.column, kind };
    throw STOP;
  }

  // Recomputed only when the suite stack changes, not for every testcase.
  let cachedContext: CaseContext | undefined;
  function context(): CaseContext {
    cachedContext ??= computeContext();
    return cachedContext;
  }

  function computeContext(): CaseContext {
    const withFile = suites.findLast((s) => s.file !== undefined);
    return {
      suitePath: suites.map((s) => s.name).filter((n) => n !== ''),
      suiteFile: withFile?.file,
      pytest: pytestRoot || suites.some((s) => s.name === 'pytest'),
    };
  }

  function open(name: string, attrs: Readonly<Record<string, string>>): Frame {
    const parent = frames.at(-1);
    if (parent === undefined) {
      if (name === 'testsuites') {
        pytestRoot = attrs['name'] === 'pytest tests';
        return 'suites';
      }
      if (name !== 'testsuite') {
        stop(`the root element <${name}> is not <testsuites> or <testsuite>, so this is not a JUnit report`);
      }
    }
    switch (parent) {
      case undefined:
      case 'suites':
      case 'suite':
        // Merged reports nest a <testsuites> in another; it is just one more level.
        if (name === 'testsuites') return 'suites';
        if (name === 'testsuite') {
          suites.push({ name: attrs['name']?.trim() ?? '', file: attrs['file'] });
          cachedContext = undefined;
          return 'suite';
        }
        if (name !== 'testcase') return 'other';
        current = createCaseBuilder(attrs, context(), limits);
        return 'case';
      case 'case': {
        const resultTag = asResultTag(name);
        if (resultTag !== undefined) current?.openResult(resultTag, attrs);
        const retryTag = asRetryTag(name);
        if (retryTag !== undefined) current?.openRetry(retryTag, attrs);
        if (resultTag !== undefined) return 'result';
        if (retryTag !== undefined) return 'retry';
        if (name === 'system-out' || name === 'system-err') return name;
        return name === 'properties' ? 'properties' : 'other';
      }
      case 'properties':
        if (name === 'property') current?.property(attrs['name'], attrs['value']);
        return 'other';
      case 'retry':
        if (name === 'stackTrace') return 'retry-trace';
        return name === 'system-out' || name === 'system-err' ? 'retry-output' : 'other';
      default:
        return 'other';
    }
  }

  function close(frame: Frame | undefined): void {
    if (frame === 'suite') {
      suites.pop();
      cachedContext = undefined;
    }
    else if (frame === 'result') current?.closeResult();
    else if (frame === 'retry') current?.closeRetry();
    else if (frame === 'case' && current !== undefined) {
      tests.push(budget.spend(current.finish()));
      current = undefined;
    }
  }

  // Where text of the innermost open element goes; undefined when it is not kept. Set on every
  // open and close, so a text event needs no lookup.
  let textTarget: CaseText | undefined;

  function text(data: string): void {
    if (problem === undefined && textTarget !== undefined) current?.text(textTarget, data);
  }

  // web-test-runner writes `time="<<computed>>"`: a raw `<` in an attribute value. saxes drops
  // that character, reports it and goes on cleanly, so inside a start tag it is tolerated
  // (the value loses its `<`s). Every other error stops the read.
  let inStartTag = false;
  parser.on('opentagstart', () => {
    inStartTag = true;
  });
  // saxes buffers a whole text node before emitting it, but only while a text handler is set.
  // So it is set only inside elements whose text is kept: the rest (a suite's console dump,
  // passing output we would drop) is never buffered at all.
  let listening = false;
  function listenForText(top: Frame | undefined): void {
    textTarget = top === undefined ? undefined : TEXT_TARGET[top];
    const wanted = textTarget !== undefined;
    if (wanted === listening) return;
    listening = wanted;
    if (wanted) parser.on('text', text);
    else parser.off('text');
  }

  parser.on('opentag', (tag) => {
    inStartTag = false;
    if (problem !== undefined) return;
    if (frames.length >= maxDepth) return stop(`elements are nested deeper than ${maxDepth} levels`);
    sawRoot = true;
    const frame = open(tag.name, tag.attributes);
    frames.push(frame);
    listenForText(frame);
  });
  parser.on('closetag', () => {
    if (problem !== undefined) return;
    close(frames.pop());
    listenForText(frames.at(-1));
  });
  parser.on('cdata', text);
  parser.on('error', (err) => {
    const message = err.message.replace(/^\d+:\d+: /, '');
    if (!(inStartTag && message === 'disallowed character.')) stop(message, sawRoot ? 'malformed' : 'not-xml');
  });

  function feed(raw: string, last: boolean): void {
    if (problem !== undefined) return;
    if (!sawContent && /\S/.test(raw)) sawContent = true;
    const data = guard.filter(raw);
    try {
      if (data !== '') parser.write(data);
      if (guard.refused !== undefined) stop(`${guard.refused}; the rest is not read`);
      if (last && problem === undefined) parser.close();
    } catch (err) {
      // saxes reports through the error handler; anything else thrown is our bug, kept as data.
      if (err !== STOP) {
        problem ??= { message: `internal error: ${String(err)}`, line: parser.line, column: parser.column, kind: 'refused' };
      }
    }
  }

  return {
    write(chunk) {
      if (result === undefined && problem === undefined) feed(decoder.decode(chunk), false);
    },
    end() {
      if (result !== undefined) return result;
      feed(decoder.flush(), true);
      const kept = numberDuplicates(tests);
      if (!sawContent) result = { status: 'empty', error: 'the report is empty (no bytes or only whitespace)', tests: [] };
      else if (problem === undefined && guard.cuts().length > 0) {
        result = { status: 'salvaged', error: `values over their limit were cut while reading: ${guard.cuts().join('; ')}; every testcase was read, with those values cut`, tests: kept };
      } else if (problem === undefined) result = { status: 'ok', tests: kept };
      else if (kept.length === 0) result = { status: 'invalid', error: describeProblem(problem), tests: [] };
      else {
        const error = `${describeProblem(problem)}; kept the ${kept.length} testcase(s) completed before it`;
        result = { status: 'salvaged', error, tests: kept };
      }
      return result;
    },
    get stopped() {
      return problem !== undefined;
    },
  };
}
