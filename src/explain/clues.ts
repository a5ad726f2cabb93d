// Turns signature matches and source findings into clues with weights the ranking can combine.
import type { Ecosystem, TestId } from '../model.js';
import type { SignatureMatch } from './match-signatures.js';
import { escapeRegExp } from './source-lang.js';
import type { Clue, SourceFinding, SourceFindingKind, SourceScope } from './types.js';

/** How strongly each risky construct alone suggests its cause (it is a risk, not an observed failure). */
const KIND_WEIGHT: Readonly<Record<SourceFindingKind, number>> = {
  'hard-coded-port': 0.5,
  // A client of one database server for every worker: shared data, though not a file.
  'db-server-port': 0.3,
  'fixed-temp-path': 0.45,
  // Written, touched or removed in the tree every worker shares: in a test that fails only in
  // parallel, a possible cause on its own.
  'fixed-output-path': 0.4,
  'shared-db-file': 0.45,
  'shared-memory-db': 0.45,
  'module-state': 0.4,
  chdir: 0.5,
  'env-mutation': 0.4,
  'missing-cleanup': 0.15,
  // The clock read and compared: slower under load by construction.
  'elapsed-assertion': 0.4,
  // A pause or sub-second deadline the test races: weaker than a measured duration (it may be
  // generous enough), possible beside the threshold.
  'fixed-wait': 0.3,
  // A process-wide cache, singleton or logger the test reads or resets: on its own below the
  // unknown threshold; named by a co-failing test too, it is the shared thing.
  'process-state': 0.3,
  // A wall-clock window of seconds the test's own setup must beat: like a fixed wait.
  'clock-window': 0.3,
  // A cold module load (resolution and transform) charged to the test's timeout: like a fixed wait.
  'cold-import': 0.3,
  // One database name for every worker (no worker suffix): shared data unless the server is per worker.
  'fixed-db-name': 0.3,
  // Emptying or dropping a fixed table: harmless on a private database, a collision on a shared one.
  'db-table-reset': 0.3,
  // Reading is not a risk by itself; it is the other half of a variable another test writes.
  'env-read': 0,
  // An attribute of an imported module or class, a static field or a global assigned by what the
  // test runs: every later (or concurrent) test of the process sees the new value. The writer sets
  // what it then reads, so alone it stays below the unknown threshold; named by a co-failing test
  // too, it is the shared thing.
  'global-write': 0.3,
  // The same write while the runner runs this test in several threads at once (pytest-run-parallel):
  // the test races its own copies, so no partner is needed; possible on its own in the test's code.
  'threaded-write': 0.45,
  // A capture set up by reconfiguring logging, while the code under test holds loggers bound at
  // import (structlog's cached proxies, loggers `dictConfig` disables): what reaches the capture
  // depends on which tests ran first. Two observations on one line: possible on its own.
  'reconfigured-logging': 0.45,
  // One static object the tests of a class JUnit runs concurrently all change: the process model
  // and the field together, possible on their own.
  'concurrent-static': 0.45,
  // Module or package state other tests of the file write and this test never sets: it is reached
  // at module scope (0.375 x 0.8 = 0.3), so alone it stays below the unknown threshold.
  'sibling-state': 0.375,
};

/**
 * Lines further from the test body are less surely on its path. A project module the test imports
 * (the code under test) is reached only through the calls the test makes, and it is read whole:
 * alone, no construct there reaches the unknown threshold (0.5 x 0.5 = 0.25 at most).
 */
const SCOPE_FACTOR: Readonly<Record<SourceScope, number>> = { test: 1, fixture: 0.9, class: 0.85, module: 0.8, setup: 0.7, helper: 0.65, library: 0.5, file: 0.6 };

const KIND_LABEL: Readonly<Record<SourceFindingKind, string>> = {
  'hard-coded-port': 'hard-coded port',
  'db-server-port': 'connects to a database server on its fixed port',
  'fixed-temp-path': 'fixed temp path',
  'fixed-output-path': 'fixed output path in the shared working directory',
  'shared-db-file': 'fixed database name/file',
  'shared-memory-db': 'database connection shared across threads',
  'module-state': 'module-level state mutated',
  chdir: 'changes the process working directory',
  'env-mutation': 'mutates the process environment',
  'missing-cleanup': 'created with no cleanup in the test or its fixtures',
  'elapsed-assertion': 'asserts on elapsed time',
  'fixed-wait': 'races a fixed wait or a sub-second deadline',
  'process-state': 'uses process-wide state (a cache, singleton or logger)',
  'clock-window': 'sets a wall-clock window of seconds the test must finish within',
  'cold-import': "loads a module inside the test's own timeout (a dynamic import)",
  'fixed-db-name': 'fixed database name, the same for every worker',
  'db-table-reset': 'empties or drops a fixed table',
  'env-read': 'reads the process environment or working directory',
  'global-write': 'writes process-wide state (a module or class attribute, a static field, a global)',
  'threaded-write': 'writes process-wide state while the runner runs this test in several threads at once',
  'reconfigured-logging': 'reconfigures logging that modules it imports bound at import (a cached or disabled logger keeps the old set-up)',
  'concurrent-static': 'a static field (or a statically registered extension) shared by the tests JUnit runs concurrently',
  'sibling-state': 'other tests of its file write module state it never sets',
};

/**
 * Matching the same cause through several patterns is one observation: same group, max weight.
 * Patterns that matched the same line for the same cause become one clue naming them all.
 */
export function signatureClues(matches: readonly SignatureMatch[]): Clue[] {
  const merged = new Map<string, SignatureMatch[]>();
  for (const m of matches) {
    const key = `${m.signature.cause}\u0000${m.excerpt}`;
    merged.set(key, [...(merged.get(key) ?? []), m]);
  }
  return [...merged.values()].map((same) => {
    const strongest = same.reduce((a, b) => (strength(b) > strength(a) ? b : a));
    const ids = same.map((m) => m.signature.id).join(', ');
    const count = Math.max(...same.map((m) => m.count));
    return {
      causes: [strongest.signature.cause],
      weight: strongest.signature.weight,
      role: 'direct',
      ambiguous: strongest.signature.ambiguous === true,
      group: 'signature',
      evidence: { kind: 'signature', text: `${ids}${count > 1 ? ` (${count} failures)` : ''}: ${strongest.excerpt}` },
    };
  });
}

/** For choosing among patterns only; the ranking applies its own ambiguity discount. */
function strength(m: SignatureMatch): number {
  return m.signature.weight * (m.signature.ambiguous === true ? 0.5 : 1);
}

export function sourceClues(findings: readonly SourceFinding[], ecosystem: Ecosystem): Clue[] {
  const clues: Clue[] = [];
  for (const f of findings) {
    if (KIND_WEIGHT[f.kind] === 0) continue;
    const evidence = { kind: 'source' as const, text: `${KIND_LABEL[f.kind]}: ${f.text}`, file: f.file, line: f.line };
    // Jest and Vitest load each test file in its own module registry and global object, so what a
    // test file's code writes there is seen only by tests of that file: weaker on its own.
    const state = f.kind === 'module-state' || f.kind === 'global-write' || f.kind === 'threaded-write' || f.kind === 'reconfigured-logging' || f.kind === 'sibling-state';
    const isolated = state && ecosystem === 'javascript' ? 0.75 : 1;
    const weight = KIND_WEIGHT[f.kind] * SCOPE_FACTOR[f.scope] * isolated;
    clues.push({ causes: [f.cause], weight, role: 'direct', ambiguous: false, group: 'source', evidence });
    // Workers that are processes (pytest-xdist, Jest) see state left by the tests they ran before;
    // the same state read as shared by tests running at once stays a weaker alternative, and so
    // does order for a JS module's state (src/explain/process-model.ts).
    const other = f.cause === 'order-dependence' ? 'shared-global-state' : ecosystem === 'python' || ecosystem === 'javascript' ? 'order-dependence' : null;
    if (state && other !== null) {
      clues.push({ causes: [other], weight: weight * 0.6, role: 'direct', ambiguous: false, group: 'source', evidence });
    }
  }
  return clues;
}

/**
 * How strongly one resource named in two tests' sources says they share it: each test's own code
 * naming it (different lines) is the strongest evidence there is; one line both reach (a fixture,
 * their class, a module constant they use) is good; one line in a setup file or helper both
 * import, weaker (either may not call it); one literal in a project module both import, weaker
 * still (possible, below a risky line in the test's own code: the test reaches it only through a
 * call). Two lines of project modules count as that one reach, not as two tests' own code. Lines a
 * test does not use (scope `file`) say nothing.
 */
export const SHARED_DISTINCT = 0.8;
export const SHARED_SAME_LINE = 0.6;
export const SHARED_SAME_HELPER = 0.45;
export const SHARED_SAME_LIBRARY = 0.4;

const FAR_SCOPES: ReadonlySet<SourceScope> = new Set(['setup', 'helper', 'library']);

/** The same port, path, database or variable in this test and a co-failing one (or its collision partner). */
export function sharedResourceClues(
  own: readonly SourceFinding[],
  peers: ReadonlyArray<readonly [TestId, readonly SourceFinding[]]>,
): Clue[] {
  // Findings per resource and cause, per peer: one pass over each list, not a cross product.
  const peerResources = peers.map(([peer, findings]) => {
    const byKey = new Map<string, SourceFinding[]>();
    for (const p of findings) {
      if (p.resource === undefined || p.scope === 'file' || p.kind === 'missing-cleanup') continue;
      const key = `${p.cause}\u0000${p.resource}`;
      byKey.set(key, [...(byKey.get(key) ?? []), p]);
    }
    return [peer, byKey] as const;
  });
  // Lines this test reaches itself, per resource: a peer's line among them is one both run (a
  // shared fixture naming the resource twice), not the peer's own code.
  const ownLines = new Map<string, Set<string>>();
  for (const f of own) {
    const key = `${f.cause}\u0000${f.resource ?? ''}`;
    ownLines.set(key, (ownLines.get(key) ?? new Set()).add(`${f.file}:${f.line}`));
  }
  const best = new Map<string, Clue>();
  for (const f of own) {
    if (f.resource === undefined || f.kind === 'missing-cleanup' || f.scope === 'file') continue;
    const mine = ownLines.get(`${f.cause}\u0000${f.resource}`) ?? new Set<string>();
    for (const [peer, byKey] of peerResources) {
      // Two readers of one variable share nothing: one side must change it.
      const theirs = byKey.get(`${f.cause}\u0000${f.resource}`)?.filter((p) => f.kind !== 'env-read' || p.kind !== 'env-read');
      if (theirs === undefined || theirs.length === 0) continue;
      // Two tests that only read what a third writes share that writer, not a line of their own.
      if (f.kind === 'sibling-state' && theirs.every((p) => p.kind === 'sibling-state')) continue;
      const other = theirs.find((p) => !mine.has(`${p.file}:${p.line}`) && (f.scope !== 'library' || p.scope !== 'library'));
      const same = theirs[0] as SourceFinding;
      // A variable one test changes and the other only reads through code it calls: one reach.
      const readFar = [f, other].some((x) => x?.kind === 'env-read' && FAR_SCOPES.has(x.scope));
      // A project module's line is not this test's own code, whatever the peer's line: the test
      // reaches it only through calls, so it stays one reach however directly the peer names it.
      const weight =
        f.scope === 'library'
          ? SHARED_SAME_LIBRARY
          : other !== undefined
            ? readFar
              ? SHARED_SAME_LINE
              : SHARED_DISTINCT
            : f.scope === 'setup' || f.scope === 'helper'
              ? SHARED_SAME_HELPER
              : SHARED_SAME_LINE;
      const at = other ?? same;
      const key = `${f.resource}\u0000${peer}`;
      if ((best.get(key)?.weight ?? 0) >= weight) continue;
      best.set(key, {
        causes: [f.cause],
        weight,
        role: 'direct',
        ambiguous: false,
        group: 'shared-resource',
        evidence: {
          kind: 'source',
          text: `${describeResource(f.resource)} is also used by ${peer} (${at.file}:${at.line})`,
          file: f.file,
          line: f.line,
        },
      });
    }
  }
  return [...best.values()];
}

/**
 * The failure text names the very port, path or variable the test hard-codes
 * (`EADDRINUSE ... 127.0.0.1:18776`, `KeyError: 'APP_MODE'`): the risky line is the one that failed.
 */
export function messageResourceClues(findings: readonly SourceFinding[], texts: readonly string[]): Clue[] {
  const clues: Clue[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    if (f.resource === undefined || f.kind === 'missing-cleanup' || f.kind === 'env-read' || seen.has(f.resource)) continue;
    const needle = needleOf(f.resource);
    if (needle === null || !texts.some((t) => needle.test(t))) continue;
    seen.add(f.resource);
    clues.push({
      causes: [f.cause],
      weight: 0.55,
      role: 'direct',
      ambiguous: false,
      group: 'message-resource',
      evidence: { kind: 'source', text: `the failure names ${describeResource(f.resource)}, which this line hard-codes: ${f.text}`, file: f.file, line: f.line },
    });
  }
  return clues;
}

/** How to find the resource in failure text; null when too short or generic to mean anything. */
function needleOf(resource: string): { test(text: string): boolean } | null {
  const [prefix, ...rest] = resource.split(':');
  const value = rest.join(':');
  switch (prefix) {
    case 'port':
      return new RegExp(`(?::|port )${escapeRegExp(value)}(?!\\d)`);
    case 'env':
      return value.length >= 4 ? new RegExp(`\\b${escapeRegExp(value)}\\b`) : null;
    case 'path':
    case 'tmp':
    case 'home':
    case 'db':
      return value.length >= 5 && !value.startsWith('shared-') ? { test: (text) => text.includes(value) } : null;
    default:
      return null;
  }
}

function describeResource(resource: string): string {
  const [prefix, ...rest] = resource.split(':');
  const value = rest.join(':');
  switch (prefix) {
    case 'port':
      return `port ${value}`;
    case 'env':
      return value === '' ? 'the environment' : `environment variable ${value}`;
    case 'cwd':
      return 'the working directory';
    case 'tmp':
      return `temp-dir file \`${value}\``;
    case 'home':
      return `home or cache-dir file \`${value}\``;
    case 'table':
      return `table \`${value}\``;
    case 'deadline':
      return `the sub-second deadline at ${value}`;
    case 'global':
      return `process-wide \`${value.split('#').pop() ?? value}\``;
    case 'state':
      return `module state \`${value.split('#').pop() ?? value}\``;
    default:
      return value === '' ? resource : `\`${value}\``;
  }
}

/** Changes a concurrent test in the same process makes to what every test of the process reads. */
const PROCESS_WRITES: ReadonlySet<SourceFindingKind> = new Set<SourceFindingKind>(['env-mutation', 'chdir']);
export const PARTNER_WRITE = 0.45;

/**
 * A collision partner (partner search: the test fails when run alongside it) that changes the
 * process environment or working directory, where tests run at once in one process (Go
 * `t.Parallel`, concurrent JUnit): the variable or directory is the shared thing even when the
 * test reads it only through code it calls (`config.Region()`, a relative path). Possible on its
 * own; the test reading the same variable itself is the stronger shared-resource clue.
 */
export function partnerWriteClues(peers: ReadonlyArray<readonly [TestId, readonly SourceFinding[]]>, partners: ReadonlySet<TestId>, oneProcess: boolean): Clue[] {
  if (!oneProcess) return [];
  const clues: Clue[] = [];
  for (const [peer, findings] of peers) {
    if (!partners.has(peer)) continue;
    const write = findings.find((f) => PROCESS_WRITES.has(f.kind) && f.scope !== 'file' && f.scope !== 'library');
    if (write === undefined) continue;
    clues.push({
      causes: [write.cause],
      weight: PARTNER_WRITE,
      role: 'direct',
      ambiguous: false,
      group: 'partner-write',
      evidence: { kind: 'source', text: `its collision partner ${peer} ${KIND_LABEL[write.kind]} while they run at once in one process: ${write.text}`, file: write.file, line: write.line },
    });
  }
  return clues.slice(0, 3);
}
