import { describe, expect, it } from 'vitest';
import { parseSecondsToMs } from '../../../src/parse/case-values.js';
import { parseXml } from './parse-string.js';
import { identityOf, testId } from '../../../src/parse/test-id.js';

describe('identityOf', () => {
  it('returns one shared identity per raw parts, equal to testId', () => {
    const a = identityOf('./tests\\test_db.py', 'tests.test_db', 'test  x');
    const b = identityOf('./tests\\test_db.py', 'tests.test_db', 'test  x');
    expect(b).toBe(a);
    expect(a).toEqual({ ...a, id: testId({ file: 'tests/test_db.py', classname: 'tests.test_db', name: 'test  x' }), file: 'tests/test_db.py' });
    expect(a.id).toBe('tests/test_db.py::tests.test_db::test x');
  });

  it('tells apart parts that differ only in the file, and treats a blank file as none', () => {
    const withFile = identityOf('a.py', 'mod', 'same');
    const other = identityOf('b.py', 'mod', 'same');
    const none = identityOf(undefined, 'mod', 'same');
    const blank = identityOf('   ', 'mod', 'same');
    expect(new Set([withFile.id, other.id, none.id])).toEqual(new Set(['a.py::mod::same', 'b.py::mod::same', '::mod::same']));
    expect(blank.file).toBeUndefined();
    expect(blank.id).toBe('::mod::same');
  });

  it('keeps one identity per class when many classes share a test name (Surefire\'s `shouldX` in every class)', () => {
    const first = Array.from({ length: 50 }, (_, k) => identityOf(undefined, `com.acme.C${k}Test`, 'shouldCache'));
    const again = Array.from({ length: 50 }, (_, k) => identityOf(undefined, `com.acme.C${k}Test`, 'shouldCache'));
    expect(new Set(first.map((i) => i.id)).size).toBe(50);
    again.forEach((identity, k) => expect(identity).toBe(first[k]));
    expect(first[7]?.id).toBe('::com.acme.C7Test::shouldCache');
  });
});

describe('parseSecondsToMs', () => {
  it('reads plain decimals (fast path) and the other written forms alike', () => {
    expect(parseSecondsToMs('0.0123')).toBe(12.3);
    expect(parseSecondsToMs('12')).toBe(12000);
    expect(parseSecondsToMs('5.')).toBe(5000);
    expect(parseSecondsToMs('.5')).toBe(500);
    expect(parseSecondsToMs(' 1.5 ')).toBe(1500);
    expect(parseSecondsToMs('1,234.5')).toBe(1234500);
    expect(parseSecondsToMs('1e-3')).toBe(1);
  });

  it('rejects what is not a number of seconds', () => {
    for (const bad of ['', '1.2.3', '-1', '0x10', 'Infinity', '<<computed>>', '1,5']) expect(parseSecondsToMs(bad)).toBeUndefined();
  });
});

describe('cases of several reports', () => {
  it('share identity strings yet keep each report its own outcome, timing and text', () => {
    const report = (outcome: string, time: string) =>
      `<testsuite name="s"><testcase classname="m" name="t" file="t.py" time="${time}">${outcome}</testcase>` +
      `<testcase classname="m" name="u" time="0.1"/></testsuite>`;
    const one = parseXml(report('<failure message="boom">trace</failure>', '0.25'));
    const two = parseXml(report('', '0.5'));
    expect(one.tests[0]).toMatchObject({ id: 't.py::m::t', outcome: 'failed', message: 'boom', details: 'trace', durationMs: 250 });
    expect(two.tests[0]).toMatchObject({ id: 't.py::m::t', outcome: 'passed', durationMs: 500 });
    expect(two.tests[0]).not.toHaveProperty('message');
    expect(two.tests.map((t) => t.id)).toEqual(one.tests.map((t) => t.id));
  });
});
