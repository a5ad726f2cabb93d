// Quarantine entries written in any form a user may paste: the display form, the full id, a pytest
// node id, `classname > name`, `file::name`; ambiguous forms and near misses warn.
import { describe, expect, it } from 'vitest';
import type { TestAnalysis } from '../../../src/model.js';
import { displayIds, testId } from '../../../src/parse/test-id.js';
import { applyQuarantine } from '../../../src/quarantine/apply.js';
import { boundedDistance } from '../../../src/quarantine/match.js';
import { parseQuarantine } from '../../../src/quarantine/parse.js';

const FILE = '.flakegate.yml';

function tests(parts: readonly { file?: string; classname: string; name: string }[]): TestAnalysis[] {
  const withIds = parts.map((p) => ({ ...p, id: testId(p) }));
  const display = displayIds(withIds);
  return withIds.map((p) => ({
    id: p.id,
    display: display.get(p.id) ?? p.id,
    ...(p.file === undefined ? {} : { file: p.file }),
    classname: p.classname,
    name: p.name,
    verdict: 'parallel-only',
    confidence: 'confirmed',
    pValue: null,
    probParallelWorse: null,
    byWorkers: {},
    threshold: null,
    cluster: null,
    messages: [],
    causes: [],
  }));
}

const entry = (test: string, extra = ''): string => `  - test: ${JSON.stringify(test)}\n    reason: r\n    owner: "@me"\n${extra}`;
function apply(suite: TestAnalysis[], lines: string[], today = '2026-06-01'): ReturnType<typeof applyQuarantine> {
  return applyQuarantine(suite, parseQuarantine(`quarantine:\n${lines.join('')}`, FILE), today, FILE);
}
const quarantined = (out: ReturnType<typeof applyQuarantine>): string[] => out.tests.filter((t) => t.quarantined).map((t) => t.display);

const pytestSuite = tests([
  { file: 'tests/test_db.py', classname: 'tests.test_db.TestDb', name: 'test_insert' },
  { file: 'tests/test_db.py', classname: 'tests.test_db.TestDb', name: 'test_delete' },
  { file: 'tests/test_api.py', classname: 'tests.test_api', name: 'test_insert' },
]);

describe('quarantine entries in the forms users paste', () => {
  it.each([
    ['the display form (terminal, comment, report.md, gate)', 'tests/test_db.py::TestDb::test_insert'],
    ['the full id (report.json)', 'tests/test_db.py::tests.test_db.TestDb::test_insert'],
    ['classname > name (older report.md)', 'tests.test_db.TestDb > test_insert'],
    ['with stray whitespace and a leading ./', '  ./tests/test_db.py::TestDb::test_insert '],
  ])('%s', (_, form) => {
    const out = apply(pytestSuite, [entry(form)]);
    expect(quarantined(out)).toEqual(['tests/test_db.py::TestDb::test_insert']);
    expect(out.warnings).toEqual([]);
  });

  it('a pytest node id matches a report without files (xunit2)', () => {
    const suite = tests([{ classname: 'tests.test_db.TestDb', name: 'test_insert' }]);
    expect(suite[0]?.display).toBe('tests.test_db.TestDb::test_insert');
    expect(quarantined(apply(suite, [entry('tests/test_db.py::TestDb::test_insert')]))).toEqual(['tests.test_db.TestDb::test_insert']);
  });

  it('a Jest title path and a Vitest console path match', () => {
    const jest = tests([{ file: 'src/cart.test.js', classname: 'Cart › totals', name: 'adds tax' }]);
    expect(quarantined(apply(jest, [entry('Cart › totals › adds tax')]))).toEqual(['src/cart.test.js::Cart › totals::adds tax']);
    const vitest = tests([{ classname: 'src/cart.test.ts', name: 'cart > adds tax' }]);
    expect(quarantined(apply(vitest, [entry('src/cart.test.ts > cart > adds tax')]))).toEqual(['src/cart.test.ts::cart > adds tax']);
  });

  it('jest-junit default naming: the title once, and the doubled full id still matches', () => {
    const suite = tests([{ file: 'a.test.js', classname: 'Cart adds tax', name: 'Cart adds tax' }]);
    expect(suite[0]?.display).toBe('a.test.js::Cart adds tax');
    expect(quarantined(apply(suite, [entry('a.test.js::Cart adds tax')]))).toEqual(['a.test.js::Cart adds tax']);
    expect(quarantined(apply(suite, [entry('a.test.js::Cart adds tax::Cart adds tax')]))).toEqual(['a.test.js::Cart adds tax']);
  });

  it('a form that fits several tests quarantines none and names them', () => {
    const suite = tests([
      { file: 'tests/a.py', classname: 'tests.a.TestX', name: 'test_one' },
      { file: 'tests/b.py', classname: 'tests.b.TestX', name: 'test_one' },
      { classname: 'TestX', name: 'test_one', file: 'c.py' },
      { classname: 'TestX', name: 'test_one', file: 'd.py' },
    ]);
    const out = apply(suite, [entry('TestX > test_one')]);
    expect(quarantined(out)).toEqual([]);
    expect(out.warnings).toEqual([
      ".flakegate.yml: quarantine entry 'TestX > test_one' fits 2 tests ('c.py::TestX::test_one', 'd.py::TestX::test_one'), so it quarantines none; write the id as flakegate prints it, or a pattern with *",
    ]);
  });

  it('an entry matching nothing names the closest test', () => {
    const out = apply(pytestSuite, [entry('tests/test_db.py::TestDb::test_insrt')]);
    expect(quarantined(out)).toEqual([]);
    expect(out.warnings).toEqual([
      ".flakegate.yml: quarantine entry 'tests/test_db.py::TestDb::test_insrt' matches no test in this run; closest: 'tests/test_db.py::TestDb::test_insert' (stale? remove it when the test is gone)",
    ]);
    expect(apply(pytestSuite, [entry('tests/test_other.py::test_unrelated_thing')]).warnings[0]).not.toMatch(/closest/);
  });

  it('globs match the display form and the full id', () => {
    expect(quarantined(apply(pytestSuite, [entry('tests/test_db.py::TestDb::*')]))).toEqual(['tests/test_db.py::TestDb::test_insert', 'tests/test_db.py::TestDb::test_delete']);
    expect(quarantined(apply(pytestSuite, [entry('*::tests.test_api::*')]))).toEqual(['tests/test_api.py::test_insert']);
  });

  it('an expired entry fails the gate only while it still matches a test', () => {
    const expiredLine = '    expires: 2026-01-31\n';
    const live = apply(pytestSuite, [entry('tests/test_db.py::TestDb::test_insert', expiredLine)]);
    expect(live.expired).toEqual(['tests/test_db.py::TestDb::test_insert (expired 2026-01-31)']);
    expect(quarantined(live)).toEqual([]);
    const gone = apply(pytestSuite, [entry('tests/test_gone.py::test_removed', expiredLine)]);
    expect(gone.expired).toEqual([]);
    expect(gone.warnings).toEqual([".flakegate.yml: quarantine entry 'tests/test_gone.py::test_removed' expired on 2026-01-31 and matches no test in this run; remove it (owner @me)"]);
  });
});

describe('boundedDistance', () => {
  it.each([
    ['kitten', 'sitting', 9, 3],
    ['abc', 'abc', 0, 0],
    ['abc', 'abcdef', 2, 3],
    ['flaw', 'lawn', 5, 2],
  ])('%s -> %s (max %i) = %i', (a, b, max, d) => expect(boundedDistance(a, b, max)).toBe(d));
});

describe("the README's quarantine example", () => {
  it('matches real tests of the quick-start example and never expires', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..', '..', '..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const block = /For the\s+quick-start example:\s+```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const expected = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'pytest', 'basic', 'expected.json'), 'utf8')) as { tests: Record<string, string> };
    // The fixture's tests as pytest's xunit1 report names them (module-level functions).
    const suite = tests(
      Object.keys(expected.tests).map((key) => {
        const [file = '', name = ''] = key.split('::');
        return { file, classname: file.replace(/\.py$/, '').replace(/\//g, '.'), name };
      }),
    );
    const entries = parseQuarantine(block ?? '', 'README.md');
    expect(entries.length).toBeGreaterThan(0);
    const out = applyQuarantine(suite, entries, '2999-12-31', 'README.md');
    expect(out.warnings).toEqual([]);
    expect(out.expired).toEqual([]);
    for (const e of entries) expect(out.tests.some((t) => t.quarantined?.entry === e.test), e.test).toBe(true);
  });
});
