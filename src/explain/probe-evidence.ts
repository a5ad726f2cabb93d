// Probe evidence for one test (docs/resource-probe.md): the resources the probe saw shared in the
// runs where the test failed in parallel, as report findings and as the strongest clue tier
// (src/explain/score-scale.ts). Where the probe saw nothing (no probe records, Go, the JVM, a
// resource used from a subprocess) there is no clue and the other evidence decides as before.
import type { Cause, ProbeFinding, ProbeKind, ProbeResourceKind, RunResult, TestAnalysis, TestCase, TestId } from '../model.js';
import { outcomeOf } from '../observe/index.js';
import { attributionFor, testsByFile } from './probe-attribution.js';
import { sharedResources, type SharedResource, type SharingContext } from './probe-shared.js';
import type { Clue } from './types.js';

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
  /** Runs with probe records, by id. */
  readonly probed: ReadonlySet<string>;
}

export function indexProbes(input: ProbeInput): ProbeIndex {
  const byFile = testsByFile(input.tests);
  const shared = new Map<string, readonly SharedResource[]>();
  const probed = new Set<string>();
  for (const run of input.runs) {
    if ((run.probe?.records.length ?? 0) === 0) continue;
    probed.add(run.record.id);
    const found = sharedResources(run, attributionFor(run, byFile, input.projectDir, input.nodeIdOf), input);
    if (found.length > 0) shared.set(run.record.id, found);
  }
  return { shared, probed };
}

/** Where the test failed in parallel with the probe on: the runs its probe findings rest on. */
export function failedParallelRuns(id: TestId, runs: readonly RunResult[], index: ProbeIndex): RunResult[] {
  return runs.filter((r) => r.record.workers > 1 && index.probed.has(r.record.id) && outcomeOf(r, id) === 'failed');
}

/** A finding with the worker labels of its first run, which only the evidence text names. */
export interface Sighting {
  readonly finding: ProbeFinding;
  readonly workers: readonly string[];
}

/** The resources the test touched that were shared in runs where it failed in parallel, most runs first. */
export function probeFindings(id: TestId, runs: readonly RunResult[], index: ProbeIndex): Sighting[] {
  const merged = new Map<string, { family: ProbeResourceKind; label: string; ops: Set<ProbeKind>; runs: string[]; processes: number; tests: Set<TestId>; workers: Set<string>; err?: string }>();
  for (const run of failedParallelRuns(id, runs, index)) {
    for (const resource of index.shared.get(run.record.id) ?? []) {
      const mine = resource.touches.filter((t) => t.test === id);
      if (mine.length === 0) continue;
      const entry = merged.get(resource.key) ?? { family: resource.family, label: resource.label, ops: new Set(), runs: [], processes: 0, tests: new Set(), workers: new Set() };
      entry.runs.push(run.record.id);
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
        tests: [...e.tests].sort().slice(0, MAX_NAMED),
        ...(e.err === undefined ? {} : { err: e.err }),
      },
      workers: [...e.workers].sort().slice(0, MAX_NAMED),
    }))
    .sort((a, b) => b.finding.runs.length - a.finding.runs.length || b.finding.processes - a.finding.processes || a.finding.resource.localeCompare(b.finding.resource))
    .slice(0, MAX_FINDINGS);
}

/**
 * One direct clue per finding. Its weight is PROBE_SHARED (PROBE_COLLISION with a collision
 * error) when the resource was shared in every run where the test failed in parallel, scaled down
 * to 60% of it as that share falls: a cause should account for the failures, not one of them.
 */
export function probeClues(sightings: readonly Sighting[], failedRuns: number, display: (id: TestId) => string): Clue[] {
  return sightings.map(({ finding: f, workers }) => {
    const share = failedRuns === 0 ? 0 : Math.min(1, f.runs.length / failedRuns);
    const base = f.err === undefined ? PROBE_SHARED : PROBE_COLLISION;
    return {
      causes: [CAUSE_OF[f.kind]],
      weight: Math.round(base * (0.6 + 0.4 * share) * 1000) / 1000,
      role: 'direct',
      ambiguous: false,
      group: 'probe',
      evidence: { kind: 'probe', text: describeFinding(f, workers, failedRuns, display) },
    };
  });
}

/** e.g. `port 47210 was bound by 3 worker processes in run d-002-w4 (gw0/gw1/gw2), by this test and tests/test_b.py::test_x`. */
export function describeFinding(f: ProbeFinding, workers: readonly string[], failedRuns: number, display: (id: TestId) => string): string {
  const run = f.runs[0] ?? '?';
  const more = f.runs.length > 1 ? ` and ${f.runs.length - 1} more of the ${failedRuns} runs where it failed in parallel` : failedRuns > 1 ? ` (1 of the ${failedRuns} runs where it failed in parallel)` : '';
  const who = workers.length > 0 ? ` (${workers.join('/')})` : '';
  const others = f.tests.length === 0 ? '' : `, by this test and ${f.tests.slice(0, 3).map(display).join(', ')}${f.tests.length > 3 ? ` and ${f.tests.length - 3} more` : ''}`;
  const err = f.err === undefined ? '' : `; ${f.ops.includes('listen') ? 'a bind' : 'an operation'} failed with ${f.err}`;
  if (f.kind === 'cwd' || f.kind === 'env') {
    return `${f.resource} was changed (${f.ops.join(', ')}) while another test ran in the same process, in run ${run}${more}${others}`;
  }
  const processes = `${f.processes} worker process${f.processes === 1 ? '' : 'es'}`;
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
