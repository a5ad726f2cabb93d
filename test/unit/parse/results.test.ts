// How one testcase's children become its outcome, message, details and attempts.
import { describe, expect, it } from 'vitest';
import { junit, parseXml } from './parse-string.js';

const one = (markup: string) => {
  const report = parseXml(junit(markup));
  expect(report.status).toBe('ok');
  return report.tests;
};

describe('outcome', () => {
  it.each([
    ['<testcase name="t"/>', 'passed'],
    ['<testcase name="t"><skipped/></testcase>', 'skipped'],
    ['<testcase name="t"><failure/></testcase>', 'failed'],
    ['<testcase name="t"><error/></testcase>', 'error'],
    ['<testcase name="t"><skipped/><failure message="f"/><error message="e"/></testcase>', 'error'],
    ['<testcase name="t"><error message="e"/><failure message="f"/></testcase>', 'error'],
    ['<testcase name="t"><skipped/><failure message="f"/></testcase>', 'failed'],
    ['<testcase name="t"><flakyFailure message="f"/></testcase>', 'passed'],
    ['<testcase name="t"><rerunFailure message="r"/><rerunError message="e"/></testcase>', 'error'],
    ['<testcase name="t" status="disabled"/>', 'skipped'],
    ['<testcase name="t" status="disabled"><failure/></testcase>', 'failed'],
  ])('%s -> %s', (markup, outcome) => {
    expect(one(markup)[0]?.outcome).toBe(outcome);
  });

  it('the worst result element gives message and details', () => {
    const [test] = one('<testcase name="t"><failure message="f">fail text</failure><error message="e">error text</error></testcase>');
    expect(test).toMatchObject({ outcome: 'error', message: 'e', details: 'error text' });
  });
});

describe('identity', () => {
  it('duplicate ids are kept in order with occurrence 1, 2, ...; unique ids get none', () => {
    const tests = one('<testcase classname="c" name="a"/><testcase classname="c" name="b"/><testcase classname="c" name="a"><failure/></testcase><testcase classname="c" name="a"/>');
    expect(tests.map((t) => [t.name, t.outcome, t.occurrence])).toEqual([
      ['a', 'passed', 1],
      ['b', 'passed', undefined],
      ['a', 'failed', 2],
      ['a', 'passed', 3],
    ]);
  });

  it('a testcase without a name is kept as "(unnamed)"; without a classname it takes the suite name', () => {
    expect(one('<testcase/>')[0]).toMatchObject({ id: '::s::(unnamed)', classname: 's', name: '(unnamed)' });
    expect(parseXml('<testsuites><testcase name="x"/></testsuites>').tests[0]).toMatchObject({ id: '::::x', classname: '' });
  });

  it('a <testsuites> nested in another (merged reports) is one more level', () => {
    const xml = '<testsuites><testsuites><testsuite name="a"><testcase classname="c" name="n"/></testsuite></testsuites></testsuites>';
    expect(parseXml(xml)).toMatchObject({ status: 'ok', tests: [{ id: '::c::n' }] });
  });

  it('file comes from the testcase, else from the nearest suite with one', () => {
    const xml = '<testsuites><testsuite name="a" file="./spec/a.spec.ts"><testsuite name="b"><testcase classname="c" name="n"/><testcase classname="c" name="m" file="spec\\m.ts"/></testsuite></testsuite></testsuites>';
    expect(parseXml(xml).tests.map((t) => t.file)).toEqual(['spec/a.spec.ts', 'spec/m.ts']);
  });

  it("line is 1-based: pytest's 0-based line is converted only in pytest-shaped reports", () => {
    const pytest = '<testsuites name="pytest tests"><testsuite name="pytest"><testcase classname="m" name="t" file="m.py" line="9"/></testsuite></testsuites>';
    const pytest7 = '<testsuites><testsuite name="pytest"><testcase classname="m" name="t" line="0"/></testsuite></testsuites>';
    expect(parseXml(pytest).tests[0]?.line).toBe(10);
    expect(parseXml(pytest7).tests[0]?.line).toBe(1);
    expect(one('<testcase classname="m" name="t" line="9"/>')[0]?.line).toBe(9);
    expect(one('<testcase classname="m" name="t" line="nine"/>')[0]?.line).toBeUndefined();
  });
});

describe('values', () => {
  it.each([
    ['0.064925', 64.925],
    ['12', 12_000],
    ['1,234.5', 1_234_500],
    ['1e-3', 1],
    ['<<computed>>', undefined],
    ['', undefined],
    ['-1', undefined],
    ['0,5', undefined],
    ['NaN', undefined],
  ])('time=%j -> durationMs %j', (time, durationMs) => {
    const escaped = time.replace(/</g, '&lt;');
    expect(one(`<testcase name="t" time="${escaped}"/>`)[0]?.durationMs).toBe(durationMs);
  });

  it('message falls back to the first non-blank line of the text; attribute messages are trimmed', () => {
    const [a, b] = one('<testcase name="a"><failure>\n\n  Error: boom\n  at x</failure></testcase><testcase name="b"><failure message="\n  why  \n">text</failure></testcase>');
    expect(a).toMatchObject({ message: 'Error: boom', details: 'Error: boom\n  at x' });
    expect(b).toMatchObject({ message: 'why', details: 'text' });
  });

  it('CDATA and entity text are joined into details', () => {
    expect(one('<testcase name="t"><failure>a &lt; b <![CDATA[<raw> & ]]>c</failure></testcase>')[0]?.details).toBe('a < b <raw> & c');
  });

  it('properties flakegate_worker / _start / _end; other properties and suite properties are ignored', () => {
    const [test] = one(
      '<testcase name="t"><properties><property name="flakegate_worker" value="3"/><property name="flakegate_start" value="1700000000.5"/><property name="flakegate_end" value="1700000001"/><property name="other" value="x"/></properties></testcase>',
    );
    expect(test).toMatchObject({ worker: '3', startedAt: 1_700_000_000_500, endedAt: 1_700_000_001_000 });
  });

  it('retry attempts keep kind, message and stack (or their own output when there is no stack)', () => {
    const [test] = one(
      '<testcase name="t"><rerunFailure message="m1" type="T"><stackTrace>s1</stackTrace></rerunFailure><rerunError><system-out>out2</system-out></rerunError><failure message="final"/></testcase>',
    );
    expect(test?.attempts).toEqual([
      { outcome: 'failed', kind: 'rerunFailure', message: 'm1', details: 's1' },
      { outcome: 'error', kind: 'rerunError', message: 'out2', details: 'out2' },
    ]);
  });
});
