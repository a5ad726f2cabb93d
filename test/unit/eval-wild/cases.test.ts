// The wild-case dataset's schema (scripts/eval-wild/cases.ts) on synthetic cases.
import { describe, expect, it } from 'vitest';
import { CaseError, validateCase, validateDataset } from '../../../scripts/eval-wild/cases.js';
import { sha, validCase } from './sample-case.js';

describe('wild cases: schema', () => {
  it('accepts a complete case and keeps its facts', () => {
    const c = validateCase(validCase(), 0);
    expect(c.victims[0]).toEqual({ file: 'tests/test_cache.py', name: 'test_writes_cache' });
    expect(c.failure?.text).toContain('/tmp/cache.json');
  });

  it('accepts a case without failure text (null)', () => {
    expect(validateCase(validCase({ failure: null }), 0).failure).toBeNull();
  });

  it.each([
    [{ before: 'abc' }, /"before" .* does not match/],
    [{ fix: sha('a') }, /same commit/],
    [{ cause: 'unknown' }, /cause "unknown" is not one of/],
    [{ framework: 'rspec' }, /framework "rspec" is not one of/],
    [{ repo: 'not a repo' }, /"repo"/],
    [{ victims: [] }, /"victims" must be a list of at least 1/],
    [{ stable: [] }, /"stable" must be a list of at least 1/],
    [{ victims: [{ file: '../etc/passwd', name: 't' }] }, /must be relative/],
    [{ victims: [{ file: '/abs/test.py', name: 't' }] }, /must be relative/],
    [{ fixFiles: ['a/../b.py'] }, /must be relative/],
    [{ link: 'http://example.com/x' }, /"link"/],
    [{ extra: 1 }, /unknown field "extra"/],
    [{ split: 'train' }, /"split" must be "tune" or "holdout"/],
    [{ framework: 'go', victims: [{ file: 'pkg/a_test.go', name: 'CheckA' }] }, /starts with Test/],
    [{ framework: 'go', victims: [{ file: 'pkg/a.go', name: 'TestA' }] }, /_test\.go/],
    [{ framework: 'junit', dialect: 'surefire', victims: [{ file: 'src/test/java/A.java', name: 'a' }] }, /need "class"/],
    [{ framework: 'junit', victims: [{ file: 'src/test/java/A.java', class: 'a.A', name: 'a' }] }, /"dialect"/],
    [{ root: 'pkg', victims: [{ file: 'tests/test_a.py', name: 't' }] }, /outside the project root/],
    [{ stable: [{ file: 'tests/test_cache.py', name: 'test_writes_cache' }] }, /listed twice/],
    [{ stable: [{ file: 'tests/t.py', name: 't', text: 'boom' }] }, /cannot have a failure text/],
    [{ failure: { text: 'x'.repeat(5000), source: 'https://github.com/a/b' } }, /longer than/],
  ])('rejects bad case #%#', (over, message) => {
    expect(() => validateCase(validCase(over), 0)).toThrow(CaseError);
    expect(() => validateCase(validCase(over), 0)).toThrow(message);
  });

  it('requires a split unless asked not to', () => {
    const { split: _, ...noSplit } = validCase();
    expect(() => validateCase(noSplit, 0)).toThrow(/"split" is missing/);
    expect(validateCase(noSplit, 0, false).split).toBeUndefined();
  });

  it('rejects duplicate ids and a repository on both sides of the split', () => {
    expect(() => validateDataset({ cases: [validCase(), validCase()] })).toThrow(/id used twice/);
    expect(() => validateDataset({ cases: [validCase(), validCase({ id: 'demo-two', split: 'holdout' })] })).toThrow(/both halves/);
    expect(validateDataset({ cases: [validCase(), validCase({ id: 'demo-two' })] }).cases).toHaveLength(2);
    expect(() => validateDataset([])).toThrow(/expected \{"cases"/);
  });
});
