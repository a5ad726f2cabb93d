// JUnit runs the tests of a class at the same time once concurrent execution is switched on
// (src/explain/process-model.ts), on one instance of each static field. A static field that is not
// final and that each test (or its per-test set-up) assigns, or an extension registered on a static field
// (`@RegisterExtension static`: one extension object whose per-test callbacks create and close its
// resource for whichever test comes next), is then one object the concurrent tests of the class
// (and of its subclasses) change under each other. JUnit's guide asks for `@ResourceLock` or
// `SAME_THREAD` for exactly this; instance fields are per test and safe.
import { junitRunsConcurrently } from './process-model.js';
import { escapeRegExp, isBlankOrComment, MAX_LINE_CHARS, type Region, type SourceText } from './source-lang.js';

export interface ConcurrentStatic {
  readonly region: Region;
  /** 0-based. */
  readonly line: number;
  readonly resource: string;
}

/** `static Foo foo;`, `private static int count = 0;` (not `static final`). */
const STATIC_MUTABLE = /^\s{0,200}(?:@\w{1,60}\s{1,5})?(?:(?:public|protected|private|volatile|transient) ){0,3}static\s{1,5}(?!final\b)(?:(?:volatile|transient)\s{1,5})?[\w$.]{1,100}(?:<[^;=()]{0,200}>)?(?:\[\])?\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}[;=]/;
/** A static field's declaration, final or not: with `@RegisterExtension` on it, one shared extension. */
const STATIC_FIELD = /^\s{0,200}(?:@\w{1,60}\s{1,5})?(?:(?:public|protected|private|final) ){0,3}static\s{1,5}(?:final\s{1,5})?[\w$.]{1,100}(?:<[^;=()]{0,200}>)?\s{1,5}([A-Za-z_$][\w$]{0,100})\s{0,5}[;=]/;
const REGISTER_EXTENSION = /^\s{0,200}@RegisterExtension\b/;

/** Class members the test's class declares or inherits: fields (class) and registered members (fixture). */
const MEMBER_SCOPES = new Set(['class', 'fixture']);

export function concurrentStatics(regions: readonly Region[], config: readonly SourceText[]): ConcurrentStatic[] {
  if (!junitRunsConcurrently(regions, config)) return [];
  const perTest = regions.filter((r) => r.scope === 'test' || (r.scope === 'fixture' && PER_TEST_HOOK.test((r.lines[r.start] ?? '').slice(0, MAX_LINE_CHARS))));
  const out: ConcurrentStatic[] = [];
  for (const r of regions) {
    if (!MEMBER_SCOPES.has(r.scope) || !/\.(?:java|kt)$/.test(r.path)) continue;
    for (let i = r.start; i <= r.end; i++) {
      const line = (r.lines[i] ?? '').slice(0, MAX_LINE_CHARS);
      if (isBlankOrComment(line, 'java')) continue;
      const registered = REGISTER_EXTENSION.test(line) || REGISTER_EXTENSION.test((r.lines[i - 1] ?? '').slice(0, MAX_LINE_CHARS));
      const extension = registered ? STATIC_FIELD.exec(line)?.[1] : undefined;
      const mutable = extension === undefined ? STATIC_MUTABLE.exec(line)?.[1] : undefined;
      // A static set once for the class (`@BeforeAll`, its initialiser) and only read by the tests is safe.
      const name = extension ?? (mutable !== undefined && writtenPerTest(mutable, perTest) ? mutable : undefined);
      if (name !== undefined) out.push({ region: r, line: i, resource: `global:${r.path}#${name}` });
    }
  }
  return out;
}

/** Set-up and tear-down that run around each test (not once per class). */
const PER_TEST_HOOK = /^\s{0,200}@(?:BeforeEach|AfterEach|Before|After)\b/;

/** `name = ...`, `this.name = ...`, `Owner.name = ...`, `name++` in a test or its per-test hooks. */
function writtenPerTest(name: string, regions: readonly Region[]): boolean {
  const write = new RegExp(`(?<![\\w$])(?:[\\w$]{1,100}\\.)?${escapeRegExp(name)}\\s{0,5}(?:=(?!=)|\\+=|-=|\\+\\+|--)`);
  return regions.some((r) => r.lines.slice(r.start, r.end + 1).some((l) => write.test(l.slice(0, MAX_LINE_CHARS))));
}

export const CONCURRENT_STATIC_PATTERNS: readonly RegExp[] = [STATIC_MUTABLE, STATIC_FIELD, REGISTER_EXTENSION, PER_TEST_HOOK];
