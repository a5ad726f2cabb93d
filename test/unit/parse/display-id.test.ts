// The display form of a test id: what every renderer prints and the quarantine file takes as written.
import { describe, expect, it } from 'vitest';
import { displayIds, displayTestId, testId } from '../../../src/parse/test-id.js';

describe('displayTestId', () => {
  it.each([
    // pytest xunit1: file + dotted module path (+ classes): the pytest node id.
    [{ file: 'tests/test_db.py', classname: 'tests.test_db.TestDb', name: 'test_insert' }, 'tests/test_db.py::TestDb::test_insert'],
    [{ file: 'tests/test_db.py', classname: 'tests.test_db.TestDb.TestInner', name: 'test_x[a-1]' }, 'tests/test_db.py::TestDb::TestInner::test_x[a-1]'],
    [{ file: 'tests/test_db.py', classname: 'tests.test_db', name: 'test_insert' }, 'tests/test_db.py::test_insert'],
    // pytest xunit2: no file, the classname stays.
    [{ classname: 'tests.test_db.TestDb', name: 'test_insert' }, 'tests.test_db.TestDb::test_insert'],
    // flakegate's Jest settings: classname = describe chain, or the file for a top-level test.
    [{ file: 'src/a.test.js', classname: 'Cart › totals', name: 'adds tax' }, 'src/a.test.js::Cart › totals::adds tax'],
    [{ file: 'src/a.test.js', classname: 'src/a.test.js', name: 'adds tax' }, 'src/a.test.js::adds tax'],
    // jest-junit's default naming: classname and name both `{classname} {title}`.
    [{ file: 'src/a.test.js', classname: 'Cart totals adds tax', name: 'Cart totals adds tax' }, 'src/a.test.js::Cart totals adds tax'],
    [{ classname: 'Cart adds tax', name: 'Cart adds tax' }, 'Cart adds tax'],
    // Vitest: the file only in classname.
    [{ classname: 'src/cart.test.ts', name: 'cart > adds tax' }, 'src/cart.test.ts::cart > adds tax'],
    // Go: package classname, subtest name.
    [{ file: 'pkg/db_test.go', classname: 'example.com/m/pkg', name: 'TestInsert/empty' }, 'pkg/db_test.go::example.com/m/pkg::TestInsert/empty'],
    [{ file: './a.py', classname: '', name: '  t  ' }, 'a.py::t'],
  ])('%j -> %s', (parts, display) => expect(displayTestId(parts)).toBe(display));

  it('falls back to the full id for tests it would make indistinguishable', () => {
    const parts = [
      { file: 'a.test.js', classname: 'a.test.js', name: 'works' },
      { file: 'a.test.js', classname: '', name: 'works' },
      { file: 'b.test.js', classname: 'b.test.js', name: 'works' },
    ];
    const forms = displayIds(parts.map((p) => ({ ...p, id: testId(p) })));
    expect([...forms.values()]).toEqual(['a.test.js::a.test.js::works', 'a.test.js::::works', 'b.test.js::works']);
  });
});
