// The resources the probe saw shared in one run (docs/resource-probe.md): the same port, file or
// database touched by different tests in different processes, or an operation that failed with a
// collision error; the working directory or an environment variable changed by a test while
// another test ran in the same process. Pure: records in, resources out.
import type { ProbeKind, ProbeRecord, ProbeResourceKind, RunResult, TestId } from '../model.js';
import type { Attribution } from './probe-attribution.js';

/** One test's use of a resource in one process. */
export interface Touch {
  readonly test: TestId;
  readonly process: string;
  readonly worker?: string;
  readonly kind: ProbeKind;
  readonly err?: string;
}

export interface SharedResource {
  readonly key: string;
  readonly family: ProbeResourceKind;
  /** `port 47210`, a path, `the working directory`, an env var name. */
  readonly label: string;
  readonly run: string;
  readonly touches: readonly Touch[];
  /** Distinct processes that touched it. */
  readonly processes: number;
  /** The collision error seen, if any. */
  readonly err?: string;
}

/** Errors that say two users collided on the resource itself. */
const COLLISION_ERRORS: ReadonlySet<string> = new Set(['EADDRINUSE']);
/**
 * Path segments of caches and installed code: every worker writes these, none of it is the test's.
 * Jest's cache directory is `<tmpdir>/jest_<uid in base 36>` (its transform and haste-map caches,
 * written by whichever worker transforms a module first, with the test file on the stack);
 * Hypothesis keeps its example database in `.hypothesis/`, SWC and ts-node theirs beside the project.
 */
const IGNORED_SEGMENT = /\/(?:node_modules|__pycache__|\.pytest_cache|\.git|\.mypy_cache|\.ruff_cache|\.nyc_output|\.cache|\.hypothesis|\.swc|\.ts-node|jest_[0-9a-z]+|jest-transform-cache-[^/]*|haste-map-[^/]*)(?:\/|$)/;
const SYSTEM_PATH = /^\/(?:dev|proc|sys)(?:\/|$)/;
const DATABASE_FILE = /\.(?:db|sqlite|sqlite3|db3)$/i;
const DATABASE_COMPANION = /-(?:wal|shm|journal)$/;

export interface SharingContext {
  /** Absolute directories whose files are flakegate's own (the output directory with the runs' reports and probes). */
  readonly ignoreDirs: readonly string[];
}

/** The shared resources of one run with more than one worker; none for a serial run. */
export function sharedResources(run: RunResult, attribution: Attribution, ctx: SharingContext): SharedResource[] {
  const records = run.probe?.records ?? [];
  if (run.record.workers <= 1 || records.length === 0) return [];
  const ignore = ctx.ignoreDirs.map((d) => d.replace(/\/+$/, ''));
  // The run's own report and probe files, wherever its output directory was when it ran.
  const ownDir = `/runs/${run.record.id}/`;
  const byKey = new Map<string, { family: ProbeResourceKind; label: string; touches: Touch[] }>();
  const spans = new Map<string, { start: number; end: number }>();
  for (const record of records) {
    const tests = attribution.testsOf(record);
    if (tests.length === 0) continue;
    for (const test of tests) widen(spans, `${record.process}\u0000${test}`, record.ts);
    const resource = resourceOf(record, ignore, ownDir);
    if (resource === null) continue;
    const entry = byKey.get(resource.key) ?? { family: resource.family, label: resource.label, touches: [] };
    for (const test of tests) entry.touches.push({ test, process: record.process, kind: record.kind, ...(record.worker === undefined ? {} : { worker: record.worker }), ...(record.err === undefined ? {} : { err: record.err }) });
    byKey.set(resource.key, entry);
  }
  withinRemovedTrees(byKey);
  const shared: SharedResource[] = [];
  for (const [key, { family, label, touches }] of byKey) {
    const processes = new Set(touches.map((t) => t.process)).size;
    const err = touches.find((t) => t.err !== undefined && COLLISION_ERRORS.has(t.err))?.err;
    const isShared = family === 'cwd' || family === 'env' ? overlapsInProcess(touches, spans) : err !== undefined || acrossProcesses(family, touches);
    if (isShared) shared.push({ key, family, label, run: run.record.id, touches, processes, ...(err === undefined ? {} : { err }) });
  }
  return shared.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * What each test touched in one run (resource keys: `port:<n>`, `path:<abs>`), shared or not,
 * leaving out what `sharedResources` leaves out (flakegate's own files, caches, system paths).
 */
export function touchesByTest(run: RunResult, attribution: Attribution, ctx: SharingContext): Map<TestId, Set<string>> {
  const ignore = ctx.ignoreDirs.map((d) => d.replace(/\/+$/, ''));
  const ownDir = `/runs/${run.record.id}/`;
  const byTest = new Map<TestId, Set<string>>();
  for (const record of run.probe?.records ?? []) {
    const resource = resourceOf(record, ignore, ownDir);
    if (resource === null || (resource.family !== 'port' && resource.family !== 'file' && resource.family !== 'database')) continue;
    for (const test of attribution.testsOf(record)) {
      const keys = byTest.get(test) ?? new Set<string>();
      keys.add(resource.family === 'port' ? resource.key : `path:${record.res.replace(/\/+$/, '')}`);
      byTest.set(test, keys);
    }
  }
  return byTest;
}

/**
 * A tree one test removes while another writes inside it collides on the tree: the writes under a
 * removed directory count as touches of the directory (the path keys sorted, so a directory's
 * descendants follow it).
 */
function withinRemovedTrees(byKey: Map<string, { family: ProbeResourceKind; label: string; touches: Touch[] }>): void {
  const paths = [...byKey.keys()].filter((k) => k.startsWith('path:')).sort();
  for (const [i, key] of paths.entries()) {
    const entry = byKey.get(key);
    if (entry === undefined || !entry.touches.some((t) => t.kind === 'remove')) continue;
    const inside = `${key}/`;
    const added: Touch[] = [];
    for (let j = i + 1; j < paths.length && (paths[j] ?? '') < `${key}0`; j++) {
      const other = paths[j] ?? '';
      if (other.startsWith(inside)) added.push(...(byKey.get(other)?.touches ?? []).filter((t) => t.kind !== 'mkdir'));
    }
    if (added.length > 0) byKey.set(key, { ...entry, touches: [...entry.touches, ...added] });
  }
}

function widen(spans: Map<string, { start: number; end: number }>, key: string, ts: number): void {
  const span = spans.get(key);
  if (span === undefined) spans.set(key, { start: ts, end: ts });
  else {
    span.start = Math.min(span.start, ts);
    span.end = Math.max(span.end, ts);
  }
}

/** The resource a record names, or null when it is flakegate's own, a cache, or a system path. */
function resourceOf(record: ProbeRecord, ignore: readonly string[], ownDir: string): { key: string; family: ProbeResourceKind; label: string } | null {
  switch (record.kind) {
    case 'listen':
    case 'connect': {
      const port = record.res.slice(record.res.lastIndexOf(':') + 1);
      return { key: `port:${port}`, family: 'port', label: `port ${port}` };
    }
    case 'setenv':
      return { key: `env:${record.res}`, family: 'env', label: `environment variable ${record.res}` };
    case 'chdir':
      return { key: 'cwd', family: 'cwd', label: 'the working directory' };
    case 'read':
    case 'write':
    case 'remove':
    case 'mkdir':
    case 'sqlite': {
      const path = record.res.replace(/\/+$/, '') || '/';
      if (path.includes(ownDir) || SYSTEM_PATH.test(path) || IGNORED_SEGMENT.test(path) || ignore.some((d) => path === d || path.startsWith(`${d}/`))) return null;
      const file = path.replace(DATABASE_COMPANION, '');
      const database = record.kind === 'sqlite' || DATABASE_FILE.test(file);
      return { key: `path:${database ? file : path}`, family: database ? 'database' : 'file', label: database ? file : path };
    }
  }
}

/** What changes a file or database: reading it or creating its directory does not. */
const CHANGES: ReadonlySet<ProbeKind> = new Set<ProbeKind>(['write', 'remove', 'sqlite']);

/**
 * Two different tests in two different processes. A port counts once someone listened on it (two
 * clients of one outside server share nothing the tests own). A path counts when one test changed
 * it and another test in another process touched it: files many workers only read, and a
 * directory every worker only creates, are common inputs and parents, not collisions.
 */
function acrossProcesses(family: ProbeResourceKind, touches: readonly Touch[]): boolean {
  if (family === 'port') {
    if (!touches.some((t) => t.kind === 'listen')) return false;
    // Two processes and two tests always include a pair from different processes with different tests.
    return new Set(touches.map((t) => t.process)).size >= 2 && new Set(touches.map((t) => t.test)).size >= 2;
  }
  if (!touches.some((t) => CHANGES.has(t.kind))) return false;
  return touches.some((c) => c.kind !== 'read' && touches.some((t) => t.process !== c.process && t.test !== c.test));
}

/** The working directory or an env var, changed by a test while another test of the same process was running. */
function overlapsInProcess(touches: readonly Touch[], spans: ReadonlyMap<string, { start: number; end: number }>): boolean {
  const seen = new Set<string>();
  for (const t of touches) {
    if (seen.has(`${t.process}\u0000${t.test}`)) continue;
    seen.add(`${t.process}\u0000${t.test}`);
    const mine = spans.get(`${t.process}\u0000${t.test}`);
    if (mine === undefined) continue;
    for (const [key, other] of spans) {
      const [process, test] = key.split('\u0000');
      if (process !== t.process || test === t.test) continue;
      if (other.start < mine.end && mine.start < other.end) return true;
    }
  }
  return false;
}
