// Probe evidence for one test (docs/resource-probe.md): the resources the probe saw shared in the
// runs where the test failed in parallel, as report findings and as the strongest clue tier
// (src/explain/score-scale.ts). Where the probe saw nothing (no probe records, Go, the JVM, a
// resource used from a subprocess) there is no clue and the other evidence decides as before.
import type { Cause, ProbeFinding, ProbeKind, ProbeResourceKind, RunResult, TestAnalysis, TestCase, TestId } from '../model.js';
import { outcomeOf } from '../observe/index.js';
import { attributionFor, isFileLevel, testsByFile } from './probe-attribution.js';
import { sharedResources, touchesByTest, type SharedResource, type SharingContext, type Touch } from './probe-shared.js';
import type { Clue, SourceFinding } from './types.js';

/** A resource shared in every run where the test failed in parallel; less when it was shared in fewer (see `probeClues`). */
export const PROBE_SHARED = 0.85;
/** The same, with a collision error on the resource itself (EADDRINUSE). */
export const PROBE_COLLISION = 0.9;
const MAX_FINDINGS = 5;
const MAX_NAMED = 5;

const CAUSE_OF: Readonly<Record<ProbeResourceKind, Cause>> = {
  port: 'port-conflict',
  database: 'shared-database',
  file: 'shared-file-path',
  cwd: 'shared-env-or-cwd',
  env: 'shared-env-or-cwd',
};

export interface ProbeInput extends SharingContext {
  readonly runs: readonly RunResult[];
  readonly tests: readonly Pick<TestAnalysis, 'id' | 'file' | 'source'>[];
  /** The project directory: Node records' stack files are absolute. */
  readonly projectDir: string | null;
  /** A test case's pytest node id (src/frameworks/pytest-node-id.ts); null: Python records are not attributed. */
  readonly nodeIdOf: ((c: TestCase) => string) | null;
}

/** Every run's shared resources, computed once for all tests. */
export interface ProbeIndex {
  readonly shared: ReadonlyMap<string, readonly SharedResource[]>;
  /** Per parallel run, the resource keys each test touched (`port:<n>`, `path:<abs>`), shared or not. */
  readonly touched: ReadonlyMap<string, ReadonlyMap<TestId, ReadonlySet<string>>>;
  /** Runs with probe records, by id. */
  readonly probed: ReadonlySet<string>;
}

export function indexProbes(input: ProbeInput): ProbeIndex {
  const byFile = testsByFile(input.tests);
  const shared = new Map<string, readonly SharedResource[]>();
  const touched = new Map<string, ReadonlyMap<TestId, ReadonlySet<string>>>();
  const probed = new Set<string>();
  for (const run of input.runs) {
    if ((run.probe?.records.length ?? 0) === 0) continue;
    probed.add(run.record.id);
    const attribution = attributionFor(run, byFile, input.projectDir, input.nodeIdOf);
    const found = sharedResources(run, attribution, input);
    if (found.length > 0) shared.set(run.record.id, found);
    if (run.record.workers > 1) touched.set(run.record.id, touchesByTest(run, attribution, input));
  }
  return { shared, touched, probed };
}

/** Where the test failed in parallel with the probe on: the runs its probe findings rest on. */
export function failedParallelRuns(id: TestId, runs: readonly RunResult[], index: ProbeIndex): RunResult[] {
  return runs.filter((r) => r.record.workers > 1 && index.probed.has(r.record.id) && outcomeOf(r, id) === 'failed');
}

/** A finding with the worker labels of its first run, which only the evidence text names. */
export interface Sighting {
  readonly finding: ProbeFinding;
  readonly workers: readonly string[];
  /** The other tests on it, with the test files whose tests were not located (`finding.tests` has test ids only). */
  readonly others: readonly TestId[];
  /**
   * The test only read the file, other tests wrote or removed it, and it was missing when the test
   * read it: the test consumes another test's output (order dependence), rather than two tests
   * overwriting one path.
   */
  readonly consumer: boolean;
  /**
   * A port the test bound in every one of those runs, never refused, that no test in another
   * process connected to: the collision refused the other test's bind, it did not touch this one.
   */
  readonly heldPort: boolean;
}

/** A read that found no file: the one error that says what a reader was waiting for. */
const MISSING = 'ENOENT';

/** The resources the test touched that were shared in runs where it failed in parallel, most runs first. */
export function probeFindings(id: TestId, runs: readonly RunResult[], index: ProbeIndex): Sighting[] {
  const merged = new Map<string, { family: ProbeResourceKind; label: string; ops: Set<ProbeKind>; mine: Set<ProbeKind>; missing: boolean; held: boolean; runs: string[]; processes: number; tests: Set<TestId>; workers: Set<string>; err?: string }>();
  for (const run of failedParallelRuns(id, runs, index)) {
    for (const resource of index.shared.get(run.record.id) ?? []) {
      const mine = resource.touches.filter((t) => t.test === id);
      if (mine.length === 0) continue;
      const entry = merged.get(resource.key) ?? { family: resource.family, label: resource.label, ops: new Set(), mine: new Set(), missing: false, held: true, runs: [], processes: 0, tests: new Set(), workers: new Set() };
      entry.runs.push(run.record.id);
      if (!heldAlone(id, mine, resource)) entry.held = false;
      for (const t of mine) entry.mine.add(t.kind);
      if (mine.some((t) => t.kind === 'read' && t.err === MISSING)) entry.missing = true;
      entry.processes = Math.max(entry.processes, resource.processes);
      for (const t of resource.touches) {
        entry.ops.add(t.kind);
        if (t.test !== id) entry.tests.add(t.test);
        if (entry.runs.length === 1) entry.workers.add(t.worker ?? t.process);
      }
      if (resource.err !== undefined) entry.err = resource.err;
      merged.set(resource.key, entry);
    }
  }
  return [...merged.values()]
    .map((e) => ({
      finding: {
        resource: e.label,
        kind: e.family,
        ops: [...e.ops].sort(),
        runs: e.runs,
        processes: e.processes,
        tests: [...e.tests].filter((t) => !isFileLevel(t)).sort().slice(0, MAX_NAMED),
        ...(e.err !== undefined ? { err: e.err } : e.missing ? { err: MISSING } : {}),
      },
      workers: [...e.workers].sort().slice(0, MAX_NAMED),
      others: [...e.tests].sort((x, y) => Number(isFileLevel(x)) - Number(isFileLevel(y)) || x.localeCompare(y)).slice(0, MAX_NAMED),
      consumer: (e.family === 'file' || e.family === 'database') && e.missing && [...e.mine].every((k) => k === 'read'),
      heldPort: e.family === 'port' && e.held,
    }))
    .sort((a, b) => b.finding.runs.length - a.finding.runs.length || b.finding.processes - a.finding.processes || a.finding.resource.localeCompare(b.finding.resource))
    .slice(0, MAX_FINDINGS);
}

/** This test bound the port and was never refused, and nobody from another process connected to it. */
function heldAlone(id: TestId, mine: readonly Touch[], resource: SharedResource): boolean {
  if (resource.family !== 'port') return false;
  const listens = mine.filter((t) => t.kind === 'listen');
  if (listens.length === 0 || listens.some((t) => t.err !== undefined)) return false;
  const mineProcesses = new Set(listens.map((t) => t.process));
  return !resource.touches.some((t) => t.test !== id && t.kind === 'connect' && !mineProcesses.has(t.process));
}

/**
 * One direct clue per finding. Its weight is PROBE_SHARED (PROBE_COLLISION with a collision
 * error) when the resource was shared in every run where the test failed in parallel, scaled down
 * to 60% of it as that share falls: a cause should account for the failures, not one of them.
 */
export function probeClues(sightings: readonly Sighting[], failedRuns: number, display: (id: TestId) => string): Clue[] {
  // A port it held says nothing against a port it was refused (or reached from elsewhere) on.
  const collided = sightings.some((s) => s.finding.kind === 'port' && !s.heldPort);
  return sightings.flatMap(({ finding: f, workers, others, consumer, heldPort }): Clue[] => {
    if (heldPort && collided) return [];
    if (heldPort) {
      // The port explains the other test's failure, not this one's.
      const text = `this test bound ${f.resource} in ${f.runs.length === 1 ? 'the run' : `all ${f.runs.length} runs`} where the probe saw it shared and it failed in parallel, never refused, and no test in another process connected to it: the collision refused ${f.tests.length === 0 ? 'another test' : display(f.tests[0] ?? '')}'s bind, it does not explain this failure`;
      return [against('port-conflict', text)];
    }
    const share = failedRuns === 0 ? 0 : Math.min(1, f.runs.length / failedRuns);
    const base = f.err === undefined ? PROBE_SHARED : PROBE_COLLISION;
    return [{
      causes: [consumer ? 'order-dependence' : CAUSE_OF[f.kind]],
      weight: Math.round(base * (0.6 + 0.4 * share) * 1000) / 1000,
      role: 'direct',
      ambiguous: false,
      group: 'probe',
      evidence: { kind: 'probe', text: describeFinding({ ...f, tests: others }, workers, failedRuns, display, consumer) },
    }];
  });
}

/** e.g. `port 47210 was bound by 3 worker processes in run d-002-w4 (gw0/gw1/gw2), by this test and tests/test_b.py::test_x`. */
export function describeFinding(f: ProbeFinding, workers: readonly string[], failedRuns: number, display: (id: TestId) => string, consumer = false): string {
  const run = f.runs[0] ?? '?';
  const more = f.runs.length > 1 ? ` and ${f.runs.length - 1} more of the ${failedRuns} runs where it failed in parallel` : failedRuns > 1 ? ` (1 of the ${failedRuns} runs where it failed in parallel)` : '';
  const who = workers.length > 0 ? ` (${workers.join('/')})` : '';
  const others = f.tests.length === 0 ? '' : `, by this test and ${f.tests.slice(0, 3).map(display).join(', ')}${f.tests.length > 3 ? ` and ${f.tests.length - 3} more` : ''}`;
  const err = f.err === undefined ? '' : `; ${f.ops.includes('listen') ? 'a bind' : 'an operation'} failed with ${f.err}`;
  if (f.kind === 'cwd' || f.kind === 'env') {
    return `${f.resource} was changed (${f.ops.join(', ')}) while another test ran in the same process, in run ${run}${more}${others}`;
  }
  const processes = `${f.processes} worker process${f.processes === 1 ? '' : 'es'}`;
  if (consumer) {
    const writers = f.tests.length === 0 ? 'another test' : `${f.tests.slice(0, 3).map(display).join(', ')}${f.tests.length > 3 ? ` and ${f.tests.length - 3} more` : ''}`;
    return `${capitalise(f.resource)} is only read by this test and ${verbOf({ ...f, ops: f.ops.filter((op) => op !== 'read') })} by ${writers} in another worker process; it was missing (${MISSING}) when this test read it in run ${run}${more}${who}: the test needs a file another test creates`;
  }
  return `${capitalise(f.resource)} was ${verbOf(f)} by ${processes} in run ${run}${more}${who}${others}${err}`;
}

function verbOf(f: ProbeFinding): string {
  if (f.kind === 'port') return f.ops.includes('listen') ? (f.ops.includes('connect') ? 'bound and connected to' : 'bound') : 'connected to';
  if (f.kind === 'database') return f.ops.includes('sqlite') ? 'opened as a SQLite database' : 'written';
  const verbs = f.ops.map((op) => (op === 'write' ? 'written' : op === 'remove' ? 'removed' : op === 'mkdir' ? 'created' : op));
  return [...new Set(verbs)].join(' and ');
}

function capitalise(text: string): string {
  return text.startsWith('/') ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** How much a port or path the source names loses when the probe saw the test use others instead. */
export const PROBE_REFUTES = 0.5;

/**
 * Static readings the run refutes. A port or fixed path in what the test runs is a guess at what it
 * used; when the probe recorded the test's own ports (or files) in most of the runs where it failed
 * in parallel, none of them shared, and none of them the literal the source names, the literal was
 * not what the test used (a default the suite overrides, a setting another code path reads). Only
 * literals the probe could have seen are refuted: numeric ports, absolute and temp-dir paths.
 */
export function probeAgainst(id: TestId, own: readonly SourceFinding[], sightings: readonly Sighting[], runs: readonly RunResult[], index: ProbeIndex): Clue[] {
  const failing = failedParallelRuns(id, runs, index);
  const used = new Set<string>();
  let seenIn = 0;
  for (const run of failing) {
    const keys = index.touched.get(run.record.id)?.get(id);
    if (keys === undefined || keys.size === 0) continue;
    seenIn += 1;
    for (const k of keys) used.add(k);
  }
  if (failing.length === 0 || seenIn * 2 < failing.length) return [];
  const families = new Set(sightings.map((s) => s.finding.kind));
  const clues: Clue[] = [];
  const sample = `in ${seenIn} of the ${failing.length} runs where it failed in parallel`;

  const ports = [...used].filter((k) => k.startsWith('port:')).map((k) => k.slice(5));
  const portClaims = own.filter((f) => f.cause === 'port-conflict');
  const claimedPorts = [...new Set(portClaims.map((f) => (f.resource ?? '').slice(5)))];
  const numeric = portClaims.every((f) => /^port:\d+$/.test(f.resource ?? ''));
  if (!families.has('port') && ports.length > 0 && portClaims.length > 0 && numeric && !claimedPorts.some((p) => ports.includes(p))) {
    clues.push(against('port-conflict', `the probe saw this test use port ${list(ports)} ${sample}, never port ${list(claimedPorts)} that its source names, and no port shared with another test`));
  }

  const paths = [...used].filter((k) => k.startsWith('path:')).map((k) => k.slice(5));
  const fileClaims = own.filter((f) => f.cause === 'shared-file-path');
  const claimedPaths = fileClaims.map((f) => pathClaim(f.resource));
  if (!families.has('file') && paths.length > 0 && claimedPaths.length > 0 && claimedPaths.every((c) => c !== null) && !claimedPaths.some((c) => c !== null && paths.some(c))) {
    const named = [...new Set(fileClaims.map((f) => (f.resource ?? '').replace(/^(?:path|tmp):/, '')))];
    clues.push(against('shared-file-path', `the probe saw this test use ${paths.length} file path(s) ${sample}, none of them ${list(named)} that its source names, and none shared with another test`));
  }
  return clues;
}

function against(cause: Cause, text: string): Clue {
  return { causes: [cause], weight: PROBE_REFUTES, role: 'against', ambiguous: false, group: 'probe-refutes', evidence: { kind: 'probe', text } };
}

/** A path literal as a test on recorded paths: `path:/abs` (the path or under it), `tmp:name` (a `name` segment); null when the probe could not see it. */
function pathClaim(resource: string | undefined): ((recorded: string) => boolean) | null {
  if (resource === undefined) return null;
  if (resource.startsWith('path:/')) {
    const p = resource.slice(5).replace(/\/+$/, '');
    return (r) => r === p || r.startsWith(`${p}/`) || p.startsWith(`${r}/`);
  }
  if (resource.startsWith('tmp:')) {
    const name = resource.slice(4).replace(/^\/+|\/+$/g, '');
    return name === '' ? null : (r) => r.endsWith(`/${name}`) || r.includes(`/${name}/`);
  }
  return null;
}

function list(items: readonly string[]): string {
  return items.length <= 3 ? items.join(', ') : `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;
}

