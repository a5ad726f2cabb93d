// Makes test locations relative to the project, so that ids are the same in every checkout (Mocha's
// xunit reporter writes absolute paths), and takes Vitest's path-like classname as the file.
// Locations a report does not state (stack frames, titles) are found by src/locate/.
import type { TestCase } from '../model.js';
import { intern } from './intern.js';
import { normaliseFile, testId } from './test-id.js';

const SOURCE_EXTENSION = /\.(?:[cm]?[jt]sx?|py|go|java|kt|rb|rs|cs|php)$/;

// What each identity became under `memoRoot`, kept from run to run: every run reports the same
// tests, so each identity is relocated once per session (a map per run was 20,000 entries of
// garbage per run at 20,000 tests). Bounded like the identity pool; clearing only costs time.
const MAX_MEMOS = 1 << 19;
let memoRoot = '';
let relocated = new Map<string, Memo>();

export function projectRelativeCases(cases: readonly TestCase[], cwd: string): TestCase[] {
  const root = normaliseFile(cwd).replace(/\/$/, '') + '/';
  if (root !== memoRoot || relocated.size >= MAX_MEMOS) {
    memoRoot = root;
    relocated = new Map();
  }
  return cases.map((c) => relativeCase(c, root, relocated));
}

/** What one identity became; the raw parts it was computed from guard against an id collision. */
interface Memo {
  readonly file: string | undefined;
  readonly classname: string;
  readonly name: string;
  readonly moved: Relocated | null;
}

interface Relocated {
  readonly file: string | undefined;
  readonly classname: string;
  readonly name: string;
  readonly id: string;
}

function relocate(c: TestCase, root: string): Relocated | null {
  const strip = (text: string): string => (text.startsWith(root) ? text.slice(root.length) : text);
  const file = c.file === undefined ? undefined : strip(normaliseFile(c.file));
  const classname = strip(c.classname);
  const name = strip(c.name);
  if (file === c.file && classname === c.classname && name === c.name) return null;
  const pooled = file === undefined ? undefined : intern(file);
  // A file the id did not hold (a `filepath` attribute) stays out of it.
  const inId = !c.id.startsWith('::');
  return { file: pooled, classname: intern(classname), name: intern(name), id: intern(testId({ file: inId ? file : undefined, classname, name })) };
}

function relativeCase(c: TestCase, root: string, relocated: Map<string, Memo>): TestCase {
  // Keyed by id (its hash is cached on the pooled string); checked against the raw parts, since
  // differently written parts can collapse to one id.
  const memo = relocated.get(c.id);
  let moved: Relocated | null;
  if (memo !== undefined && memo.file === c.file && memo.classname === c.classname && memo.name === c.name) moved = memo.moved;
  else {
    moved = relocate(c, root);
    if (memo === undefined) relocated.set(c.id, { file: c.file, classname: c.classname, name: c.name, moved });
  }
  let out: TestCase = c;
  if (moved !== null) {
    const { file, classname, name, id } = moved;
    out = { ...c, ...(file === undefined ? {} : { file }), classname, name, id };
  }
  const classname = out.classname;
  if (out.file !== undefined) return out;
  // Without a file attribute the id stays as it is (presets map ids back to selectors); only the
  // location used for annotations and the source scan is filled in.
  if (SOURCE_EXTENSION.test(classname) && !classname.startsWith('/')) return { ...out, file: classname };
  return out;
}
