import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  ConfigError,
  DISCOVERY_BUDGET_SHARE,
  FRAMEWORKS,
  PROBE_DIR_NAME,
  SetupError,
  confirmSuspects,
  createExecutor,
  finish,
  inputNamed,
  intern,
  parseConfig,
  parseJunitFile,
  projectRelativeCases,
  readManifest,
  readProbeDir,
  resolvePreset,
  runDirectory,
  settingsFromInputs
} from "./chunk-L7HRM3V6.js";
import {
  ArtifactError,
  readBoundedJson,
  readContractFile
} from "./chunk-BPX6AXOD.js";
import {
  publish
} from "./chunk-44BNX4CR.js";
import "./chunk-D2TKNSSH.js";
import "./chunk-3WXYCIEP.js";

// src/reanalyse.ts
import { existsSync as existsSync5, statSync } from "node:fs";
import { basename, dirname, join as join4, resolve as resolve3 } from "node:path";

// src/schema/confined-path.ts
import { realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
async function confinedPath(root, rel) {
  if (rel.includes("\0") || isAbsolute(rel)) return null;
  const base = resolve(root);
  const target = resolve(base, rel);
  if (!within(base, target)) return null;
  const realBase = await realpath(base).catch(() => base);
  const realTarget = await realpath(target).catch((error) => error instanceof Error && "code" in error && error.code === "ENOENT" ? null : void 0);
  if (realTarget === void 0) return null;
  if (realTarget !== null && !within(realBase, realTarget)) return null;
  return target;
}
function within(base, target) {
  const rel = relative(base, target);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

// src/parse/parse-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARSE_WORKER_FILE = "parse-worker.js";
async function parseJunitFiles(paths, options = {}) {
  const threads = Math.max(1, Math.min(options.threads ?? idleCores(), paths.length));
  const workerPath = options.workerPath === void 0 ? locateParseWorker() : options.workerPath;
  if (threads <= 1 || workerPath === null) {
    const out = [];
    for (const path of paths) out.push(await parseJunitFile(path));
    return out;
  }
  return inPool(paths, threads, workerPath);
}
async function inPool(paths, threads, workerPath) {
  const results = new Array(paths.length);
  let next = 0;
  const workers = Array.from({ length: threads }, () => new Worker(workerPath));
  try {
    await Promise.all(
      workers.map(
        (worker) => new Promise((resolve5, reject) => {
          const send = () => {
            if (next >= paths.length) return resolve5();
            const seq = next++;
            worker.postMessage({ seq, path: paths[seq] });
          };
          worker.on("message", (msg) => {
            if (msg.json === void 0) return reject(new Error(`parsing ${paths[msg.seq] ?? "?"} in a worker thread failed: ${msg.error ?? "no report"}`));
            results[msg.seq] = reshare(JSON.parse(msg.json));
            send();
          });
          worker.once("error", reject);
          worker.once("exit", (code) => next >= paths.length ? resolve5() : reject(new Error(`a parse worker exited with code ${code}`)));
          send();
        })
      )
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.map((r, i) => r ?? { status: "missing", error: `no report at ${paths[i] ?? "?"}`, tests: [] });
}
function idleCores(cores = availableParallelism(), load = loadavg()[0] ?? 0) {
  return Math.max(1, Math.min(cores, Math.floor(cores - load + 0.5)));
}
function reshare(report) {
  for (const c of report.tests) {
    c.id = intern(c.id);
    c.classname = intern(c.classname);
    c.name = intern(c.name);
    if (c.file !== void 0) c.file = intern(c.file);
  }
  return report;
}
function locateParseWorker(from = import.meta.url) {
  for (const relative2 of [`./${PARSE_WORKER_FILE}`, `../${PARSE_WORKER_FILE}`]) {
    const candidate = fileURLToPath(new URL(relative2, from));
    if (candidate.endsWith(`dist/${PARSE_WORKER_FILE}`) && existsSync(candidate)) return candidate;
  }
  return null;
}

// src/shard/confirm-merged.ts
import { existsSync as existsSync2 } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
var NotRunnable = class extends Error {
};
var FALLBACK = "tiers rest on the merged discovery runs and are capped at likely";
async function confirmMerged(input) {
  const { identity, log } = input;
  const skip = (why) => {
    log.warn(`no confirmation in the aggregate: ${why}`);
    return { runs: input.runs, notes: [{ kind: "fallback", text: `no confirmation reruns in the aggregate: ${why}; ${FALLBACK}` }], partners: [], ran: false };
  };
  if (!existsSync2(input.config.cwd)) return skip(`the project directory ${input.config.cwd} is not present in this job (check the project out before the aggregate step)`);
  const name = input.ownFramework !== null && input.ownFramework !== "auto" ? input.ownFramework : identity.framework;
  if (!FRAMEWORKS.includes(name)) return skip(`the framework '${name}' is unknown to this flakegate`);
  const framework = name;
  if (framework === "custom" && input.ownCommand === null) {
    return skip(`the shards ran a custom command; flakegate never runs a command read from an artifact, so give the aggregate the same command (input command / --command) to confirm`);
  }
  const config = { ...input.config, framework, command: input.ownCommand, confirm: true };
  let preset;
  try {
    preset = await resolvePreset(config, log);
  } catch (error) {
    if (error instanceof SetupError || error instanceof ConfigError) return skip(`the ${framework} preset does not resolve in ${config.cwd} (${error.message})`);
    throw error;
  }
  if (preset.name !== identity.framework || preset.template !== identity.command) {
    return skip(`this job's command ('${preset.template}', ${preset.name}) differs from the shards' ('${identity.command}', ${identity.framework}); confirmation reruns only the command the shards ran`);
  }
  const inner = createExecutor(preset, config, { log }, input.runs.length);
  inner.results.push(...input.runs);
  const executor = {
    results: inner.results,
    notes: inner.notes,
    async execute(spec) {
      const result = await inner.execute(spec);
      const first = inner.results.length === input.runs.length + 1;
      if (first && result.record.parse === "missing") throw new NotRunnable(`the first rerun (${result.record.id}) exited with code ${result.record.exitCode} and wrote no JUnit report (its output is in runs/${result.record.id}/output.log); is the project checked out and set up in this job?`);
      return result;
    }
  };
  const seq = nextSeq(input.runs);
  log.info(`confirming the merged suspects in ${config.cwd} (${preset.name}); run ids from ${seq}`);
  const lead = { kind: "confirm", text: `confirmation reruns in the aggregate job (${preset.name} in ${config.cwd}) against the ${input.runs.length} merged discovery runs; run ids continue at ${seq}` };
  try {
    const outcome = await confirmSuspects(preset, config, executor, input.budgetMs, seq);
    return { runs: [...inner.results], notes: [lead, ...outcome.notes], partners: outcome.partners, ran: true };
  } catch (error) {
    if (!(error instanceof NotRunnable)) throw error;
    await writeFile(join(config.out, "runs", "index.json"), JSON.stringify(input.runs.map((r) => r.record), null, 1));
    return skip(error.message);
  }
}
function nextSeq(runs) {
  let max = runs.length;
  for (const r of runs) {
    const seq = /^[a-z]+-(\d+)-/.exec(r.record.id)?.[1];
    if (seq !== void 0) max = Math.max(max, Number(seq));
  }
  return max + 1;
}

// src/shard/merge.ts
import { existsSync as existsSync3 } from "node:fs";
import { join as join2 } from "node:path";

// src/shard/check.ts
function checkShards(shards) {
  const sorted = [...shards].sort((a, b) => a.manifest.index - b.manifest.index);
  const ref = sorted[0];
  if (ref === void 0) return { ok: false, problems: ["no shard manifests (shard.json) found"] };
  const problems = [];
  const byIndex = /* @__PURE__ */ new Map();
  for (const shard of sorted) {
    const m = shard.manifest;
    if (shard !== ref) {
      const field = differingField(ref.manifest, m);
      if (field !== null) {
        const what = field === "commit" ? "another commit" : "another plan";
        problems.push(`${shard.path} belongs to ${what}: ${field} is ${fieldValue(m, field)} but ${ref.path} has ${fieldValue(ref.manifest, field)}; not merged`);
        continue;
      }
    }
    const other = byIndex.get(m.index);
    if (other !== void 0) {
      problems.push(`shard ${m.index}/${m.count} appears twice: ${other} and ${shard.path}; not merged`);
      continue;
    }
    byIndex.set(m.index, shard.path);
  }
  if (problems.length > 0) return { ok: false, problems };
  const count = ref.manifest.count;
  const merged = [...byIndex.keys()].sort((a, b) => a - b);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  return { ok: true, count, plan: ref.manifest.plan, commit: ref.manifest.commit, merged, missing };
}
function differingField(a, b) {
  const keys = ["framework", "command", "workers", "iterations", "shards"];
  for (const key of keys) if (JSON.stringify(a.identity[key]) !== JSON.stringify(b.identity[key])) return key;
  if (a.plan !== b.plan) return "plan";
  if (a.commit !== b.commit) return "commit";
  return null;
}
function fieldValue(m, field) {
  if (field === "plan") return m.plan;
  if (field === "commit") return m.commit ?? "unknown";
  return JSON.stringify(m.identity[field]);
}

// src/shard/merge.ts
async function readShardManifest(dir) {
  const path = join2(dir, "shard.json");
  if (!existsSync3(path)) return null;
  let value;
  try {
    value = await readBoundedJson(path, "shard");
  } catch (error) {
    throw new ConfigError(`analyze: ${error instanceof Error ? error.message : String(error)}`);
  }
  const manifest = readManifest(value);
  if (typeof manifest === "string") throw new ConfigError(`analyze: ${path}: ${manifest}`);
  return manifest;
}
function mergeShards(sources) {
  if (sources.every((s) => s.manifest === null)) return null;
  const strays = sources.filter((s) => s.manifest === null).map((s) => s.dir);
  if (strays.length > 0) {
    throw new ConfigError(`analyze: ${strays.join(", ")} ${strays.length === 1 ? "is not a shard" : "are not shards"} (no shard.json) but the other directories are; merge shards only with shards of the same plan`);
  }
  const loaded = sources.map((s) => ({ path: join2(s.dir, "shard.json"), manifest: s.manifest }));
  const check = checkShards(loaded);
  if (!check.ok) throw new ConfigError(`analyze: cannot merge these shards:
  ${check.problems.join("\n  ")}`);
  const identity = loaded[0]?.manifest.identity;
  if (identity === void 0) throw new ConfigError("analyze: no shards given");
  const commit = check.commit === null ? "unknown commit" : `commit ${check.commit.slice(0, 12)}`;
  const notes = [{ kind: "discovery", text: `merged shards ${check.merged.join(", ")} of ${check.count} (plan ${check.plan}, ${commit})` }];
  const warnings = check.missing.length === 0 ? [] : [`${missingLabel(check.missing, check.count)} missing: the report covers ${check.merged.length} of ${check.count} shards and the gate fails until every shard arrives (did a matrix job fail or its artifact expire?)`];
  for (const { manifest } of loaded) {
    if (manifest.runs.length < manifest.planned.length) {
      warnings.push(`shard ${manifest.index}/${manifest.count} ran ${manifest.runs.length} of its ${manifest.planned.length} planned runs`);
    }
  }
  for (const text of warnings) notes.push({ kind: "fallback", text });
  return {
    identity,
    workers: identity.workers,
    iterations: identity.iterations,
    notes,
    warnings,
    shards: { count: check.count, merged: check.merged, missing: check.missing, plan: check.plan, commit: check.commit }
  };
}
function missingLabel(missing, count) {
  return `shard${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${count}`).join(", ")}`;
}
function incompleteGate(gate, shards) {
  if (shards.missing.length === 0 || gate.failOn === "never") return gate;
  const jobs = shards.missing.length === 1 ? "job" : "jobs";
  return { ...gate, failed: true, reason: `incomplete: ${missingLabel(shards.missing, shards.count)} missing; rerun the failed shard ${jobs} (${shards.merged.length === 1 ? "the shard" : `the ${shards.merged.length} shards`} present: ${gate.reason})` };
}

// src/shard/keep-runs.ts
import { cp, mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { existsSync as existsSync4, lstatSync } from "node:fs";
import { join as join3, resolve as resolve2 } from "node:path";
async function keepMergedRuns(sources, out) {
  await mkdir(join3(out, "runs"), { recursive: true });
  for (const { dir, records } of sources) {
    if (resolve2(dir) === resolve2(out)) continue;
    for (const record of records) {
      const from = runDirectory(dir, record.id);
      if (existsSync4(from)) await cp(from, runDirectory(out, record.id), { recursive: true, filter: (src) => !lstatSync(src).isSymbolicLink() });
    }
  }
  const all = sources.flatMap((s) => s.records).sort((a, b) => a.id.localeCompare(b.id));
  await writeFile2(join3(out, "runs", "index.json"), JSON.stringify(all, null, 1));
}

// src/reanalyse.ts
async function reanalyse(paths, raw, log) {
  const sources = [];
  for (const p of paths) sources.push(await loadSource(resolve3(p)));
  const merge = mergeShards(sources.map((s) => ({ dir: s.dir, manifest: s.manifest })));
  for (const missing of merge?.warnings ?? []) log.warn(missing);
  const first = sources.find((s) => s.report !== null)?.report ?? null;
  const kept = [];
  for (const source of sources) for (const record of source.records) for (const rel of record.reportPaths) kept.push(await keptReportPath(source.dir, rel, log));
  const parsed = await parseKeptReports(kept);
  const projectDir = resolve3(raw.cwd ?? ".");
  const madeIn = (s) => s.report?.config.cwd ? resolve3(s.report.config.cwd) : projectDir;
  const runs = [];
  const seen = /* @__PURE__ */ new Set();
  let at = 0;
  for (const [i, source] of sources.entries()) {
    for (const record of source.records) {
      const id = seen.has(record.id) ? `${safeName(basename(source.dir))}-${i + 1}-${record.id}` : record.id;
      seen.add(id);
      const cases = record.reportPaths.flatMap(() => parsed[at++]?.tests ?? []);
      const probe = await keptProbe(source.dir, record.id);
      runs.push({ record: { ...record, id }, cases: projectRelativeCases(cases, madeIn(source)), ...probe === void 0 ? {} : { probe } });
    }
  }
  if (runs.length === 0) throw new ConfigError(`no runs found in ${paths.join(", ")}`);
  if (sources.some((s) => madeIn(s) !== projectDir)) {
    log.warn(`analyze: the kept runs were made in another directory than ${projectDir}, where the source scan reads the tests' files: if their sources are elsewhere, pass --cwd <the project's directory>`);
  }
  const workers = [...new Set(runs.map((r) => r.record.workers))].sort((a, b) => a - b);
  const config = parseConfig(
    {
      // Nothing is run: the framework only labels the report, and comes from the kept report below.
      framework: "auto",
      workers: raw.workers ?? merge?.workers.join(",") ?? workers.join(","),
      iterations: merge ? String(merge.iterations) : String(Math.max(1, ...runs.map((r) => r.record.iteration))),
      // Merging confirms only when asked (CLI --confirm, the aggregate's default); shards ran none.
      ...merge ? { confirm: raw.confirm ?? "false" } : {},
      timeout: raw.timeout,
      budget: raw.budget,
      "fail-on": raw["fail-on"] ?? first?.config.failOn,
      "fail-on-confidence": raw["fail-on-confidence"] ?? first?.config.failOnConfidence,
      // Never the artifact's cwd: a result folder must not choose where flakegate reads or runs.
      cwd: projectDir,
      out: raw.out ?? (sources.length === 1 ? sources[0]?.dir : ".flakegate"),
      quarantine: raw.quarantine
    },
    "cli"
  );
  if (merge) await keepMergedRuns(sources, config.out);
  const framework = first?.config.framework ?? "custom";
  log.info(`re-analysing ${runs.length} runs from ${sources.length} result director${sources.length === 1 ? "y" : "ies"}`);
  const notes = [{ kind: "discovery", text: `re-analysed ${runs.length} kept runs from ${paths.join(", ")}` }, ...merge?.notes ?? []];
  const partners = sources.flatMap(
    (src) => (src.report?.tests ?? []).filter((t) => (t.partners ?? []).length > 0).map((t) => ({ victim: t.id, workers: t.threshold ?? 0, partners: t.partners ?? [], found: true, probes: 0, evidence: [] }))
  );
  let analysed = runs;
  let confirmed = false;
  if (merge && config.confirm) {
    const planBudget = first?.config.budgetMs ?? null;
    const budgetMs = raw.budget ? config.budgetMs : planBudget === null ? null : planBudget * (1 - DISCOVERY_BUDGET_SHARE);
    const timeoutMs = raw.timeout ? config.timeoutMs : first?.config.timeoutMs ?? config.timeoutMs;
    const outcome = await confirmMerged({ runs, identity: merge.identity, config: { ...config, timeoutMs }, ownCommand: raw.command?.trim() || null, ownFramework: raw.framework?.trim() || null, budgetMs, log });
    analysed = outcome.runs;
    confirmed = outcome.ran;
    notes.push(...outcome.notes);
    partners.push(...outcome.partners);
  } else if (merge) {
    notes.push({ kind: "stop", text: "no confirmation reruns when merging these shards (confirmation off: analyze without --confirm, or the aggregate with confirm: false): tiers rest on the discovery runs and are capped at likely" });
  }
  const final = merge ? { ...config, confirm: confirmed } : config;
  const amend = merge ? (r) => withShards(r, merge) : void 0;
  return finish({ config: final, framework, command: first?.config.command ?? "", runs: analysed, notes, partners, log, ...amend ? { amend } : {} });
}
async function loadSource(path) {
  if (!existsSync5(path)) throw new ConfigError(`analyze: '${path}' does not exist`);
  const isDir = statSync(path).isDirectory();
  const dir = isDir ? path : dirname(path);
  const reportPath = isDir ? join4(dir, "report.json") : path;
  try {
    if (existsSync5(reportPath)) {
      const report = await readContractFile(reportPath, "report");
      return { dir, records: report.runs, report, manifest: await readShardManifest(dir) };
    }
    const index = join4(dir, "runs", "index.json");
    if (existsSync5(index)) return { dir, records: await readContractFile(index, "runs"), report: null, manifest: await readShardManifest(dir) };
  } catch (error) {
    if (error instanceof ArtifactError) throw new ConfigError(`analyze: ${error.message}`);
    throw error;
  }
  throw new ConfigError(`analyze: no report.json or runs/index.json in '${dir}'`);
}
async function keptReportPath(dir, rel, log) {
  const inside = await confinedPath(dir, rel);
  if (inside !== null) return inside;
  const error = `report path ${JSON.stringify(rel)} leads outside ${dir}: not read`;
  log.warn(`analyze: ${error}`);
  return { status: "invalid", error, tests: [] };
}
async function keptProbe(dir, id) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) return void 0;
  const inside = await confinedPath(dir, join4("runs", id, PROBE_DIR_NAME));
  return inside === null ? void 0 : readProbeDir(inside);
}
async function parseKeptReports(kept) {
  const parsed = await parseJunitFiles(kept.filter((k) => typeof k === "string"));
  let at = 0;
  return kept.map((k) => typeof k === "string" ? parsed[at++] ?? { status: "missing", tests: [] } : k);
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[^A-Za-z0-9]+/, "").slice(0, 80) || "source";
}
function withShards(report, merge) {
  return { ...report, gate: incompleteGate(report.gate, merge.shards), warnings: [...report.warnings, ...merge.warnings], shards: merge.shards };
}

// src/shard/find-shards.ts
import { existsSync as existsSync6, readdirSync } from "node:fs";
import { join as join5, resolve as resolve4 } from "node:path";
function findShardDirs(dir, label) {
  const root = resolve4(dir);
  if (!existsSync6(root)) throw new ConfigError(`${label}: '${dir}' does not exist; download the shard artifacts there first (actions/download-artifact@v4)`);
  if (isResult(root)) return [root];
  const dirs = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && isResult(join5(root, e.name))).map((e) => join5(root, e.name)).sort();
  if (dirs.length === 0) {
    throw new ConfigError(`${label}: '${dir}' holds no shard results (no <artifact>/shard.json); download with pattern: flakegate-shard-* and without merge-multiple`);
  }
  return dirs;
}
function isResult(dir) {
  return existsSync6(join5(dir, "shard.json")) || existsSync6(join5(dir, "report.json"));
}

// src/shard/action-modes.ts
async function publishShard(report, reportJsonPath, out, runner) {
  const label = report.shard ? `shard ${report.shard.index}/${report.shard.count}` : "shard";
  runner.setOutput("report-json", reportJsonPath);
  runner.log.info(`flakegate ${label}: ${report.runs.length} runs kept in ${out}; upload that directory as an artifact for the aggregate job`);
  try {
    await runner.appendSummary(`flakegate ${label}: ${report.runs.length} runs done; the aggregate job publishes the report.
`);
  } catch (error) {
    runner.log.warn(`flakegate could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
async function runAggregate(runner, inputs) {
  const dirs = findShardDirs(runner.input("shards") || inputNamed("shards").default, "input 'shards'");
  const given = settingsFromInputs((name) => runner.input(name), ["out", "fail-on", "fail-on-confidence", "cwd", "confirm", "timeout", "budget", "framework", "command"]);
  const raw = Object.fromEntries(Object.entries(given).map(([key, value]) => [key, value === "" ? void 0 : value]));
  raw["confirm"] ??= "true";
  const { report, reportJsonPath } = await reanalyse(dirs, raw, runner.log);
  await publish(report, { inputs, log: runner.log, reportJsonPath, runner });
  return report;
}
export {
  publishShard,
  runAggregate
};
