// Each dialect against the reference walk in its *.expected.json, plus what each one is known for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Outcome, ParsedReport, TestCase } from '../../../src/model.js';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { sampleNames, samplePath } from './samples.js';

interface ExpectedCase {
  readonly classname: string | null;
  readonly name: string | null;
  readonly status: 'passed' | 'failure' | 'error' | 'skipped' | 'passed-flaky';
}

const OUTCOME: Record<ExpectedCase['status'], Outcome> = {
  passed: 'passed',
  failure: 'failed',
  error: 'error',
  skipped: 'skipped',
  'passed-flaky': 'passed',
};

const parse = (name: string): Promise<ParsedReport> => parseJunitFile(samplePath(name));

function byName(report: ParsedReport, name: string): TestCase {
  const found = report.tests.find((t) => t.name === name);
  if (found === undefined) throw new Error(`no test named ${name}`);
  return found;
}

const wellFormed = sampleNames().filter((n) => !n.startsWith('crash/') && !n.startsWith('handmade/'));

describe('every generated-here sample matches its reference walk', () => {
  it.each(wellFormed)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(samplePath(name.replace(/\.xml$/, '.expected.json')), 'utf8')) as {
      testcases: ExpectedCase[];
    };
    const report = await parse(name);
    expect(report.status).toBe('ok');
    expect(report.tests.map((t) => t.outcome)).toEqual(expected.testcases.map((c) => OUTCOME[c.status]));
    expected.testcases.forEach((want, i) => {
      const got = report.tests[i];
      // Documented normalisations: no name -> "(unnamed)", node:test prefixes the suite path.
      const wantName = want.name ?? '(unnamed)';
      expect(got?.name === wantName || got?.name.endsWith(` > ${wantName}`)).toBe(true);
      if (want.classname) expect(got?.classname).toBe(want.classname);
      if (want.status === 'passed-flaky') expect(got?.attempts?.length).toBeGreaterThan(0);
    });
  });
});

describe('dialects', () => {
  it('pytest xunit2: duplicate name from failure + teardown error kept as two occurrences', async () => {
    const report = await parse('pytest/pytest9-xunit2.xml');
    const dups = report.tests.filter((t) => t.name === 'test_fail_and_teardown_error');
    expect(dups.map((t) => [t.outcome, t.occurrence])).toEqual([
      ['failed', 1],
      ['error', 2],
    ]);
    expect(dups[0]?.id).toBe('::test_sample::test_fail_and_teardown_error');
    expect(byName(report, 'test_xfail').outcome).toBe('skipped');
    expect(byName(report, 'test_pass').occurrence).toBeUndefined();
  });

  it('pytest xunit1: file kept, 0-based line made 1-based, ids stable against xdist', async () => {
    const serial = await parse('pytest/pytest9-xunit1-logging-all.xml');
    const fail = byName(serial, 'test_fail');
    expect(fail).toMatchObject({ file: 'test_sample.py', line: 8, classname: 'test_sample.TestThing' });
    expect(fail.id).toBe('test_sample.py::test_sample.TestThing::test_fail');
    const xdist = await parse('pytest/pytest7-xdist-worker-crash.xml');
    const xunit2 = await parse('pytest/pytest9-xunit2.xml');
    // Same framework and family, serial vs -n 2: the same ids (order differs: completion order).
    const ids = (r: ParsedReport): string[] => [...new Set(r.tests.map((t) => t.id))].sort();
    expect(ids(xdist)).toEqual(ids(xunit2));
  });

  it('pytest-xdist worker crash: message unchanged, worker recorded', async () => {
    const crash = byName(await parse('pytest/pytest7-xdist-worker-crash.xml'), 'test_crash_worker');
    expect(crash.outcome).toBe('error');
    expect(crash.message).toBe(
      `failed on setup with "worker 'gw1' crashed while running 'test_sample.py::test_crash_worker'"`,
    );
    expect(crash.worker).toBe('gw1');
  });

  it('pytest collection error and SIGINT-interrupted (unnamed) testcases are kept', async () => {
    const collect = await parse('pytest/pytest9-collection-error.xml');
    expect(collect.tests).toMatchObject([{ classname: 'pytest', name: 'test_collect_error', outcome: 'error' }]);
    const sigint = await parse('pytest/pytest9-sigint-interrupted.xml');
    expect(sigint.tests.map((t) => t.id)).toEqual(['::test_hang::test_quick', '::pytest::(unnamed)']);
  });

  it('jest-junit: message from the first stack line when the attribute is missing; suite errors twice', async () => {
    const report = await parse('jest-junit/jest30-jest-junit17-configured.xml');
    const failing = report.tests.find((t) => t.name.startsWith('fails'));
    expect(failing).toMatchObject({ file: 'math.test.js', classname: 'outer inner', outcome: 'failed' });
    expect(failing?.message).toBe('Error: expect(received).toEqual(expected) // deep equality');
    const suiteErrors = report.tests.filter((t) => t.classname === 'Test suite failed to run');
    expect(suiteErrors.map((t) => [t.outcome, t.occurrence])).toEqual([
      ['error', 1],
      ['failed', 2],
    ]);
  });

  it('vitest: classname is the file, name the describe path', async () => {
    const report = await parse('vitest/vitest4.1-junit.xml');
    expect(report.tests.some((t) => t.name === 'outer > inner > passes')).toBe(true);
  });

  it('node:test: raw ESC replaced, suite path prefixed, top-level cases directly under <testsuites>', async () => {
    const report = await parse('node-test/node20-test-reporter-junit.xml');
    expect(report.status).toBe('ok');
    const throws = byName(report, 'outer > inner > throws');
    expect(throws.message).toBe('boom \uFFFD[31mred\uFFFD[0m');
    expect(throws.id).toBe('::test::outer > inner > throws');
    expect(byName(report, 'top-level 1e3').outcome).toBe('passed');
    expect(report.tests[0]?.name).toBe('/home/runner/work/demo/broken.test.js');
  });

  it('mocha-junit-reporter and the built-in xunit reporter', async () => {
    const mjr = await parse('mocha-junit-reporter/mocha11-mjr2.2.1.xml');
    expect(mjr.tests.some((t) => t.name.includes('"before all" hook'))).toBe(true);
    const xunit = await parse('handmade/mocha-xunit.xml');
    expect(xunit.tests.map((t) => t.outcome)).toEqual(['passed', 'failed', 'skipped']);
    expect(xunit.tests[1]?.message).toBe('listen EADDRINUSE: address already in use :::3000');
  });

  it('gotestsum: package classname and slash subtests', async () => {
    const report = await parse('gotestsum/gotestsum1.8.2-go1.19.xml');
    const sub = byName(report, 'TestSub/case_b/with_slash');
    expect(sub.id).toBe('::example.com/demo/pkg::TestSub/case_b/with_slash');
    expect(sub.message).toBe('Failed');
    expect(sub.details).toContain('sub failed');
  });

  it('Surefire: flakyFailure only = passed with attempts; rerun* precede the final failure', async () => {
    const report = await parse('handmade/surefire-retries.xml');
    const evicts = byName(report, 'evicts');
    expect(evicts.outcome).toBe('passed');
    expect(evicts.durationMs).toBe(1_234_500);
    expect(evicts.attempts).toEqual([
      {
        outcome: 'failed',
        kind: 'flakyFailure',
        message: 'expected:<1> but was:<2>',
        details: 'java.lang.AssertionError: expected:<1> but was:<2>\n\tat com.example.CacheTest.evicts(CacheTest.java:42)',
      },
      {
        outcome: 'error',
        kind: 'flakyError',
        message: 'Connection refused',
        details: 'java.net.ConnectException: Connection refused',
      },
    ]);
    const writes = byName(report, 'writes');
    expect(writes.outcome).toBe('failed');
    expect(writes.message).toBe('final failure');
    expect(writes.attempts?.map((a) => [a.kind, a.outcome])).toEqual([
      ['rerunFailure', 'failed'],
      ['rerunError', 'error'],
    ]);
    expect(byName(report, 'ignored')).toMatchObject({ outcome: 'skipped', message: '@Disabled' });
  });

  it('Playwright with retries: flaky = passed with flakyFailure, failed with rerunFailure', async () => {
    const report = await parse('playwright/playwright1.65-junit-includeRetries.xml');
    expect(byName(report, 'outer › inner › flaky')).toMatchObject({ outcome: 'passed', attempts: [{ kind: 'flakyFailure' }] });
    expect(byName(report, 'outer › inner › throws')).toMatchObject({ outcome: 'error', attempts: [{ kind: 'rerunError' }] });
  });

  it('web-test-runner: `time="<<computed>>"` is read (no duration), not a parse failure', async () => {
    const report = await parse('handmade/web-test-runner-computed.xml');
    expect(report.status).toBe('ok');
    expect(report.tests[0]).toEqual({ id: 'test/a.test.js::a::works', file: 'test/a.test.js', classname: 'a', name: 'works', outcome: 'passed' });
    expect(report.tests[1]?.durationMs).toBe(2);
  });

  it('tst: status attribute used when there is no result element; system-out feeds details', async () => {
    const report = await parse('handmade/tst-status.xml');
    expect(report.tests.map((t) => [t.classname, t.outcome])).toEqual([
      ['factorial', 'passed'],
      ['factorial', 'skipped'],
      ['factorial', 'failed'],
      ['factorial', 'error'],
    ]);
    expect(report.tests[2]?.details).toBe('check_eq(1, 2) at main.cpp:9');
  });

  it("flakegate's pytest plugin properties become worker and epoch-millisecond times", async () => {
    const report = await parse('handmade/flakegate-properties.xml');
    expect(report.tests[0]).toMatchObject({ worker: 'gw1', startedAt: 1763798400125, endedAt: 1763798400375 });
    expect(report.tests[0]?.message).toBe('sqlite3.OperationalError: database is locked');
    expect(report.tests[1]).toMatchObject({ worker: 'gw0' });
    expect(report.tests[1]?.startedAt).toBeUndefined();
  });

  it('PHPUnit and RSpec read with their file attributes', async () => {
    const php = await parse('phpunit/phpunit9.6.7.xml');
    expect(php.tests.every((t) => t.file?.startsWith('/home/runner/work/demo/'))).toBe(true);
    const rspec = await parse('rspec/rspec3.12-rspec_junit_formatter0.4.1.xml');
    expect(rspec.tests.length).toBe(5);
  });

  it('crashed runs are never ok: killed node:test (52 bytes) is invalid, killed vitest (0 bytes) is empty', async () => {
    expect(await parse('crash/node20-test-junit-sigkill.xml')).toEqual({
      status: 'invalid',
      error: 'truncated report: it ends inside <testsuites> (line 3, column 1)',
      tests: [],
    });
    expect((await parse('crash/vitest4.1-junit-sigkill.xml')).status).toBe('empty');
  });
});
