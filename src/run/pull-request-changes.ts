// The pull request's changed tests and their co-runner candidates, for the planner note (and the
// burn-in that will run them): git diff, then the test files read for the source scan.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { coRunnerCandidates, testsInChangedFiles, type CoRunnerCandidate, type KnownTest } from '../changes/changed-tests.js';
import type { Ecosystem, RunResult, TestId } from '../model.js';
import { changedFiles } from './changed-files.js';

export interface PullRequestChanges {
  readonly base: string;
  readonly files: readonly string[];
  readonly tests: readonly TestId[];
  readonly coRunners: readonly CoRunnerCandidate[];
}

export async function pullRequestChanges(cwd: string, base: string, runs: readonly RunResult[], ecosystem: Ecosystem): Promise<PullRequestChanges | { readonly problem: string }> {
  const diff = await changedFiles(cwd, base);
  if (!diff.ok) return { problem: diff.problem };
  const known = new Map<TestId, KnownTest>();
  for (const run of runs) for (const c of run.cases) if (!known.has(c.id)) known.set(c.id, { id: c.id, name: c.name, classname: c.classname, ...(c.file === undefined ? {} : { file: c.file }) });
  const tests = [...known.values()];
  const changed = testsInChangedFiles(tests, diff.files);
  const sources = new Map<string, string>();
  if (changed.length > 0) {
    for (const file of new Set(tests.flatMap((t) => (t.file === undefined ? [] : [t.file])))) {
      const text = await readFile(join(cwd, file), 'utf8').catch(() => null);
      if (text !== null && text.length <= 1_000_000) sources.set(file, text);
    }
  }
  return { base, files: diff.files, tests: changed, coRunners: coRunnerCandidates(changed, tests, sources, ecosystem) };
}

/** One planner-note line. */
export function describeChanges(c: PullRequestChanges): string {
  const tests = c.tests.length === 0 ? 'no test reported by the runs' : `${c.tests.length} test${c.tests.length === 1 ? '' : 's'} (${c.tests.slice(0, 5).join(', ')}${c.tests.length > 5 ? ', ...' : ''})`;
  const co = c.coRunners.length === 0 ? 'none' : `${c.coRunners.length} (${c.coRunners.slice(0, 5).map((r) => `${r.id}: ${r.shared.join(', ')}`).join('; ')}${c.coRunners.length > 5 ? '; ...' : ''})`;
  return `pull request against ${c.base}: ${c.files.length} changed file${c.files.length === 1 ? '' : 's'} hold ${tests}; tests sharing a resource with them: ${co}`;
}
