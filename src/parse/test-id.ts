import type { TestId } from '../model.js';

/** The parts of a testcase that identify it. */
export interface TestIdParts {
  readonly file?: string | undefined;
  readonly classname: string;
  readonly name: string;
}

/**
 * Normalise a report path: `\` becomes `/` (Windows runners), leading `./` goes, whitespace
 * collapses. Absolute paths stay absolute: within one flakegate run every report comes from the
 * same checkout, and guessing a root would make ids depend on where we guessed.
 */
export function normaliseFile(file: string): string {
  let path = collapseWhitespace(file).replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The stable id of a test: `file::classname::name`.
 *
 * Rule: `file` is normalised as in `normaliseFile` (empty when the report has none: pytest's
 * default xunit2, Surefire, gotestsum); `classname` and `name` are taken as the reader produced
 * them with runs of whitespace collapsed to one space and the ends trimmed. Nothing else is
 * rewritten, because each framework already writes the same attributes for the same test in
 * every run: pytest writes `classname="pkg.test_mod.TestClass"` and `name="test_x[param]"`
 * with or without xdist; jest-junit writes the `describe … it` path it is configured for;
 * Vitest writes `classname=<file>` and `name="outer > inner > test"`; gotestsum writes
 * `classname=<package>` and `name="TestName/subtest"` (slashes in names are kept: they are
 * Go's subtest separator, not paths). node:test's constant `classname="test"` is made unique
 * by the reader, which prefixes the enclosing suite names to `name` (see junit-reader.ts).
 * `::` inside a segment is not escaped: ids are compared, never split.
 */
export function testId(parts: TestIdParts): TestId {
  const file = parts.file === undefined ? '' : normaliseFile(parts.file);
  return `${file}::${collapseWhitespace(parts.classname)}::${collapseWhitespace(parts.name)}`;
}
