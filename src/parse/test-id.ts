import type { TestId } from '../model.js';
import { detached, intern } from './intern.js';

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
  return isCollapsed(text) ? text : text.replace(/\s+/g, ' ').trim();
}

// True when `\s+` -> ' ' and trim would change nothing (the usual name): a scan, no regex.
function isCollapsed(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i - 1) === 32) return false;
    } else if (c < 32 ? c >= 9 && c <= 13 : c >= 0xa0 && isOtherSpace(c)) return false;
  }
  return true;
}

/** The rest of JavaScript's `\s` beyond ASCII. */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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

/** A test's identity with every string pooled (see intern.ts): shared by all runs reporting it. */
export interface TestIdentity {
  readonly id: TestId;
  readonly file: string | undefined;
  readonly classname: string;
  readonly name: string;
}

interface Entry extends TestIdentity {
  readonly rawFile: string | undefined;
}

const MAX_IDENTITIES = 1 << 19;
// Keyed by classname, then name: both keys are the raw strings the reader saw. Keying by name
// alone made every lookup scan all classes that share a name (Surefire's `shouldX` in 2,777
// classes), quadratic in the report's size.
let identities = new Map<string, Map<string, Entry | Entry[]>>();
let size = 0;

// Consecutive testcases usually sit in the same file: its normalised form is remembered.
let lastRawFile: string | undefined;
let lastFile: string | undefined;

function pooledFile(rawFile: string): string | undefined {
  if (rawFile !== lastRawFile) {
    const normalised = normaliseFile(rawFile);
    lastFile = normalised.trim() === '' ? undefined : intern(normalised);
    lastRawFile = detached(rawFile);
  }
  return lastFile;
}

/**
 * `testId` plus the normalised file, memoised on the raw parts: every run reports the same tests,
 * so the whitespace and path normalisation run once per test, not once per test and run. A file
 * that normalises to nothing counts as absent, as in the reader. Looked up by classname, then
 * name (no key is built per testcase: that would be one more string per testcase to hash and
 * collect); only tests reported from several files share a slot.
 */
export function identityOf(rawFile: string | undefined, classname: string, name: string): TestIdentity {
  const byName = identities.get(classname);
  const found = byName?.get(name);
  if (found !== undefined) {
    if (!Array.isArray(found)) {
      if (found.rawFile === rawFile) return found;
    } else {
      for (const entry of found) if (entry.rawFile === rawFile) return entry;
    }
  }
  const file = rawFile === undefined ? undefined : pooledFile(rawFile);
  // Files and classnames repeat across tests and are pooled; names and ids are one per test, so
  // a flat copy is enough (the entry itself is what runs share).
  const pooledClassname = intern(classname);
  const entry: Entry = {
    id: detached(testId({ file, classname, name })),
    file,
    classname: pooledClassname,
    name: detached(name),
    rawFile: rawFile === undefined ? undefined : rawFile === file ? file : intern(rawFile),
  };
  if (size >= MAX_IDENTITIES) {
    identities = new Map();
    size = 0;
  }
  size++;
  let slots = identities.get(pooledClassname);
  if (slots === undefined) identities.set(pooledClassname, (slots = new Map()));
  const again = slots.get(entry.name);
  if (again === undefined) slots.set(entry.name, entry);
  else if (Array.isArray(again)) again.push(entry);
  else slots.set(entry.name, [again, entry]);
  return entry;
}

/**
 * The one form of a test id that people read and paste: printed by the terminal, the comment, the
 * summary, the HTML page, report.md and the gate message, and accepted as written by the
 * quarantine file. It is the id without the parts that repeat another part:
 * - the classname when it is empty, the file itself, the file's dotted module path (pytest's
 *   `tests.test_db` for `tests/test_db.py`), or the start of the name (jest-junit's default
 *   naming writes the full title in both, `{classname} {title}`);
 * - a classname that extends the module path keeps only its class chain, `::`-separated, so a
 *   pytest test reads as its node id: `tests/test_db.py::TestDb::test_insert`.
 * Reports without a file keep `classname::name`. `displayIds` falls back to the full id for the
 * rare tests this would make indistinguishable.
 */
export function displayTestId(parts: TestIdParts): string {
  const file = parts.file === undefined ? '' : normaliseFile(parts.file);
  const classname = collapseWhitespace(parts.classname);
  const name = collapseWhitespace(parts.name);
  return [file, ...displayScope(file, classname, name), name].filter((part) => part !== '').join('::');
}

function displayScope(file: string, classname: string, name: string): string[] {
  if (classname === '' || classname === file || classname === name || name.startsWith(`${classname} `)) return [];
  if (file !== '') {
    const module = file.replace(/\.[A-Za-z0-9]+$/, '').replace(/\//g, '.');
    if (classname === module) return [];
    if (classname.startsWith(`${module}.`)) return classname.slice(module.length + 1).split('.');
  }
  return [classname];
}

/** Every test's display form (see `displayTestId`), the full id where two tests would share one. */
export function displayIds(tests: Iterable<TestIdParts & { readonly id: TestId }>): Map<TestId, string> {
  const forms = new Map<TestId, string>();
  const owners = new Map<string, number>();
  for (const t of tests) {
    const form = displayTestId(t);
    forms.set(t.id, form);
    owners.set(form, (owners.get(form) ?? 0) + 1);
  }
  for (const [id, form] of forms) if ((owners.get(form) ?? 0) > 1) forms.set(id, id);
  return forms;
}
