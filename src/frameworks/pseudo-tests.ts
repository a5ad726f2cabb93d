// Test cases that are not tests: a framework's report of a hook or a whole file that failed, which
// it writes only when it fails. Mocha's `"before all" hook for "x"`, Jest's "Test suite failed to
// run" (and its afterAll "Test execution failure"), Vitest's failed describe or file, pytest's
// collection error, a node:test describe's hook (written by flakegate's reporter). Each guards the
// tests of its suite or file: when it fails they do not run.
import type { TestCase } from '../model.js';

export type PseudoKind = 'hook' | 'suite' | 'collection';

export interface PseudoTest {
  readonly kind: PseudoKind;
  /** The name to report it under: stable across runs (Mocha names a hook after the test it ran for). */
  readonly name: string;
  /** True for a test case this pseudo-test guards (its suite's or file's tests). */
  governs(c: Pick<TestCase, 'file' | 'classname' | 'name'>): boolean;
  /**
   * True for a guarded test's failure message that only reports this one stopped it (node:test
   * reports the tests of a describe whose `before` hook failed as failed, "cancelled"): such a
   * failure is read as not run.
   */
  supersedes?(c: Pick<TestCase, 'message'>): boolean;
}

/** Mocha: `"before all" hook`, `"after each" hook: name`, then ` for "test"` or ` in "suite"`. */
const MOCHA_HOOK = /^("(?:before|after) (?:all|each)" hook(?::[^\n]{0,300}?)?)(?: (?:for|in) "[^\n]{0,500}")?$/;
/** Mocha's one xunit suite name (src/frameworks/mocha.ts): top-level hooks have it as classname. */
const MOCHA_ROOT = 'Mocha Tests';
const JEST_SUITE_FAILED = 'Test suite failed to run';
const JEST_HOOK_FAILURE = /^Test execution failure: could be caused by test hooks like 'afterAll'\.?$/;
const PATH_LIKE = /^[\w@~+.-]{1,200}(?:\/[\w@~+.-]{1,200}){0,40}\.[cm]?[jt]sx?$/;
const PYTEST_COLLECTION = /^collection failure$|^ERROR collecting\b/;
/** node:test: `<describe titles> > before all hook` (src/assets/flakegate-node-junit.mjs, joined by the parse stage). */
const NODE_HOOK = /^([^\n]{1,2000}) > ((?:before|after) all hook)$/;
const NODE_CANCELLED = 'test did not finish before its parent and was cancelled';

/** True when `name` is a Mocha hook's report (any form): reruns select its suite instead. */
export function isMochaHookName(name: string): boolean {
  return MOCHA_HOOK.test(name);
}

/**
 * The pseudo-test `c` is, or null for a real test. `names` lists, per classname, the test names
 * reported anywhere (a Vitest describe is recognised by the tests named under it).
 */
export function pseudoTestOf(c: TestCase, names: ReadonlyMap<string, ReadonlySet<string>>): PseudoTest | null {
  const hook = MOCHA_HOOK.exec(c.name);
  if (hook !== null) {
    const name = hook[1] ?? c.name;
    const root = c.classname === MOCHA_ROOT || c.classname === '';
    return {
      kind: 'hook',
      name,
      governs: (t) => sameFile(c, t) && !MOCHA_HOOK.test(t.name) && (root || t.classname === c.classname || t.classname.startsWith(`${c.classname} `)),
    };
  }
  const nodeHook = NODE_HOOK.exec(c.name);
  if (nodeHook !== null) {
    const prefix = `${nodeHook[1]} > `;
    return {
      kind: 'hook',
      name: c.name,
      governs: (t) => sameFile(c, t) && t.classname === c.classname && t.name.startsWith(prefix) && !NODE_HOOK.test(t.name),
      supersedes: (t) => t.message === NODE_CANCELLED,
    };
  }
  if (c.classname === JEST_SUITE_FAILED) {
    const file = c.file ?? c.name;
    return { kind: 'suite', name: c.name, governs: (t) => t.classname !== JEST_SUITE_FAILED && t.file !== undefined && t.file === file };
  }
  if (JEST_HOOK_FAILURE.test(c.name)) {
    return { kind: 'hook', name: c.name, governs: (t) => !JEST_HOOK_FAILURE.test(t.name) && c.file !== undefined && t.file === c.file };
  }
  // Vitest: a file that failed to load is a case named after the file; a describe whose hook failed
  // is a case named after the describe path, its tests reported skipped.
  if (PATH_LIKE.test(c.classname) && c.name === c.classname) {
    return { kind: 'suite', name: c.name, governs: (t) => t.classname === c.classname && t.name !== c.name };
  }
  const prefix = `${c.name} > `;
  if (PATH_LIKE.test(c.classname) && [...(names.get(c.classname) ?? [])].some((n) => n.startsWith(prefix))) {
    return { kind: 'suite', name: c.name, governs: (t) => t.classname === c.classname && t.name.startsWith(prefix) };
  }
  if (PYTEST_COLLECTION.test(c.message ?? '') && c.classname === '' && /^[\w.]{1,500}$/.test(c.name)) {
    const module = c.name;
    const file = `${module.replace(/\./g, '/')}.py`;
    return {
      kind: 'collection',
      name: c.name,
      governs: (t) => t.name !== module && (t.classname === module || t.classname.startsWith(`${module}.`) || (t.file !== undefined && t.file === (c.file ?? file))),
    };
  }
  return null;
}

function sameFile(a: Pick<TestCase, 'file'>, b: Pick<TestCase, 'file'>): boolean {
  return a.file === undefined || b.file === undefined || a.file === b.file;
}
