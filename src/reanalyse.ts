// `flakegate analyze`: rebuild the report from kept raw reports, from one or several result
// directories (e.g. matrix shards). Raw JUnit files are re-parsed, so a newer parser or analysis
// applies to old evidence.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError, parseConfig, type RawSettings } from './config.js';
import type { Ecosystem, FrameworkName, Logger, ParsedReport, PartnerFinding, PlannerNote, Report, RunProbe, RunRecord, RunResult } from './model.js';
import { ArtifactError, readContractFile } from './schema/read-json.js';
import { confinedPath } from './schema/confined-path.js';
import { projectRelativeCases } from './parse/project-paths.js';
import { parseJunitFiles } from './parse/parse-pool.js';
import { readProbeDir } from './parse/probe-reader.js';
import { PROBE_DIR_NAME } from './run/probe-env.js';
import { DISCOVERY_BUDGET_SHARE, finish, type PipelineResult } from './pipeline.js';
import { confirmMerged } from './shard/confirm-merged.js';
import { incompleteGate, mergeShards, readShardManifest, type ShardMerge } from './shard/merge.js';
import type { ShardManifest } from './shard/manifest.js';
import { keepMergedRuns } from './shard/keep-runs.js';

interface Source {
  readonly dir: string;
  readonly records: readonly RunRecord[];
  readonly report: Report | null;
  /** shard.json, when the directory is a matrix shard's result. */
  readonly manifest: ShardManifest | null;
}

/**
 * `raw.confirm` true (CLI `--confirm`; the action's aggregate passes its `confirm` input, default true)
 * reruns the merged shards' suspects in `cwd`; without it re-analysis runs nothing.
 */
export async function reanalyse(paths: readonly string[], raw: RawSettings, log: Logger): Promise<PipelineResult> {
  const sources: Source[] = [];
  for (const p of paths) sources.push(await loadSource(resolve(p)));
  // Shards are checked before anything is merged: a foreign or duplicate shard stops here (exit 2).
  const merge = mergeShards(sources.map((s) => ({ dir: s.dir, manifest: s.manifest })));
  for (const missing of merge?.warnings ?? []) log.warn(missing);
  const first = sources.find((s) => s.report !== null)?.report ?? null;
  // Every kept report, parsed on every core at once (results in this order, as parsed serially).
  const kept: Array<string | ParsedReport> = [];
  for (const source of sources) for (const record of source.records) for (const rel of record.reportPaths) kept.push(await keptReportPath(source.dir, rel, log));
  const parsed = await parseKeptReports(kept);
  // The project whose files the source scan reads: --cwd, else where analyze is started (as for run).
  const projectDir = resolve(raw.cwd ?? '.');
  const madeIn = (s: Source): string => (s.report?.config.cwd ? resolve(s.report.config.cwd) : projectDir);
  const runs: RunResult[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (const [i, source] of sources.entries()) {
    for (const record of source.records) {
      // Shards number their runs independently; keep ids unique without hiding where they came from.
      const id = seen.has(record.id) ? `${safeName(basename(source.dir))}-${i + 1}-${record.id}` : record.id;
      seen.add(id);
      const cases = record.reportPaths.flatMap(() => parsed[at++]?.tests ?? []);
      // Paths the runner wrote are relative to the directory the runs were made in, which only a
      // report.json records; a bare runs/index.json was made in the project analyze reads (as `run`'s
      // collectRun does), so ids match the live run's either way. The recorded path is only compared, never read.
      const probe = await keptProbe(source.dir, record.id);
      runs.push({ record: { ...record, id }, cases: projectRelativeCases(cases, madeIn(source)), ...(probe === undefined ? {} : { probe }) });
    }
  }
  if (runs.length === 0) throw new ConfigError(`no runs found in ${paths.join(', ')}`);
  // Not an error (another checkout, or a CI workspace, is a legitimate place to re-analyse), but
  // test files found nowhere under projectDir silently lose their source evidence. The artifact's
  // path is not printed: a result folder does not write into this log.
  if (sources.some((s) => madeIn(s) !== projectDir)) {
    log.warn(`analyze: the kept runs were made in another directory than ${projectDir}, where the source scan reads the tests' files: if their sources are elsewhere, pass --cwd <the project's directory>`);
  }
  const workers = [...new Set(runs.map((r) => r.record.workers))].sort((a, b) => a - b);
  const config = parseConfig(
    {
      // Nothing is run: the framework only labels the report, and comes from the kept report below.
      framework: 'auto',
      workers: raw.workers ?? merge?.workers.join(',') ?? workers.join(','),
      iterations: merge ? String(merge.iterations) : String(Math.max(1, ...runs.map((r) => r.record.iteration))),
      // Merging confirms only when asked (CLI --confirm, the aggregate's default); shards ran none.
      ...(merge ? { confirm: raw.confirm ?? 'false' } : {}),
      timeout: raw.timeout,
      budget: raw.budget,
      'fail-on': raw['fail-on'] ?? first?.config.failOn,
      'fail-on-confidence': raw['fail-on-confidence'] ?? first?.config.failOnConfidence,
      // Never the artifact's cwd: a result folder must not choose where flakegate reads or runs.
      cwd: projectDir,
      out: raw.out ?? (sources.length === 1 ? sources[0]?.dir : '.flakegate'),
      quarantine: raw.quarantine,
    },
    'cli',
  );
  // Shard ids are the plan's global ids (checked unique above), so raw reports keep their paths.
  if (merge) await keepMergedRuns(sources, config.out);
  const framework = first?.config.framework ?? 'custom';
  log.info(`re-analysing ${runs.length} runs from ${sources.length} result director${sources.length === 1 ? 'y' : 'ies'}`);
  const notes: PlannerNote[] = [{ kind: 'discovery', text: `re-analysed ${runs.length} kept runs from ${paths.join(', ')}` }, ...(merge?.notes ?? [])];
  // Partner searches are experiments already run: their findings travel with the report.
  const partners: PartnerFinding[] = sources.flatMap((src) =>
    (src.report?.tests ?? [])
      .filter((t) => (t.partners ?? []).length > 0)
      .map((t) => ({ victim: t.id, workers: t.threshold ?? 0, partners: t.partners ?? [], found: true, probes: 0, evidence: [] })),
  );
  let analysed: readonly RunResult[] = runs;
  let confirmed = false;
  if (merge && config.confirm) {
    // The plan's timeout unless this job sets one; the aggregate's own budget, else the share of
    // the plan's budget a single job would have left to confirmation.
    const planBudget = first?.config.budgetMs ?? null;
    const budgetMs = raw.budget ? config.budgetMs : planBudget === null ? null : planBudget * (1 - DISCOVERY_BUDGET_SHARE);
    const timeoutMs = raw.timeout ? config.timeoutMs : (first?.config.timeoutMs ?? config.timeoutMs);
    const outcome = await confirmMerged({ runs, identity: merge.identity, config: { ...config, timeoutMs }, ownCommand: raw.command?.trim() || null, ownFramework: raw.framework?.trim() || null, budgetMs, log });
    analysed = outcome.runs;
    confirmed = outcome.ran;
    notes.push(...outcome.notes);
    partners.push(...outcome.partners);
  } else if (merge) {
    notes.push({ kind: 'stop', text: 'no confirmation reruns when merging these shards (confirmation off: analyze without --confirm, or the aggregate with confirm: false): tiers rest on the discovery runs and are capped at likely' });
  }
  // The report's `confirm` says whether reruns ran, not whether they were asked for.
  const final = merge ? { ...config, confirm: confirmed } : config;
  const amend = merge ? (r: Report): Report => withShards(r, merge) : undefined;
  return finish({ config: final, framework, command: first?.config.command ?? '', runs: analysed, notes, partners, log, ...(amend ? { amend } : {}) });
}

async function loadSource(path: string): Promise<Source> {
  if (!existsSync(path)) throw new ConfigError(`analyze: '${path}' does not exist`);
  const isDir = statSync(path).isDirectory();
  const dir = isDir ? path : dirname(path);
  const reportPath = isDir ? join(dir, 'report.json') : path;
  try {
    if (existsSync(reportPath)) {
      const report = await readContractFile<Report>(reportPath, 'report');
      return { dir, records: report.runs, report, manifest: await readShardManifest(dir) };
    }
    const index = join(dir, 'runs', 'index.json');
    if (existsSync(index)) return { dir, records: await readContractFile<RunRecord[]>(index, 'runs'), report: null, manifest: await readShardManifest(dir) };
  } catch (error) {
    if (error instanceof ArtifactError) throw new ConfigError(`analyze: ${error.message}`);
    throw error;
  }
  throw new ConfigError(`analyze: no report.json or runs/index.json in '${dir}'`);
}

/**
 * A kept raw report, read only when it resolves (symlinks included) inside its result folder:
 * a report path or link that leads elsewhere is not read, and the run says so.
 */
/** The kept report's path inside its result folder, or the invalid report it stands for. */
async function keptReportPath(dir: string, rel: string, log: Logger): Promise<string | ParsedReport> {
  const inside = await confinedPath(dir, rel);
  if (inside !== null) return inside;
  const error = `report path ${JSON.stringify(rel)} leads outside ${dir}: not read`;
  log.warn(`analyze: ${error}`);
  return { status: 'invalid', error, tests: [] };
}

/** The run's kept probe directory (`runs/<id>/probe`), read only inside its result folder. */
async function keptProbe(dir: string, id: string): Promise<RunProbe | undefined> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return undefined;
  const inside = await confinedPath(dir, join('runs', id, PROBE_DIR_NAME));
  return inside === null ? undefined : readProbeDir(inside);
}

/** Every confined report parsed on every core at once; results in the order given. */
async function parseKeptReports(kept: ReadonlyArray<string | ParsedReport>): Promise<ParsedReport[]> {
  const parsed = await parseJunitFiles(kept.filter((k): k is string => typeof k === 'string'));
  let at = 0;
  return kept.map((k) => (typeof k === 'string' ? (parsed[at++] ?? { status: 'missing', tests: [] }) : k));
}

/** Directory names become part of run ids: keep only what a run id may hold. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[^A-Za-z0-9]+/, '').slice(0, 80) || 'source';
}

function withShards(report: Report, merge: ShardMerge): Report {
  return { ...report, gate: incompleteGate(report.gate, merge.shards), warnings: [...report.warnings, ...merge.warnings], shards: merge.shards };
}
