// The quarantine file: strict validation with errors naming file, entry and field; matching;
// expiry against an injected "today"; stale entries.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import type { TestAnalysis } from '../../../src/model.js';
import { applyQuarantine, matchesPattern } from '../../../src/quarantine/apply.js';
import { parseQuarantine } from '../../../src/quarantine/parse.js';

const FILE = '.flakegate.yml';

function test(id: string): TestAnalysis {
  return { id, display: id, classname: 'c', name: id, verdict: 'parallel-only', confidence: 'likely', pValue: null, probParallelWorse: null, byWorkers: {}, threshold: null, cluster: null, messages: [], causes: [] };
}

describe('parseQuarantine', () => {
  it('reads entries with reason, owner or issue and an optional expiry', () => {
    const text = `quarantine:
  - test: "tests/test_db.py::TestDb::test_insert"
    reason: shares the sqlite file
    owner: "@db-team"
    expires: 2026-12-31
  - test: "tests/test_port.py::*"
    reason: fixed port 8080
    issue: https://github.com/o/r/issues/12
`;
    expect(parseQuarantine(text, FILE)).toEqual([
      { test: 'tests/test_db.py::TestDb::test_insert', reason: 'shares the sqlite file', owner: '@db-team', expires: '2026-12-31' },
      { test: 'tests/test_port.py::*', reason: 'fixed port 8080', issue: 'https://github.com/o/r/issues/12' },
    ]);
  });

  it('accepts an empty file or an empty list', () => {
    expect(parseQuarantine('', FILE)).toEqual([]);
    expect(parseQuarantine('quarantine: []\n', FILE)).toEqual([]);
  });

  it.each([
    ['quarantine: [', /^\.flakegate\.yml: not valid YAML/],
    ['- a\n', /expected a mapping with a 'quarantine' list/],
    ['tests: []\n', /unknown top-level key 'tests'; allowed: quarantine/],
    ['quarantine: {a: 1}\n', /'quarantine' must be a list/],
    ['quarantine:\n  - reason: r\n    owner: o\n', /entry 1: field 'test' is required/],
    ['quarantine:\n  - test: t\n    owner: o\n', /entry 1: field 'reason' is required/],
    ['quarantine:\n  - test: t\n    reason: r\n', /entry 1 \('t'\): needs 'owner' or 'issue'/],
    ['quarantine:\n  - test: t\n    reason: r\n    owner: o\n    expires: next week\n', /entry 1 \('t'\): field 'expires' is 'next week'; use a date YYYY-MM-DD/],
    ['quarantine:\n  - test: t\n    reason: r\n    owner: o\n    expires: "2026-02-30"\n', /field 'expires' is '2026-02-30'/],
    ['quarantine:\n  - test: t\n    reason: r\n    owner: o\n    until: 2026-01-01\n', /entry 1: unknown field 'until'; allowed: test, reason, owner, issue, expires/],
    ['quarantine:\n  - test: t\n    reason: r\n    owner: o\n  - test: t\n    reason: r\n    owner: o\n', /entry 2: test 't' is listed twice/],
    ['quarantine:\n  - test: [a]\n    reason: r\n    owner: o\n', /entry 1: field 'test' must be text, got a list/],
  ])('rejects %j with a clear error', (text, message) => {
    expect(() => parseQuarantine(text, FILE)).toThrow(message);
    expect(() => parseQuarantine(text, FILE)).toThrow(ConfigError);
  });
});

describe('applyQuarantine', () => {
  const entries = parseQuarantine(
    `quarantine:
  - {test: "a.py::t1", reason: r1, owner: "@me", expires: "2026-11-23"}
  - {test: "b.py::*", reason: r2, issue: "#4"}
  - {test: "c.py::old", reason: r3, owner: "@you", expires: "2026-11-22"}
  - {test: "gone.py::t", reason: r4, owner: "@me"}
`,
    FILE,
  );

  it('marks matching tests (exact id or glob) and keeps their verdicts', () => {
    const out = applyQuarantine([test('a.py::t1'), test('b.py::x::y'), test('z.py::t')], entries, '2026-11-23', FILE);
    expect(out.tests.map((t) => [t.id, t.verdict, t.quarantined?.entry])).toEqual([
      ['a.py::t1', 'parallel-only', 'a.py::t1'],
      ['b.py::x::y', 'parallel-only', 'b.py::*'],
      ['z.py::t', 'parallel-only', undefined],
    ]);
    expect(out.tests[0]?.quarantined).toEqual({ entry: 'a.py::t1', reason: 'r1', owner: '@me', expires: '2026-11-23' });
  });

  it('an entry holds through its expiry day; the day after it expires loudly and quarantines nothing', () => {
    const out = applyQuarantine([test('c.py::old'), test('a.py::t1')], entries, '2026-11-24', FILE);
    expect(out.expired).toEqual(['a.py::t1 (expired 2026-11-23)', 'c.py::old (expired 2026-11-22)']);
    expect(out.tests.every((t) => t.quarantined === undefined)).toBe(true);
    expect(out.warnings).toContain(".flakegate.yml: quarantine of 'c.py::old' expired on 2026-11-22; renew it with a new date or fix the test and remove the entry (owner @you)");
  });

  it('warns about entries matching no test (stale)', () => {
    const out = applyQuarantine([test('a.py::t1')], entries, '2026-11-01', FILE);
    expect(out.warnings).toEqual([
      ".flakegate.yml: quarantine entry 'b.py::*' matches no test in this run (stale? remove it when the test is gone)",
      ".flakegate.yml: quarantine entry 'c.py::old' matches no test in this run (stale? remove it when the test is gone)",
      ".flakegate.yml: quarantine entry 'gone.py::t' matches no test in this run (stale? remove it when the test is gone)",
    ]);
  });

  it('globs are literal apart from *', () => {
    expect(matchesPattern('a.py::t[1]', 'a.py::t[1]')).toBe(true);
    expect(matchesPattern('a.py::t.*', 'a.py::tX1')).toBe(false);
    expect(matchesPattern('a.py::t.*', 'a.py::t.1')).toBe(true);
  });
});
