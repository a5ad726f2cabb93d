// `flakegate analyze`: rebuild the report from kept raw reports, from one or several result
// directories (e.g. matrix shards). Raw JUnit files are re-parsed, so a newer parser or analysis
// applies to old evidence.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ConfigError, parseConfig, type RawSettings } from './config.js';
import type { Ecosystem, FrameworkName, Logger, Report, RunRecord, RunResult } from './model.js';
import { projectRelativeCases } from './parse/project-paths.js';
import { parseJunitFile } from './parse/read-file.js';
import { finish, type PipelineResult } from './pipeline.js';

const ECOSYSTEM: Readonly<Record<FrameworkName, Ecosystem>> = {
  auto: 'unknown',
  custom: 'unknown',
  pytest: 'python',
  jest: 'javascript',
  vitest: 'javascript',
  node: 'javascript',
  mocha: 'javascript',
  go: 'go',
};

interface Source {
  readonly dir: string;
  readonly records: readonly RunRecord[];
  readonly report: Report | null;
}

export async function reanalyse(paths: readonly string[], raw: RawSettings, log: Logger): Promise<PipelineResult> {
  const sources: Source[] = [];
  for (const p of paths) sources.push(await loadSource(resolve(p)));
  const first = sources.find((s) => s.report !== null)?.report ?? null;
  const runs: RunResult[] = [];
  const seen = new Set<string>();
  for (const [i, source] of sources.entries()) {
    for (const record of source.records) {
      // Shards number their runs independently; keep ids unique without hiding where they came from.
      const id = seen.has(record.id) ? `${basename(source.dir)}-${i + 1}-${record.id}` : record.id;
      seen.add(id);
      const cases = [];
      for (const rel of record.reportPaths) cases.push(...(await parseJunitFile(join(source.dir, rel))).tests);
      const cwd = source.report?.config.cwd ?? raw.cwd;
      runs.push({ record: { ...record, id }, cases: cwd ? projectRelativeCases(cases, resolve(cwd)) : cases });
    }
  }
  if (runs.length === 0) throw new ConfigError(`no runs found in ${paths.join(', ')}`);
  const workers = [...new Set(runs.map((r) => r.record.workers))].sort((a, b) => a - b);
  const config = parseConfig(
    {
      // Nothing is run: the framework only labels the report, and comes from the kept report below.
      framework: 'auto',
      workers: raw.workers ?? workers.join(','),
      iterations: String(Math.max(1, ...runs.map((r) => r.record.iteration))),
      'fail-on': raw['fail-on'] ?? first?.config.failOn,
      cwd: raw.cwd ?? (first && existsSync(first.config.cwd) ? first.config.cwd : '.'),
      out: raw.out ?? (sources.length === 1 ? sources[0]?.dir : '.flakegate'),
    },
    'cli',
  );
  const framework = first?.config.framework ?? 'custom';
  log.info(`re-analysing ${runs.length} runs from ${sources.length} result director${sources.length === 1 ? 'y' : 'ies'}`);
  const notes = [{ kind: 'discovery' as const, text: `re-analysed ${runs.length} kept runs from ${paths.join(', ')}` }];
  // Partner searches are experiments already run: their findings travel with the report.
  const partners = sources.flatMap((src) =>
    (src.report?.tests ?? [])
      .filter((t) => (t.partners ?? []).length > 0)
      .map((t) => ({ victim: t.id, workers: t.threshold ?? 0, partners: t.partners ?? [], found: true, probes: 0, evidence: [] })),
  );
  return finish({ config, framework, command: first?.config.command ?? '', ecosystem: ECOSYSTEM[framework], runs, notes, partners, log });
}

async function loadSource(path: string): Promise<Source> {
  if (!existsSync(path)) throw new ConfigError(`analyze: '${path}' does not exist`);
  const isDir = statSync(path).isDirectory();
  const dir = isDir ? path : dirname(path);
  const reportPath = isDir ? join(dir, 'report.json') : path;
  if (existsSync(reportPath)) {
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as Report;
    if (report.schema !== 'flakegate/report@1') throw new ConfigError(`analyze: ${reportPath} is not a flakegate report (schema ${String(report.schema)})`);
    return { dir, records: report.runs, report };
  }
  const index = join(dir, 'runs', 'index.json');
  if (existsSync(index)) return { dir, records: JSON.parse(await readFile(index, 'utf8')) as RunRecord[], report: null };
  throw new ConfigError(`analyze: no report.json or runs/index.json in '${dir}'`);
}
