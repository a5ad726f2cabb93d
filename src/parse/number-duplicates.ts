import type { TestCase } from '../model.js';

/**
 * Give every test whose id occurs more than once in a report its 1-based `occurrence`, in
 * document order. Duplicates are real data (pytest writes a failing test and its failing
 * teardown as two testcases; web-test-runner writes each retry), so they are never merged.
 * Tests with a unique id get no `occurrence`.
 */
export function numberDuplicates(tests: readonly TestCase[]): TestCase[] {
  // First pass with Sets only: most reports have no duplicate at all, and then nothing is copied.
  const once = new Set<string>();
  const twice = new Set<string>();
  for (const test of tests) {
    // One hash operation per test: `add` of a present id leaves the size as it was.
    const before = once.size;
    if (once.add(test.id).size === before) twice.add(test.id);
  }
  if (twice.size === 0) return [...tests];
  const counts = new Map<string, number>();
  for (const test of tests) if (twice.has(test.id)) counts.set(test.id, (counts.get(test.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  return tests.map((test) => {
    if ((counts.get(test.id) ?? 0) < 2) return test;
    const occurrence = (seen.get(test.id) ?? 0) + 1;
    seen.set(test.id, occurrence);
    return { ...test, occurrence };
  });
}
