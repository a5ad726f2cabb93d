// Failure texts of tests that race the clock, as the assertion libraries of every ecosystem print
// them. Two kinds: a measured duration that failed its bound (the test ran, only slower: strong on
// its own), and a wait that gave up (slow under load, or blocked on something another test holds:
// ambiguous, so a shared port or path in the sources still outranks it).
import type { Signature } from '../types.js';

/** A Go duration as `%v` prints it: `612.3ms`, `1.5s`, `1m2.5s`, `850µs`. */
const GO_DURATION = '\\d{1,9}[\\d.hmsµun]{0,20}(?:s|m|h)';

export const timingSignatures: readonly Signature[] = [
  {
    id: 'generic.measured-duration-compared',
    ecosystem: 'generic',
    // pytest rewrites `assert elapsed < 0.2` to `assert 0.2451878179999767 < 0.2`; unittest prints
    // `1.0213 not less than 1.0`. A clock difference has many decimals; counts and ratios rarely do.
    pattern: /\bassert \d{1,6}\.\d{4,20} ?[<>]=? ?\d{1,9}(?:\.\d{1,20})?(?![\d.])|\b\d{1,6}\.\d{4,20} not (?:less|greater) than\b/,
    cause: 'timing-under-load',
    weight: 0.5,
    note: 'A measured duration failed its bound: the code ran, but slower than the test allows, as it does when workers outnumber cores.',
  },
  {
    id: 'generic.duration-bound',
    ecosystem: 'generic',
    // testify `assert.Less(t, elapsed, 500*time.Millisecond)`: `"612.3ms" is not less than "500ms"`;
    // `assert.WithinDuration`: `... allowed is 100ms, but difference was 150ms`; JUnit 5
    // `assertTimeout`: `execution exceeded timeout of 100 ms by 23 ms`.
    pattern: new RegExp(
      `"${GO_DURATION}" is not (?:less|greater) than(?: or equal to)? "${GO_DURATION}"|\\ballowed is ${GO_DURATION}, but difference was\\b|\\bexecution exceeded timeout of \\d{1,9} ?ms\\b`,
    ),
    cause: 'timing-under-load',
    weight: 0.5,
    note: 'A duration assertion failed: the test measured the clock, and the machine was slower than its bound.',
  },
  {
    id: 'generic.elapsed-expectation',
    ecosystem: 'generic',
    // Jest/Vitest code frames quote the failing line: `expect(elapsed).toBeLessThan(100)`,
    // `expect(Date.now() - start).toBeLessThan(...)`; chai `expect(duration).to.be.below(50)`.
    pattern:
      /\bexpect\((?:[\w.]{0,40}(?:elapsed|duration|took|latency|delay|[a-z]Ms\b|[a-z]Time\b)[\w.]{0,40}|(?:Date|performance)\.now\(\)[^)\n]{0,80})\)\.(?:toBeLessThan|toBeLessThanOrEqual|toBeGreaterThan|toBeGreaterThanOrEqual|to\.be\.(?:below|above|at\.most|at\.least|lessThan|greaterThan|within))\(/i,
    cause: 'timing-under-load',
    weight: 0.5,
    note: 'An expectation on a measured duration failed: slower than its bound under load.',
  },
  {
    id: 'generic.took-too-long',
    ecosystem: 'generic',
    pattern: /\btook (?:too long|longer than (?:expected|allowed|\d{1,9}))|\bslower than (?:expected|allowed)\b|\bdid not (?:complete|finish|return) (?:with)?in \d{1,9}/i,
    cause: 'timing-under-load',
    weight: 0.5,
    note: 'The test says it ran too slowly: under load, by construction.',
  },
  {
    id: 'generic.durations-in-message',
    ecosystem: 'generic',
    // A failure message that reports two measured durations: `first gap 110ms, last gap 92ms`,
    // `took 612ms, expected under 500ms`: the test compared timings of its own.
    pattern: /\b\d{1,9}(?:\.\d{1,9})? ?ms\b[^\n]{1,80}\b\d{1,9}(?:\.\d{1,9})? ?ms\b/,
    cause: 'timing-under-load',
    weight: 0.45,
    note: 'The failure compares measured durations: the schedule the test expects slips under load.',
  },
  {
    id: 'generic.still-alive-after-stop',
    ecosystem: 'generic',
    // A process or task checked right after it was stopped: teardown is asynchronous (Java's
    // `destroyForcibly` documents that `isAlive()` may stay true for a while), and slower under load.
    pattern:
      /\b(?:still (?:alive|running)|remained alive|survived (?:cancellation|cancel|kill|termination|stop|shutdown|SIGTERM|SIGKILL)|did not (?:exit|terminate|shut down) (?:in time|after)|not (?:yet )?(?:exited|terminated|reaped))\b/i,
    cause: 'timing-under-load',
    weight: 0.4,
    note: 'Something stopped was still alive when checked: its asynchronous teardown is slower under load.',
  },
  {
    id: 'generic.wait-gave-up',
    ecosystem: 'generic',
    // Gomega `Timed out after 1.001s.`, testify `Condition never satisfied`, Awaitility
    // `ConditionTimeoutException ... within 100 milliseconds`, Playwright `Timeout 5000ms exceeded`,
    // Testing Library `Timed out in waitFor`, Kotlin `Timed out waiting for 1000 ms`, gRPC
    // `DEADLINE_EXCEEDED`, Java `SocketTimeoutException`, Go `i/o timeout`, trio `TooSlowError`.
    pattern:
      /\bTimed out after \d|\bCondition never satisfied\b|\bConditionTimeoutException\b|\bwas not fulfilled within\b|\bTimeout \d{1,9} ?ms exceeded\b|\bTimed out in waitFor\b|\bTimed out waiting for\b|\bDEADLINE_EXCEEDED\b|\bdeadline exceeded\b|\b(?:Socket|Condition|Interrupted)?TimeoutException\b|\bTimeoutCancellationException\b|\bi\/o timeout\b|\bTooSlowError\b|\b[Tt]imeout (?:waiting|exceeded|expired)\b/,
    cause: 'timing-under-load',
    weight: 0.5,
    ambiguous: true,
    note: 'A wait gave up: a slow machine under load, or a hang on a resource another test holds.',
  },
];
