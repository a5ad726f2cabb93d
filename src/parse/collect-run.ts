// Joins what the run stage observed (process) with what the parse stage read (reports) into one
// RunResult. A run's problems become data on its record, never exceptions.
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ExecutedRun } from '../frameworks/types.js';
import type { ParsedReport, ParseStatus, RunResult, TestCase } from '../model.js';
import { projectRelativeCases } from './project-paths.js';
import { readProbeDir } from './probe-reader.js';
import { parseJunitFile } from './read-file.js';

const STATUS_RANK: Readonly<Record<ParseStatus, number>> = { ok: 0, salvaged: 1, empty: 2, invalid: 3, missing: 4 };

/**
 * Reads every report of one executed run and builds its RunResult; report paths are kept relative
 * to `out`, test locations relative to the project directory `cwd`.
 */
export async function collectRun(run: ExecutedRun, out: string, cwd: string): Promise<RunResult> {
  const files: string[] = [];
  for (const path of run.reportPaths) files.push(...(await reportFiles(path)));
  const parsed: ParsedReport[] = [];
  for (const path of files) parsed.push(await parseJunitFile(path));
  const result = toRunResult({ ...run, reportPaths: files }, parsed, out, cwd);
  const probe = run.probeDir === undefined ? undefined : await readProbeDir(run.probeDir);
  return probe === undefined ? result : { ...result, probe };
}

/**
 * A report path may also be a directory of JUnit files (Maven Surefire's reportsDirectory, Gradle's
 * junitXml outputLocation): then every `*.xml` directly in it, sorted. An empty directory reads as
 * the one missing report it stands for.
 */
async function reportFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (info === null || !info.isDirectory()) return [path];
  const names = (await readdir(path)).filter((n) => n.endsWith('.xml')).sort();
  return names.length === 0 ? [join(path, 'junit.xml')] : names.map((n) => join(path, n));
}

export function toRunResult(run: ExecutedRun, parsed: readonly ParsedReport[], out: string, cwd: string): RunResult {
  const { spec, process: proc } = run;
  const cases: TestCase[] = projectRelativeCases(parsed.flatMap((p) => [...p.tests]), cwd);
  const status = worstStatus(parsed);
  const kept = run.reportPaths.filter((_, i) => parsed[i]?.status !== 'missing');
  return {
    record: {
      id: spec.id,
      workers: spec.workers,
      iteration: spec.iteration,
      phase: spec.phase,
      ...(spec.tests ? { subset: spec.tests } : {}),
      exitCode: proc.exitCode,
      signal: proc.signal,
      timedOut: proc.timedOut,
      durationMs: proc.durationMs,
      reportPaths: kept.map((p) => relative(out, p)),
      parse: status,
      ...errorOf(run, parsed, status),
      tests: cases.length,
      outputTail: proc.outputTail,
      ...(proc.containment === undefined ? {} : { containment: proc.containment }),
      ...(proc.survivors === undefined || proc.survivors.length === 0 ? {} : { survivors: proc.survivors, survivorCount: proc.survivorCount ?? proc.survivors.length }),
    },
    cases,
  };
}

function worstStatus(parsed: readonly ParsedReport[]): ParseStatus {
  let worst: ParseStatus = parsed.length === 0 ? 'missing' : 'ok';
  for (const p of parsed) if (STATUS_RANK[p.status] > STATUS_RANK[worst]) worst = p.status;
  return worst;
}

/** One sentence saying what went wrong with the run, most fundamental cause first. */
function errorOf(run: ExecutedRun, parsed: readonly ParsedReport[], status: ParseStatus): { error?: string } {
  const { process: proc } = run;
  if (proc.spawnError) return { error: proc.spawnError };
  const parts: string[] = [];
  if (proc.timedOut) parts.push(`timed out after ${Math.round(proc.durationMs / 1000)}s; the process tree was killed`);
  else if (proc.signal) parts.push(`killed by ${proc.signal}`);
  if (status === 'missing') parts.push('wrote no JUnit report');
  for (const p of parsed) if (p.error) parts.push(`report ${p.status}: ${p.error}`);
  return parts.length > 0 ? { error: parts.join('; ') } : {};
}
