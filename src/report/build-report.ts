// Assembles report.json (schema flakegate/report@1) from the stages' outputs. Pure.
import type { Cluster, Config, FrameworkName, Gate, PlannerNote, ProjectProfile, Report, ReportCost, RetrySetting, RunResult, Summary, TestAnalysis } from '../model.js';
import { VERSION } from '../version.js';

export interface ReportParts {
  readonly config: Config;
  readonly framework: FrameworkName;
  readonly command: string;
  readonly runs: readonly RunResult[];
  readonly tests: readonly TestAnalysis[];
  readonly clusters: readonly Cluster[];
  readonly gate: Gate;
  readonly notes: readonly PlannerNote[];
  readonly warnings: readonly string[];
  readonly project?: ProjectProfile;
  readonly cost?: ReportCost;
  readonly retries?: readonly RetrySetting[];
}

export function buildReport(parts: ReportParts): Report {
  const { config } = parts;
  return {
    schema: 'flakegate/report@1',
    tool: { name: 'flakegate', version: VERSION },
    config: {
      framework: parts.framework,
      command: parts.command,
      workers: config.workers,
      iterations: config.iterations,
      timeoutMs: config.timeoutMs,
      budgetMs: config.budgetMs,
      confirm: config.confirm,
      ...(config.resourceProbe === false ? { resourceProbe: false } : {}),
      failOn: config.failOn,
      failOnConfidence: config.failOnConfidence,
      cwd: config.cwd,
    },
    runs: parts.runs.map((r) => r.record),
    tests: parts.tests,
    clusters: parts.clusters,
    summary: summarise(parts.tests),
    gate: parts.gate,
    planner: parts.notes,
    warnings: parts.warnings,
    ...(parts.project === undefined ? {} : { project: parts.project }),
    ...(parts.cost ? { cost: parts.cost } : {}),
    ...(parts.retries ? { retries: parts.retries } : {}),
  };
}

export function summarise(tests: readonly TestAnalysis[]): Summary {
  const count = (v: TestAnalysis['verdict']): number => tests.filter((t) => t.verdict === v).length;
  return {
    parallelOnly: count('parallel-only'),
    flaky: count('flaky'),
    broken: count('broken'),
    stable: count('stable'),
    lost: count('lost'),
    skipped: count('skipped'),
  };
}
