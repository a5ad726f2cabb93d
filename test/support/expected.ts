// Matches a report against a fixture's expected.json: keys are '<file>::<test name>'; a reported
// test matches when its file ends with the file part and its name contains the name part.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report, TestAnalysis } from '../../src/model.js';

export interface Expected {
  readonly tests: Readonly<Record<string, string>>;
  readonly causes?: Readonly<Record<string, string>>;
  readonly clusters?: readonly (readonly string[])[];
}

export function readExpected(fixtureDir: string): Expected {
  return JSON.parse(readFileSync(join(fixtureDir, 'expected.json'), 'utf8')) as Expected;
}

export function findTest(report: Report, key: string): TestAnalysis[] {
  const sep = key.indexOf('::');
  const file = key.slice(0, sep);
  const name = key.slice(sep + 2);
  return report.tests.filter((t) => (t.file ?? t.classname).endsWith(file) && t.name.includes(name));
}

/** key -> verdict as reported (or 'missing'), for one readable toEqual. */
export function verdictsOf(report: Report, expected: Expected): Record<string, string> {
  return Object.fromEntries(Object.keys(expected.tests).map((k) => [k, findTest(report, k).map((t) => t.verdict).join(',') || 'missing']));
}
