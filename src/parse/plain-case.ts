// TestCase objects with every field inside the object. A literal that gets fields added after
// it is made keeps the extra ones in a second allocation (a property array: ~24 bytes more per
// case, ~18 MB at 20,000 tests x 40 runs); an object made by `new` gets room, sized by V8's slack
// tracking, for the fields its constructor assigns. Its prototype is Object.prototype, so the
// result is as plain as a literal: the same keys in the same order, absent fields absent.
import type { Attempt, Outcome, TestCase } from '../model.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Positional, in TestCase's key order: no per-case object of arguments.
function assignCaseFields(
  this: Mutable<TestCase>,
  id: string,
  file: string | undefined,
  line: number | undefined,
  classname: string,
  name: string,
  outcome: Outcome,
  message: string | undefined,
  details: string | undefined,
  durationMs: number | undefined,
  worker: string | undefined,
  startedAt: number | undefined,
  endedAt: number | undefined,
  attempts: readonly Attempt[] | undefined,
): void {
  this.id = id;
  if (file !== undefined) this.file = file;
  if (line !== undefined) this.line = line;
  this.classname = classname;
  this.name = name;
  this.outcome = outcome;
  if (message !== undefined) this.message = message;
  if (details !== undefined) this.details = details;
  if (durationMs !== undefined) this.durationMs = durationMs;
  if (worker !== undefined) this.worker = worker;
  if (startedAt !== undefined) this.startedAt = startedAt;
  if (endedAt !== undefined) this.endedAt = endedAt;
  if (attempts !== undefined) this.attempts = attempts;
}
assignCaseFields.prototype = Object.prototype;

/** A TestCase with the given fields (undefined = absent), as plain as an object literal. */
export const PlainCase = assignCaseFields as unknown as new (...fields: Parameters<typeof assignCaseFields>) => TestCase;
