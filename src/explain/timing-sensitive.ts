// Tests that measure the clock: an assertion on elapsed time passes on an idle machine and fails
// when workers outnumber cores; a reading for `timing-under-load` that stands beside the threshold.
// A short fixed timeout (`receive(timeout=2)`) is not one: on the tune half of eval:wild it sat in
// tests that failed for another reason (a state left by an earlier test) as often as not.
import { MAX_LINE_CHARS, type Region } from './source-lang.js';

export interface TimingLine {
  readonly region: Region;
  /** 0-based. */
  readonly line: number;
  readonly kind: 'elapsed-assertion';
}

/** Reading the clock to measure a duration. */
const CLOCK = /\btime\.(?:time|monotonic|perf_counter)(?:_ns)?\(\)|\bperf_counter\(\)|\bDate\.now\(\)|\bperformance\.now\(\)|\bprocess\.hrtime|\btime\.Since\(|\bSystem\.(?:nanoTime|currentTimeMillis)\(\)|\bStopwatch\b|\bInstant::now\(\)/;
/** An assertion that compares (a duration, once the clock was read). */
const COMPARING_ASSERTION = /\bassert\b[^\n]{0,200}(?:<=?|>=?)|\.toBeLessThan(?:OrEqual)?\(|\.toBeGreaterThan(?:OrEqual)?\(|\bassert(?:Less|Greater)(?:Equal)?\(|\bassert\.ok\([^\n]{0,200}[<>]|\bif\b[^\n]{0,200}[<>][^\n]{0,200}\{?\s{0,5}$|isLessThan|isGreaterThan/;
export function timingLines(regions: readonly Region[]): TimingLine[] {
  const out: TimingLine[] = [];
  for (const r of regions) {
    if (r.scope !== 'test') continue;
    let clockRead = false;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (CLOCK.test(line)) clockRead = true;
      else if (clockRead && COMPARING_ASSERTION.test(line)) out.push({ region: r, line: i, kind: 'elapsed-assertion' });
    }
  }
  return out;
}
