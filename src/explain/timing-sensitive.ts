// Tests that race the clock: an assertion on a measured elapsed time, a fixed pause before an
// assertion (the "async wait" class of flaky tests: the work is assumed done after N ms), or a
// deadline under a second on something the test waits for. Each passes on an idle machine and
// fails when workers outnumber cores: a reading for `timing-under-load` that stands beside the
// threshold. A timeout of seconds on a wait (`receive(timeout=2)`) is not one: it bounds a hang,
// and on the tune half of eval:wild it sat in tests that failed for another reason.
import { MAX_LINE_CHARS, type Region } from './source-lang.js';

export type TimingKind = 'elapsed-assertion' | 'fixed-wait' | 'clock-window' | 'cold-import';

export interface TimingLine {
  readonly region: Region;
  /** 0-based. */
  readonly line: number;
  readonly kind: TimingKind;
}

/** Reading the clock to measure a duration. */
const CLOCK = /\btime\.(?:time|monotonic|perf_counter)(?:_ns)?\(\)|\bperf_counter\(\)|\bDate\.now\(\)|\bperformance\.now\(\)|\bprocess\.hrtime|\btime\.Since\(|\bSystem\.(?:nanoTime|currentTimeMillis)\(\)|\bStopwatch\b|\bInstant::now\(\)/;
/** An assertion that compares (a duration, once the clock was read). */
const COMPARING_ASSERTION =
  /\bassert\b[^\n]{0,200}(?:<=?|>=?)|\.toBeLessThan(?:OrEqual)?\(|\.toBeGreaterThan(?:OrEqual)?\(|\bassert(?:Less|Greater)(?:Equal)?\(|\bassert\.ok\([^\n]{0,200}[<>]|\bif\b[^\n]{0,200}[<>][^\n]{0,200}\{?\s{0,5}$|isLessThan|isGreaterThan|isBetween\(|isCloseTo\(|\b(?:assert|require)\.(?:Less|Greater|LessOrEqual|GreaterOrEqual|WithinDuration|InDelta)\(|\.(?:below|above|lessThan|greaterThan|within)\(|\.at\.(?:most|least)\(|\bassertTrue\([^\n]{0,200}[<>]|\bassertAlmostEqual\(|\bExpect\([^\n]{0,200}\)\.(?:To|Should)\(\s{0,5}BeNumerically\(/;

/** A pause of a fixed length: `time.sleep(0.2)`, `await sleep(100)`, `time.Sleep(50 * time.Millisecond)`, `Thread.sleep(200)`. */
const FIXED_SLEEP =
  /\b(?:time|asyncio|trio|gevent|anyio)\.sleep\(\s{0,5}(?:\d{1,4}(?:\.\d{1,6})?|[A-Za-z_][\w.]{0,40})\s{0,5}\)|(?<![\w.])sleep\(\s{0,5}0?\.\d{1,6}\s{0,5}\)|\bawait\s{1,5}(?:sleep|delay|wait|setTimeout|setTimeoutPromise|timers\.setTimeout|page\.waitForTimeout)\(\s{0,5}(?:\d{1,6}|[A-Za-z_$][\w$.]{0,40})\s{0,5}\)|\bsetTimeout\(\s{0,5}(?:resolve|r|res|done)\s{0,5},\s{0,5}\d{1,6}\s{0,5}\)|\btime\.Sleep\(\s{0,5}(?:\d{1,6}|time\.(?:Millisecond|Microsecond|Second)\b|[A-Za-z_][\w.]{0,40}\s{0,5}\))|\b(?:Thread\.sleep|TimeUnit\.\w{1,20}\.sleep)\(\s{0,5}(?:\d{1,6}|[A-Za-z_][\w.]{0,40}\s{0,5}\))|(?<![\w.])delay\(\s{0,5}\d{1,6}L?\s{0,5}\)/;
/** What the pause is followed by: the assertion that assumes the work finished meanwhile. */
const ASSERTION = /\bassert|\bexpect\(|\bt\.(?:Error|Errorf|Fatal|Fatalf|Fail)\b|\brequire\.|\bassertThat\(|\bassertEquals\(|\bshould\b/;
/** Lines after a pause within which an assertion counts as its consequence. */
const ASSERT_WITHIN = 4;
/** A deadline under one second on something awaited. */
const SHORT_DEADLINE =
  /\b\w{0,40}(?:timeout|deadline)\w{0,20}\s{0,5}=\s{0,5}0?\.\d{1,4}\b|\btimeout\s{0,5}:\s{0,5}\d{1,3}(?![\d._])|\b(?:time\.After|WithTimeout|WithDeadline|Eventually|EventuallyWithT|Consistently|NewTimer|AfterFunc)\([^\n]{0,120}?(?:\b\d{1,3}\s{0,5}\*\s{0,5}time\.Millisecond\b|\btime\.Millisecond\s{0,5}\*\s{0,5}\d{1,3}\b)|\b(?:Duration\.)?ofMillis\(\s{0,5}\d{1,3}\s{0,5}\)|[(,]\s{0,5}\d{1,3}L?\s{0,5},\s{0,5}(?:TimeUnit\.)?MILLISECONDS\s{0,5}\)|\bwithTimeout(?:OrNull)?\(\s{0,5}\d{1,3}L?\s{0,5}\)|\b(?:threading\.)?Timer\(\s{0,5}0?\.\d{1,4}\s{0,5},|\bcall_later\(\s{0,5}0?\.\d{1,4}\s{0,5},|@Test\(\s{0,5}timeout\s{0,5}=\s{0,5}\d{1,3}L?\s{0,5}\)|@Timeout\(\s{0,5}(?:value\s{0,5}=\s{0,5})?\d{1,3}\s{0,5},\s{0,5}unit\s{0,5}=\s{0,5}(?:TimeUnit\.)?MILLISECONDS|\.timeout\(\s{0,5}\d{1,3}\s{0,5}\)|\bverify\([^\n]{0,100}\b(?:timeout|after)\(\s{0,5}\d{1,3}L?\s{0,5}\)|\.(?:wait|join|get|acquire|poll)\(\s{0,5}0?\.\d{1,4}\s{0,5}\)|^\s{0,40}\}\)?\s{0,5},\s{0,5}\d{1,3}\s{0,5}\);?\s{0,5}$|\bwait_for\([^\n]{0,200},\s{0,5}0?\.\d{1,4}\s{0,5}\)/;

/**
 * A fake clock in the file (Jest/Vitest/Sinon fake timers, freezegun, time-machine, a mock clock):
 * its pauses and deadlines advance with the test, not with the machine's load.
 */
const FAKE_CLOCK = /\buseFakeTimers\(|\badvanceTimersByTime(?:Async)?\(|\brunAllTimers\(|\bfreeze_time\b|\bfreezegun\b|\btime_machine\b|\bclockwork\.NewFakeClock|\bsynctest\.(?:Run|Test)\(|\bClock\.fixed\(|\bTestScheduler\b|\brunTest\s{0,5}\{|\bvirtual_?time\b/;

/**
 * A moment a few seconds ahead of the wall clock that the test's own setup must beat (an expiry,
 * a schedule): `now.plusSeconds(10)`, `datetime.now() + timedelta(seconds=5)`, `Date.now() + 2000`.
 * Loaded workers take longer to get there ("time" flakiness in the flaky-test literature).
 */
const CLOCK_WINDOW =
  /\b[Nn]ow\(\)?[\w.()]{0,40}\.plus(?:Seconds\(\s{0,5}\d{1,2}|Millis\(\s{0,5}\d{1,5})L?\s{0,5}\)|\bnow\(\)(?:\.\w{1,20}\(\))?\s{0,5}\+\s{0,5}(?:datetime\.)?timedelta\(\s{0,5}(?:seconds\s{0,5}=\s{0,5}\d{1,2}|milliseconds\s{0,5}=\s{0,5}\d{1,5})(?:\.\d{1,6})?\s{0,5}\)|\bDate\.now\(\)\s{0,5}\+\s{0,5}\d{1,5}\b(?![\d.])|\btime\.time\(\)\s{0,5}\+\s{0,5}\d{1,2}(?:\.\d{1,6})?\b(?![\d.])/;

/**
 * Awaitility's wait for background work to get somewhere (`await().atMost(ofSeconds(5))`,
 * `waitAtMost(ofSeconds(10))`, `atMost(5, SECONDS)`), at or under its documented default of ten
 * seconds: the awaited threads (consumers, schedulers, async jobs) compete for the same cores as
 * the other workers, so a bound that is ample on an idle machine is not on an oversubscribed one.
 */
const PROGRESS_WAIT =
  /\b(?:atMost|waitAtMost|timeout)\(\s{0,5}(?:(?:java\.time\.)?Duration\.)?(?:ofSeconds\(\s{0,5}(?:[1-9]|10)L?\s{0,5}\)|(?:[1-9]|10)L?\s{0,5},\s{0,5}(?:TimeUnit\.)?SECONDS\b|(?:ONE|TWO|FIVE|TEN)_SECONDS?\b)/;

/**
 * A module loaded inside the test (`await import('../canvas')`): the first test to load it pays
 * resolution and, under Vite/ts-jest, the transform of the module and everything it imports, inside
 * its own timeout. Alone that is milliseconds; with every worker compiling at once it can take
 * seconds. Re-importing after `resetModules`/`isolateModules` is the idiom for a fresh module
 * instance, not a cold load: those files are exempt.
 */
const COLD_IMPORT = /\bawait\s{1,5}import\(\s{0,5}['"`]/;
const FRESH_MODULES = /\b(?:resetModules|isolateModules(?:Async)?)\(/;

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
  const faked = new Map<string, boolean>();
  const fakeClock = (r: Region): boolean => {
    let f = faked.get(r.path);
    if (f === undefined) {
      f = r.lines.some((l) => FAKE_CLOCK.test(l.slice(0, MAX_LINE_CHARS)));
      faked.set(r.path, f);
    }
    return f;
  };
  const fresh = new Map<string, boolean>();
  const freshModules = (r: Region): boolean => {
    let f = fresh.get(r.path);
    if (f === undefined) {
      f = r.lines.some((l) => FRESH_MODULES.test(l.slice(0, MAX_LINE_CHARS)));
      fresh.set(r.path, f);
    }
    return f;
  };
  for (const r of regions) {
    if (!RUN_SCOPES.has(r.scope) || fakeClock(r)) continue;
    let clockRead = false;
    // JUnit's `@Test(timeout = 500)` / `@Timeout(...)` sits on the lines above the method.
    if (r.scope === 'test') {
      for (let i = Math.max(0, r.start - 3); i < r.start; i++) {
        const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
        if (/^\s{0,200}@(?:Test|Timeout)\(/.test(line) && SHORT_DEADLINE.test(line)) out.push({ region: r, line: i, kind: 'fixed-wait' });
      }
    }
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (r.scope === 'library') {
        if (SHORT_DEADLINE.test(line) && !WAITS_FOR_NOTHING.test(line)) out.push({ region: r, line: i, kind: 'fixed-wait' });
        continue;
      }
      // `assert time.monotonic() - start < 0.5` reads the clock and compares on one line.
      const clockHere = CLOCK.test(line);
      if (r.scope === 'test' && (clockRead || clockHere) && COMPARING_ASSERTION.test(line)) {
        out.push({ region: r, line: i, kind: 'elapsed-assertion' });
        clockRead = true;
        continue;
      }
      if (CLOCK_WINDOW.test(line) && (r.scope === 'test' || r.scope === 'fixture')) {
        out.push({ region: r, line: i, kind: 'clock-window' });
        continue;
      }
      if (COLD_IMPORT.test(line) && !freshModules(r)) {
        out.push({ region: r, line: i, kind: 'cold-import' });
        continue;
      }
      if (clockHere) clockRead = true;
      else if ((SHORT_DEADLINE.test(line) && !WAITS_FOR_NOTHING.test(line)) || PROGRESS_WAIT.test(line) || (FIXED_SLEEP.test(line) && assertsSoon(r, i))) out.push({ region: r, line: i, kind: 'fixed-wait' });
    }
  }
  return out;
}

/** An assertion within the next few lines of code (blank and comment lines do not count). */
function assertsSoon(r: Region, at: number): boolean {
  let code = 0;
  for (let j = at + 1; j <= Math.min(r.end, at + 3 * ASSERT_WITHIN) && code < ASSERT_WITHIN; j++) {
    const line = (r.lines[j] ?? '').slice(0, MAX_LINE_CHARS);
    if (/^\s{0,200}(?:$|#|\/\/|\/?\*)/.test(line)) continue;
    code += 1;
    if (ASSERTION.test(line)) return true;
  }
  return false;
}

export const TIMING_PATTERNS: readonly RegExp[] = [COLD_IMPORT, FRESH_MODULES, PROGRESS_WAIT, CLOCK, COMPARING_ASSERTION, FIXED_SLEEP, ASSERTION, SHORT_DEADLINE, WAITS_FOR_NOTHING, FAKE_CLOCK, CLOCK_WINDOW];
