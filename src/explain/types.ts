// Internal vocabulary of the explain stage. Plain data, like the shared model.
import type { Cause, Ecosystem, Evidence } from '../model.js';

/** One known error text. Patterns use bounded quantifiers only, so matching stays linear-time. */
export interface Signature {
  /** `<ecosystem>.<name>`, stable: it is quoted in evidence. */
  readonly id: string;
  readonly ecosystem: Ecosystem | 'generic';
  /** No `g`/`y` flag: a stateful lastIndex would make matching order-dependent. */
  readonly pattern: RegExp;
  readonly cause: Cause;
  /** 0..1: how strongly this text alone points at the cause. */
  readonly weight: number;
  /** The text has common innocent explanations; ranking discounts it and never trusts it alone. */
  readonly ambiguous?: boolean;
  readonly note: string;
}

/** What a static look at a test's source can flag. */
export type SourceFindingKind =
  | 'hard-coded-port'
  | 'db-server-port'
  | 'fixed-temp-path'
  | 'fixed-output-path'
  | 'shared-db-file'
  | 'shared-memory-db'
  | 'module-state'
  | 'chdir'
  | 'env-mutation'
  | 'missing-cleanup'
  | 'elapsed-assertion'
  | 'fixed-wait'
  | 'process-state'
  | 'clock-window'
  /** A module loaded inside the test's own timeout (`await import(...)` in its body or a function it calls). */
  | 'cold-import'
  | 'fixed-db-name'
  | 'db-table-reset'
  /** Reads an environment variable or the working directory: evidence only beside a test that changes it. */
  | 'env-read'
  | 'global-write'
  /** A write to process-wide state in what a test runs while its runner runs that test in several threads at once. */
  | 'threaded-write'
  /** Logging reconfigured by the test's own code while modules it imports bound their loggers at import. */
  | 'reconfigured-logging'
  /** A static field (not final, or a registered extension) of a JUnit class whose tests run concurrently. */
  | 'concurrent-static'
  | 'sibling-state';

/**
 * Where a finding sits: the test body, a fixture/hook/set-up method it uses, its class or describe
 * block (attributes, fields, shared `let`s), its module's top level, a setup file, a helper module
 * it imports (or, in Go, a package function it calls), a project module (code under test) the
 * test or a helper imports, or somewhere in its file when the test
 * itself could not be located (or in module-level data it does not use).
 */
export type SourceScope = 'test' | 'fixture' | 'class' | 'module' | 'setup' | 'helper' | 'library' | 'file';

/** A risky line in a test's own source. */
export interface SourceFinding {
  readonly kind: SourceFindingKind;
  readonly cause: Cause;
  /** Repo-relative path. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** The line, trimmed and capped. */
  readonly text: string;
  readonly scope: SourceScope;
  /** The concrete resource (path, port, variable, env name) so two tests can be seen to share it. */
  readonly resource?: string;
}

/**
 * One piece of evidence for one or more causes, before ranking.
 * `direct` clues can establish a cause; `support` clues only strengthen a cause that already has a
 * direct clue (a co-failure says "something is shared", not what); `against` clues damp a cause.
 */
export interface Clue {
  readonly causes: readonly Cause[];
  readonly weight: number;
  readonly role: 'direct' | 'support' | 'against';
  readonly ambiguous: boolean;
  /** Clues in the same group for the same cause are alternatives (max), across groups independent (noisy-OR). */
  readonly group: string;
  readonly evidence: Evidence;
}

/** The causes a co-failure or overlap hints at: something both tests touch. */
export const SHARED_RESOURCE_CAUSES: readonly Cause[] = [
  'shared-file-path',
  'shared-database',
  'port-conflict',
  'shared-global-state',
  'shared-env-or-cwd',
];
