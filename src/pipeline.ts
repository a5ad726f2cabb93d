// The whole pipeline on one screen: plan -> run -> parse -> analyse -> explain -> report.
// Discovery nominates suspects; confirmation reruns only them until the evidence decides.
// Entries (action.ts, cli.ts) only translate settings into a Config and publish the result.
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { analyse } from './analyse/index.js';
import { runConfirmation, type ConfirmationOutcome } from './confirm/run-confirmation.js';
import { explain } from './explain/index.js';
import { SetupError } from './frameworks/errors.js';
import { resolvePreset } from './frameworks/index.js';
import { pytestNodeId } from './frameworks/pytest-node-id.js';
import { describeRetry } from './frameworks/retries.js';
import type { ResolvedPreset } from './frameworks/types.js';
import type { Config, CostEstimate, Ecosystem, FrameworkName, Logger, PartnerFinding, PlannerNote, Report, ReportCost, RetrySetting, RunResult, RunSpec, TestAnalysis } from './model.js';
import { estimateSession, formatRunnerTime } from './cost/session-estimate.js';
import { failuresIn } from './observe/index.js';
import { collectRun } from './parse/collect-run.js';
import { probeWarnings } from './parse/probe-reader.js';
import { hasPseudoTest, normaliseHookOutcomes } from './parse/hook-outcomes.js';
import { gatherProject } from './project/gather.js';
import { gateWithQuarantine, type KnownTests } from './quarantine/gate-input.js';
import { loadQuarantine } from './quarantine/load.js';
import type { QuarantineEntry } from './quarantine/parse.js';
import { buildReport } from './report/build-report.js';
import { renderMarkdown } from './report/markdown.js';
import { collectSecrets, guardOutgoing } from './report/sanitize.js';
import { renderHtml, selectTimelines } from './report/html/index.js';
import { writeJsonFile } from './write-json-file.js';
import { validate } from './schema/validator.js';
import { executeRun } from './run/execute-run.js';
import { discoveryCounts, planDiscovery, serialDiscoveryNeeded } from './run/plan.js';
import { subsetOverrun } from './run/subset-overrun.js';
import { describeChanges, pullRequestChanges, type PullRequestChanges } from './run/pull-request-changes.js';
import { planBurnIn } from './run/burn-in-plan.js';
import { fitPriceModel, priceRun } from './price/price-model.js';
import { buildManifest, type ShardManifest } from './shard/manifest.js';
import { markPartial } from './shard/partial.js';
import { sliceShard } from './shard/slice.js';
import { resolveCommit, writeManifest } from './shard/write-manifest.js';

export interface Progress {
  readonly done: number;
  /** Planned so far; grows while confirmation plans more. */
  readonly total: number;
  readonly run: RunResult;
  readonly elapsedMs: number;
  /** Estimated from the mean duration of the runs so far (discovery only: confirmation adapts). */
  readonly remainingMs: number;
  readonly failingTestsSoFar: number;
}

export interface PipelineDeps {
  readonly log: Logger;
  readonly onProgress?: (p: Progress) => void;
  /** Aborting ends the current run's process tree; the report is still written from the runs done. */
  readonly signal?: AbortSignal;
  /** `fail-on: new-parallel-only`: tests known on the base branch (stability history). */
  readonly known?: KnownTests;
}

/** Thrown inside the run loops when the user cancels; caught here, never escapes the pipeline. */
class Cancelled extends Error {}

export interface PipelineResult {
  readonly report: Report;
  readonly reportJsonPath: string;
  readonly reportMdPath: string;
}

/** What a command that cannot rerun a subset costs, said on the first line of the log. */
export const NO_SUBSET_COST =
  'no {tests} in the command, so no subset reruns: every confirmation rerun runs the full suite, and partner search and order replay are off (add {tests} where test ids may go)';

/** With confirmation on, discovery may spend this share of the budget; confirmation gets the rest. */
export const DISCOVERY_BUDGET_SHARE = 0.6;

export async function runPipeline(config: Config, deps: PipelineDeps): Promise<PipelineResult> {
  const { log } = deps;
  const started = Date.now();
  await mkdir(join(config.out, 'runs'), { recursive: true });
  // Read once, before any run: a broken quarantine file is a configuration error worth no run time.
  const quarantine = config.quarantine === undefined ? [] : await loadQuarantine(config.quarantine);
  const preset = await resolvePreset(config, log);
  log.info(`framework: ${preset.name} (${preset.reason})${preset.capabilities.subsetReruns ? '' : `; ${NO_SUBSET_COST}`}`);
  // A shard aggregate confirms with the merged runs, so shards plan as a single run would.
  const serialWhy = serialDiscoveryNeeded({ serialDiscovery: config.serialDiscovery === true, confirm: config.confirm, subsetReruns: preset.capabilities.subsetReruns });
  const plan = planDiscovery(config.workers, config.iterations, serialWhy !== null);
  const specs = config.shard ? sliceShard(plan, config.shard, config.iterations) : plan;
  const counts = discoveryCounts(config.workers, serialWhy !== null);
  const notes: PlannerNote[] = [
    {
      kind: 'discovery',
      text:
        `${plan.length} full-suite runs: workers ${counts.join(', ')} x ${config.iterations} iterations, interleaved` +
        (counts.length < new Set(config.workers).size ? ` (parallel-first: the serial evidence comes from serial reruns of the suspects; serial-discovery adds serial full-suite runs)` : serialWhy !== null && new Set(config.workers).size > 1 ? ` (serial full-suite runs: ${serialWhy})` : ''),
    },
  ];
  const retries = preset.retries ?? [];
  for (const r of retries) {
    notes.push({ kind: 'discovery', text: describeRetry(r) });
    if (r.disabled) log.info(describeRetry(r));
    else log.warn(describeRetry(r));
  }
  if (config.shard) notes.push({ kind: 'discovery', text: `shard ${config.shard.index}/${config.shard.count}: runs ${specs.map((s) => s.id).join(', ')} of the plan` });
  const executor = createExecutor(preset, config, deps, specs.length);
  const estimates: CostEstimate[] = [];
  const estimate = (discoveryOver: boolean): CostEstimate =>
    estimateSession({ done: executor.results, discovery: specs, workers: config.workers, confirm: config.confirm && !config.shard, discoveryOver, unit: preset.capabilities.parallelUnit, cores: availableParallelism() });
  const discoveryBudget = config.budgetMs === null ? null : config.confirm ? config.budgetMs * DISCOVERY_BUDGET_SHARE : config.budgetMs;
  for (const [index, spec] of specs.entries()) {
    const elapsed = Date.now() - started;
    const mean = index > 0 ? elapsed / index : 0;
    if (discoveryBudget !== null && index > 0 && elapsed + mean > discoveryBudget) {
      notes.push({ kind: 'budget', text: `discovery budget (${formatMinutes(discoveryBudget)}) reached: skipped ${specs.length - index} of ${specs.length} planned full-suite runs` });
      log.warn(notes.at(-1)?.text ?? '');
      break;
    }
    const result = await executor.execute(spec).catch(stopOnCancel);
    if (result === null) break;
    if (index === 0) {
      assertRunnable(result, preset);
      estimates.push(recordEstimate(estimate(false), 'after the first run', notes, log));
    }
  }
  if (config.confirm && !config.shard && executor.results.length > 1 && !deps.signal?.aborted) {
    estimates.push(recordEstimate(estimate(true), 'after discovery', notes, log));
  }

  if (config.base !== undefined && executor.results.length > 0) {
    const changes = await pullRequestChanges(config.cwd, config.base, executor.results, preset.ecosystem);
    if ('problem' in changes) log.warn(`changed tests: ${changes.problem}`);
    else {
      notes.push({ kind: 'discovery', text: describeChanges(changes) });
      log.info(describeChanges(changes));
      if (!config.shard && (config.burnIn ?? 0) > 0 && !deps.signal?.aborted) await burnIn(changes, preset, config, executor, notes, log, discoveryBudget === null ? null : discoveryBudget - (Date.now() - started));
    }
  }

  let partners: readonly PartnerFinding[] = [];
  if (deps.signal?.aborted) {
    notes.push({ kind: 'stop', text: `cancelled after ${executor.results.length} runs: the report covers the runs that finished (an interrupted run is kept under runs/ but not counted)` });
  } else if (config.shard) {
    notes.push({ kind: 'stop', text: `shard ${config.shard.index}/${config.shard.count}: no confirmation reruns in a shard; the aggregate job merges all shards and decides` });
  } else if (config.confirm) {
    const remaining = config.budgetMs === null ? null : config.budgetMs - (Date.now() - started);
    const outcome = await confirmSuspects(preset, config, executor, remaining, executor.results.length + 1).catch(stopOnCancel);
    if (outcome === null) {
      notes.push({ kind: 'stop', text: `cancelled during confirmation after ${executor.results.length} runs: tiers rest on the runs that finished` });
    } else {
      notes.push(...outcome.notes);
      partners = outcome.partners;
    }
  } else {
    notes.push({ kind: 'stop', text: 'confirmation reruns are off (--no-confirm): tiers rest on discovery alone and are capped at likely' });
  }
  let manifest: ShardManifest | undefined;
  if (config.shard) {
    const identity = { framework: preset.name, command: preset.template, workers: config.workers, iterations: config.iterations, shards: config.shard.count };
    manifest = buildManifest(config.shard, identity, await resolveCommit(config.cwd), specs.map((s) => s.id), executor.results.map((r) => r.record.id));
    log.info(`shard manifest: ${await writeManifest(config.out, manifest)}`);
  }
  const amend = manifest ? (r: Report): Report => markPartial(r, manifest) : undefined;
  const cost = (): ReportCost => ({ estimates, actualMs: Date.now() - started, runsMs: executor.results.reduce((sum, r) => sum + r.record.durationMs, 0) });
  return finish({ config, framework: preset.name, command: preset.template, runs: executor.results, notes, partners, log, quarantine, cost, retries, ...(amend ? { amend } : {}), ...(deps.known ? { known: deps.known } : {}) });
}

/** Logs an estimate and keeps it as a planner note; returns it for report.json. */
function recordEstimate(e: CostEstimate, when: string, notes: PlannerNote[], log: Logger): CostEstimate {
  const text = `estimated runner time ${when} (${e.afterRun}): ${formatRunnerTime(e.totalMs)} = discovery ${formatRunnerTime(e.discoveryMs)} + confirmation ${formatRunnerTime(e.confirmationMs)} (${e.basis}; priced from ${e.fittedOn} run${e.fittedOn === 1 ? '' : 's'})`;
  notes.push({ kind: 'discovery', text });
  log.info(text);
  return e;
}

/**
 * Confirmation reruns of the suspects among `executor.results`, through the executor (so the new
 * runs land in the out dir and index). Shared by `run` and the shard aggregate (src/shard/confirm-merged.ts).
 */
export async function confirmSuspects(preset: ResolvedPreset, config: Config, executor: Executor, budgetRemainingMs: number | null, nextSeq: number): Promise<ConfirmationOutcome> {
  const confirmStarted = Date.now();
  const outcome = await runConfirmation(
    {
      runs: executor.results,
      workers: config.workers,
      supportsSubset: preset.capabilities.subsetReruns,
      orderReplay: preset.capabilities.orderReplay,
      budgetRemainingMs,
      nextSeq,
      elapsedMs: () => Date.now() - confirmStarted,
      cannotPass: (id) => preset.cannotPass(id),
      unit: preset.capabilities.parallelUnit,
      cores: availableParallelism(),
    },
    (spec) => executor.execute(spec),
  );
  // Runs widened to the full suite (an id the runner could misread) say so in the planner notes.
  return { ...outcome, notes: [...outcome.notes, ...executor.notes] };
}

/**
 * Burn-in of a pull request's changed tests: `burn-in` parallel subset runs at the largest count
 * (src/run/burn-in-plan.ts), each priced before it starts and skipped when the time left for
 * discovery cannot pay for it. Needs subset reruns: without them a burn-in run would be a discovery run.
 */
async function burnIn(changes: PullRequestChanges, preset: ResolvedPreset, config: Config, executor: Executor, notes: PlannerNote[], log: Logger, left: number | null): Promise<void> {
  if (!preset.capabilities.subsetReruns) {
    notes.push({ kind: 'fallback', text: `burn-in: skipped, ${preset.name} cannot run a subset of the suite` });
    return;
  }
  const suite = [...new Set(executor.results.flatMap((r) => r.cases.map((c) => c.id)))];
  const specs = planBurnIn({ changed: changes.tests, coRunners: changes.coRunners.map((c) => c.id), suite, runs: config.burnIn ?? 0, workers: Math.max(...config.workers), seed: `${changes.base}\n${changes.tests.join('\n')}`, nextSeq: executor.results.length + 1, cannotPass: (id) => preset.cannotPass(id) });
  if (specs.length === 0) return;
  notes.push({ kind: 'discovery', text: `burn-in: ${specs.length} run(s) at ${specs[0]?.workers ?? 0} workers of ${changes.tests.length} changed test(s), ${changes.coRunners.length} sharing a resource with them and a random sample (${specs.map((s) => `${s.id}: ${s.tests?.length ?? 0} tests`).join(', ')})` });
  log.info(notes.at(-1)?.text ?? '');
  const started = Date.now();
  for (const spec of specs) {
    const price = priceRun(fitPriceModel(executor.results, preset.capabilities.parallelUnit, availableParallelism()), spec);
    if (left !== null && Date.now() - started + price > left) {
      notes.push({ kind: 'budget', text: `burn-in: stopped before ${spec.id}, priced ~${Math.round(price / 1000)} s with ${Math.max(0, Math.round((left - (Date.now() - started)) / 1000))} s of the discovery budget left` });
      return;
    }
    if ((await executor.execute(spec).catch(stopOnCancel)) === null) return;
  }
}

export type Executor = ReturnType<typeof createExecutor>;

/** Runs one spec at a time (never two configurations at once), keeping every record on disk as it goes. */
export function createExecutor(preset: ResolvedPreset, config: Config, deps: PipelineDeps, planned: number) {
  const results: RunResult[] = [];
  const notes: PlannerNote[] = [];
  const failing = new Set<string>();
  let pseudoTests = false;
  const started = Date.now();
  let overrunWarned = false;
  return {
    results,
    notes,
    async execute(spec: RunSpec): Promise<RunResult> {
      if (deps.signal?.aborted) throw new Cancelled();
      const executed = await executeRun(spec, preset, config, deps.log, deps.signal ? { signal: deps.signal } : {});
      // A run cut short by cancellation says nothing about the tests: keep its files, not its verdicts.
      if (deps.signal?.aborted) throw new Cancelled();
      const collected = await collectRun(executed, config.out, config.cwd);
      // Hooks and suites as tests (once one has been seen), over every run so far: the runs before
      // it gain its passes, and confirmation plans on these outcomes.
      pseudoTests ||= hasPseudoTest(collected);
      const normalised = pseudoTests ? normaliseHookOutcomes([...results, collected]) : [];
      results.forEach((_, i) => (results[i] = normalised[i] ?? (results[i] as RunResult)));
      const result = normalised.at(-1) ?? collected;
      results.push(result);
      if (executed.note !== undefined) notes.push({ kind: 'fallback', text: `run ${spec.id}: ${executed.note}` });
      const overrun = overrunWarned ? null : subsetOverrun(spec, result.cases);
      if (overrun !== null) {
        overrunWarned = true;
        deps.log.warn(overrun);
      }
      await writeFile(join(config.out, 'runs', 'index.json'), JSON.stringify(results.map((r) => r.record), null, 1));
      for (const id of failuresIn(result)) failing.add(id);
      const elapsedMs = Date.now() - started;
      const total = Math.max(planned, results.length);
      deps.onProgress?.({ done: results.length, total, run: result, elapsedMs, remainingMs: Math.round((elapsedMs / results.length) * (total - results.length)), failingTestsSoFar: failing.size });
      return result;
    },
  };
}

function stopOnCancel(error: unknown): null {
  if (error instanceof Cancelled) return null;
  throw error;
}

/** A first run that cannot start, or writes no report at all, is a setup problem: stop early, exit 2. */
function assertRunnable(first: RunResult, preset: ResolvedPreset): void {
  const { record } = first;
  if (record.timedOut || record.signal !== null) return;
  // A gate that passes on zero tests would turn a required check green while testing nothing.
  if (record.parse === 'ok' && record.tests === 0) {
    throw new SetupError(
      `the first run (${record.id}) exited with code ${record.exitCode} and its report holds no test case: the command collected no tests`,
      `check working-directory (--cwd), the framework and any test path filter; its output is in runs/${record.id}/output.log`,
    );
  }
  if (record.parse !== 'missing') return;
  if (record.error && /command not found|permission denied|working directory not found/.test(record.error)) {
    throw new SetupError(`the test command could not be started: ${record.error}`, `check the command (${preset.template}) and that its tools are installed`);
  }
  throw new SetupError(
    `the first run (${record.id}) exited with code ${record.exitCode} and wrote no JUnit report`,
    `make sure the command writes JUnit XML to the {junit} path; its output is in runs/${record.id}/output.log`,
  );
}

export interface FinishInput {
  readonly config: Config;
  readonly framework: FrameworkName;
  readonly command: string;
  readonly runs: readonly RunResult[];
  readonly notes: readonly PlannerNote[];
  readonly partners?: readonly PartnerFinding[];
  readonly log: Logger;
  /** Last touch before writing (a shard marks its report partial, an aggregate records its shards). */
  readonly amend?: (report: Report) => Report;
  readonly known?: KnownTests;
  /** The quarantine entries read before the runs; absent (analyze) = read config.quarantine here. */
  readonly quarantine?: readonly QuarantineEntry[];
  /** `run` only: the estimates and the time spent, read when the report is built. */
  readonly cost?: () => ReportCost;
  /** `run` only: the project's retry settings and whether the runs overrode them. */
  readonly retries?: readonly RetrySetting[];
}

/** Analysis onwards: shared by `run` and `analyze` (re-analysis of kept raw reports). */
export async function finish(input: FinishInput): Promise<PipelineResult> {
  const { config, log } = input;
  // Again over all runs: a hook first seen failing late also passed in the runs before it.
  const runs = normaliseHookOutcomes(input.runs);
  const partners = input.partners ?? [];
  const analysis = analyse(runs, config.workers, partners);
  // Each test's file, the project's ecosystem and the sources to scan, read from the project itself.
  const gathered = await gatherProject({ cwd: config.cwd, out: config.out, tests: analysis.tests, runs, framework: input.framework === 'auto' ? 'custom' : input.framework });
  const partnerMap = Object.fromEntries(partners.filter((p) => p.found).map((p) => [p.victim, p.partners]));
  const explained = explain({ tests: gathered.tests, runs, clusters: analysis.clusters, ecosystem: gathered.project.ecosystem, framework: gathered.project.framework, sources: gathered.sources, files: gathered.files, cores: availableParallelism(), partners: partnerMap, projectDir: config.cwd, ignoreDirs: [config.out], pytestNodeId });
  // Quarantine marks tests (verdicts unchanged) and, with the known tests, decides the gate.
  const gated = await gateWithQuarantine(explained, config, log, {
    ...(input.known ? { known: input.known } : {}),
    ...(input.quarantine ? { entries: input.quarantine } : {}),
  });
  const { tests, gate } = gated;
  const built = buildReport({ config, framework: input.framework, command: input.command, runs, tests, clusters: analysis.clusters, gate, notes: input.notes, warnings: [...warningsFor(runs), ...retryWarnings(input.retries), ...gated.warnings], project: gathered.project, ...(input.cost ? { cost: input.cost() } : {}), ...(input.retries ? { retries: input.retries } : {}) });
  const report = input.amend ? input.amend(built) : built;
  const reportJsonPath = join(config.out, 'report.json');
  const reportMdPath = join(config.out, 'report.md');
  await mkdir(config.out, { recursive: true });
  // Streamed: the one 18 MB string of 20,000 tests was the peak memory of the analysis.
  await writeJsonFile(reportJsonPath, report);
  // Producer and readers share schema/report@1.json: a report its own readers would refuse is a
  // bug, said loudly (after writing, so nothing is lost) rather than found by a fork's comment job.
  const conforms = validate('report', report, 'strict');
  if (!conforms.ok) throw new Error(`report.json does not match schema/report@1.json: ${conforms.problem} (a flakegate bug; the report was written to ${reportJsonPath})`);
  // report.md/.html are uploaded as artifacts too: redact secret env values as the job summary does.
  const secrets = collectSecrets(process.env);
  await writeFile(reportMdPath, guardOutgoing(renderMarkdown(report, { secrets }), secrets));
  // The HTML page also draws a few runs' per-test timing, which report.json does not keep.
  await writeFile(join(config.out, 'report.html'), guardOutgoing(renderHtml(report, { timelines: selectTimelines(report, runs), secrets }), secrets));
  log.info(`report: ${reportJsonPath}`);
  return { report, reportJsonPath, reportMdPath };
}

/** Retries still on during the runs: their passes may hide parallel failures, so the report warns. */
function retryWarnings(retries: readonly RetrySetting[] = []): string[] {
  return retries.filter((r) => !r.disabled).map(describeRetry);
}

function warningsFor(runs: readonly RunResult[]): string[] {
  const errors = runs.filter((r) => r.record.error).map((r) => `run ${r.record.id} (workers ${r.record.workers}): ${r.record.error}`);
  return [...errors, ...runs.flatMap((r) => survivorWarning(r.record)), ...probeWarnings(runs)];
}

/** A run whose command left processes behind (a leaked server holds its port into the next run). */
function survivorWarning(record: RunResult['record']): string[] {
  const named = record.survivors ?? [];
  if (named.length === 0) return [];
  const count = record.survivorCount ?? named.length;
  const list = named.slice(0, 3).map((s) => `pid ${s.pid} (${s.command || '?'})`).join(', ');
  const more = count > 3 ? ` and ${count - 3} more` : '';
  const when = record.timedOut ? 'when it timed out' : 'after its command ended';
  return [`run ${record.id} (workers ${record.workers}): left ${count} process${count === 1 ? '' : 'es'} running ${when}: ${list}${more}; flakegate ended ${count === 1 ? 'it' : 'them'} (${record.containment === 'subreaper' ? 'contained by a subreaper' : 'found by process group, tag and parentage'})`];
}

function formatMinutes(ms: number): string {
  return ms >= 60_000 ? `${Math.round(ms / 6000) / 10} min` : `${Math.round(ms / 1000)} s`;
}
