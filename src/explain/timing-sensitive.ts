// Tests that race the clock: an assertion on a measured elapsed time, a fixed pause before an
// assertion (the "async wait" class of flaky tests: the work is assumed done after N ms), or a
// deadline under a second on something the test waits for. Each passes on an idle machine and
// fails when workers outnumber cores: a reading for `timing-under-load` that stands beside the
// threshold. A timeout of seconds on a wait (`receive(timeout=2)`) is not one: it bounds a hang,
// and on the tune half of eval:wild it sat in tests that failed for another reason.
import { MAX_LINE_CHARS, type Region } from './source-lang.js';

export type TimingKind = 'elapsed-assertion' | 'fixed-wait';

export interface TimingLine {
  readonly region: Region;
  /** 0-based. */
  readonly line: number;
  readonly kind: TimingKind;
}

/** Reading the clock to measure a duration. */
const CLOCK = /\btime\.(?:time|monotonic|perf_counter)(?:_ns)?\(\)|\bperf_counter\(\)|\bDate\.now\(\)|\bperformance\.now\(\)|\bprocess\.hrtime|\btime\.Since\(|\bSystem\.(?:nanoTime|currentTimeMillis)\(\)|\bStopwatch\b|\bInstant::now\(\)/;
/** An assertion that compares (a duration, once the clock was read). */
const COMPARING_ASSERTION = /\bassert\b[^\n]{0,200}(?:<=?|>=?)|\.toBeLessThan(?:OrEqual)?\(|\.toBeGreaterThan(?:OrEqual)?\(|\bassert(?:Less|Greater)(?:Equal)?\(|\bassert\.ok\([^\n]{0,200}[<>]|\bif\b[^\n]{0,200}[<>][^\n]{0,200}\{?\s{0,5}$|isLessThan|isGreaterThan/;

/** A pause of a fixed length: `time.sleep(0.2)`, `await sleep(100)`, `time.Sleep(50 * time.Millisecond)`, `Thread.sleep(200)`. */
const FIXED_SLEEP =
  /\b(?:time|asyncio|trio|gevent)\.sleep\(\s{0,5}\d{1,4}(?:\.\d{1,6})?\s{0,5}\)|\bawait\s{1,5}(?:sleep|delay|wait|setTimeout|setTimeoutPromise|timers\.setTimeout)\(\s{0,5}\d{1,6}\s{0,5}\)|\bsetTimeout\(\s{0,5}(?:resolve|r|res|done)\s{0,5},\s{0,5}\d{1,6}\s{0,5}\)|\btime\.Sleep\(\s{0,5}\d{1,6}|\b(?:Thread\.sleep|TimeUnit\.\w{1,20}\.sleep)\(\s{0,5}\d{1,6}/;
/** What the pause is followed by: the assertion that assumes the work finished meanwhile. */
const ASSERTION = /\bassert|\bexpect\(|\bt\.(?:Error|Errorf|Fatal|Fatalf|Fail)\b|\brequire\.|\bassertThat\(|\bassertEquals\(|\bshould\b/;
/** Lines after a pause within which an assertion counts as its consequence. */
const ASSERT_WITHIN = 4;
/** A deadline under one second on something awaited. */
const SHORT_DEADLINE =
  /\btimeout\s{0,5}=\s{0,5}0?\.\d{1,4}\b|\btimeout\s{0,5}:\s{0,5}\d{1,3}(?![\d.])|\b(?:time\.After|WithTimeout|WithDeadline|Eventually|EventuallyWithT|NewTimer|AfterFunc)\([^\n]{0,120}?\b\d{1,3}\s{0,5}\*\s{0,5}time\.Millisecond|\bDuration\.ofMillis\(\s{0,5}\d{1,3}\s{0,5}\)|\.atMost\(\s{0,5}\d{1,3}\s{0,5},\s{0,5}(?:TimeUnit\.)?MILLISECONDS/;

/** A deadline on the absence of something (`receive_nothing(timeout=0.5)`): load cannot make it fail. */
const WAITS_FOR_NOTHING = /\b(?:receive_nothing|expect_?no_?\w{0,30}|assert_?no_?\w{0,30}|assert_not_called)\b|\bexpectNo\w{0,30}|\bNoMessage\b/i;

/**
 * What the test and its fixtures run: not module data, not helpers it may not call. In the code
 * under test (scope `library`) only a sub-second deadline counts: alone it stays below the unknown
 * threshold, and it becomes evidence when co-failing tests reach the same one (src/explain/clues.ts).
 */
const RUN_SCOPES = new Set(['test', 'fixture', 'library']);

export function timingLines(regions: readonly Region[]): TimingLine[] {
  const out: TimingLine[] = [];
  for (const r of regions) {
    if (!RUN_SCOPES.has(r.scope)) continue;
    let clockRead = false;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (r.scope === 'library') {
        if (SHORT_DEADLINE.test(line) && !WAITS_FOR_NOTHING.test(line)) out.push({ region: r, line: i, kind: 'fixed-wait' });
        continue;
      }
      if (CLOCK.test(line)) clockRead = true;
      else if (r.scope === 'test' && clockRead && COMPARING_ASSERTION.test(line)) out.push({ region: r, line: i, kind: 'elapsed-assertion' });
      else if ((SHORT_DEADLINE.test(line) && !WAITS_FOR_NOTHING.test(line)) || (FIXED_SLEEP.test(line) && assertsSoon(r, i))) out.push({ region: r, line: i, kind: 'fixed-wait' });
    }
  }
  return out;
}

function assertsSoon(r: Region, at: number): boolean {
  for (let j = at + 1; j <= Math.min(r.end, at + ASSERT_WITHIN); j++) {
    if (ASSERTION.test((r.lines[j] ?? '').slice(0, MAX_LINE_CHARS))) return true;
  }
  return false;
}

export const TIMING_PATTERNS: readonly RegExp[] = [CLOCK, COMPARING_ASSERTION, FIXED_SLEEP, ASSERTION, SHORT_DEADLINE, WAITS_FOR_NOTHING];
