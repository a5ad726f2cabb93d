import { describe, expect, it } from 'vitest';
import { normaliseFile, testId } from '../../../src/parse/test-id.js';

describe('testId', () => {
  it('joins file, classname and name with ::', () => {
    expect(testId({ file: 'tests/test_db.py', classname: 'tests.test_db.TestX', name: 'test_a[1]' })).toBe(
      'tests/test_db.py::tests.test_db.TestX::test_a[1]',
    );
  });

  it('leaves the file segment empty when there is none', () => {
    expect(testId({ classname: 'example.com/pkg', name: 'TestSub/case_b/with_slash' })).toBe(
      '::example.com/pkg::TestSub/case_b/with_slash',
    );
  });

  it('normalises path separators and leading ./ in the file only', () => {
    expect(testId({ file: '.\\src\\a.test.ts', classname: 'a\\b', name: 'x/y' })).toBe('src/a.test.ts::a\\b::x/y');
    expect(normaliseFile('././tests//unit/a.py')).toBe('tests/unit/a.py');
    expect(normaliseFile('/abs/path.py')).toBe('/abs/path.py');
  });

  it('collapses whitespace so re-wrapped names keep their id', () => {
    expect(testId({ classname: ' outer   inner ', name: 'does\n  a thing\t' })).toBe('::outer inner::does a thing');
  });

  it('keeps describe paths and parameter ids as written', () => {
    expect(testId({ file: 'math.test.ts', classname: 'math.test.ts', name: 'outer > inner > adds' })).toBe(
      'math.test.ts::math.test.ts::outer > inner > adds',
    );
    expect(testId({ classname: 'm', name: 'test_p[a/b::c]' })).toBe('::m::test_p[a/b::c]');
  });
});
