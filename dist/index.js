import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  ReportFileError
} from "./chunks/chunk-OI2KZ5G2.js";
import {
  ConfigError,
  SetupError,
  inputNamed,
  parseChoice,
  parseConfig,
  runPipeline,
  settingsFromInputs
} from "./chunks/chunk-L7HRM3V6.js";
import "./chunks/chunk-BPX6AXOD.js";
import {
  createRunner,
  readContext
} from "./chunks/chunk-3WXYCIEP.js";

// src/action.ts
function actionChoice(runner2, name) {
  const decl = inputNamed(name);
  return parseChoice(decl, runner2.input(name) || decl.default, `input '${name}'`);
}
function publishInputs(runner2) {
  const comment = actionChoice(runner2, "comment");
  return {
    token: runner2.input("token"),
    comment,
    commentKey: runner2.input("comment-key") || process.env["GITHUB_JOB"] || "flakegate",
    checkName: runner2.input("check-name")
  };
}
async function main(runner2) {
  const log = runner2.log;
  const mode = actionChoice(runner2, "mode");
  const inputs = publishInputs(runner2);
  if (mode === "comment") {
    const path = runner2.input("report");
    if (path === "") throw new ConfigError("input 'report' is required with mode: comment (the downloaded report.json)");
    const { publishComment, readReportFile } = await import("./chunks/comment-mode-BM3HUHVH.js");
    await publishComment(await readReportFile(path), { inputs, log, runner: runner2 });
    return;
  }
  if (mode === "aggregate") {
    const { runAggregate } = await import("./chunks/action-modes-CZW4S3ZM.js");
    const merged = await runAggregate(runner2, inputs);
    if (merged.gate.failed) runner2.setFailed(`flakegate: ${merged.gate.reason}`);
    return;
  }
  const settings = settingsFromInputs((name) => runner2.input(name));
  const config = parseConfig({ ...settings, base: settings["base"] || readContext(process.env).pullRequest?.baseSha }, "action");
  const controller = new AbortController();
  for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => controller.abort());
  const known = config.failOn === "new-parallel-only" ? await (await import("./chunks/tracking-issue-mode-SJBZO6Y6.js")).readKnownTests({ token: inputs.token, log }) : void 0;
  const { report, reportJsonPath } = await runPipeline(config, { log, signal: controller.signal, ...known ? { known } : {} });
  if (config.shard) await (await import("./chunks/action-modes-CZW4S3ZM.js")).publishShard(report, reportJsonPath, config.out, runner2);
  else await (await import("./chunks/publish-VM45PKTP.js")).publish(report, { config, inputs, log, reportJsonPath, runner: runner2 });
  if (controller.signal.aborted) runner2.setFailed("flakegate: cancelled; the report covers the runs that finished");
  else if (mode === "stability") await (await import("./chunks/tracking-issue-mode-SJBZO6Y6.js")).publishStability(report, runner2, { token: inputs.token, log });
  else if (report.gate.failed) runner2.setFailed(`flakegate: ${report.gate.reason}`);
}
var runner = createRunner();
try {
  await main(runner);
} catch (error) {
  if (error instanceof ConfigError || error instanceof SetupError || error instanceof ReportFileError) {
    const hint = error instanceof SetupError && error.hint ? `
fix: ${error.hint}` : "";
    runner.setFailed(`${error.message}${hint}`);
  } else {
    runner.setFailed(`flakegate failed unexpectedly: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
  process.exitCode = 2;
}
