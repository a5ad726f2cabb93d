import type { TestId } from '../model.js';

/** The three parts of a flakegate test id, as the presets need them for subset reruns. */
export interface TestIdParts {
  /** Empty when the report named no file. */
  readonly file: string;
  readonly classname: string;
  readonly name: string;
}

const SEPARATOR = '::';

/**
 * Splits `file::classname::name` (the parse stage's `testId`). Only the first two separators
 * count: test names may contain `::` themselves (a pytest parameter `[x::y]`), while a file path
 * and a dialect's classname (dotted, or joined describe titles) do not. An id with a single
 * separator is read as `classname::name` (a report without files).
 */
export function splitTestId(id: TestId): TestIdParts {
  const first = id.indexOf(SEPARATOR);
  if (first < 0) return { file: '', classname: '', name: id };
  const second = id.indexOf(SEPARATOR, first + SEPARATOR.length);
  if (second < 0) return { file: '', classname: id.slice(0, first), name: id.slice(first + SEPARATOR.length) };
  return {
    file: id.slice(0, first),
    classname: id.slice(first + SEPARATOR.length, second),
    name: id.slice(second + SEPARATOR.length),
  };
}

/** A test case or its id: presets accept either when mapping back to their own selectors. */
export type TestRef = TestId | { readonly file?: string; readonly classname: string; readonly name: string };

export function testIdParts(ref: TestRef): TestIdParts {
  if (typeof ref === 'string') return splitTestId(ref);
  return { file: ref.file ?? '', classname: ref.classname, name: ref.name };
}

/** Distinct values in first-seen order: argv stays stable for the same subset. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
