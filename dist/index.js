import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  ReportFileError
} from "./chunks/chunk-G4TESCBG.js";
import {
  ConfigError,
  SetupError,
  parseConfig,
  runPipeline
} from "./chunks/chunk-CCBO2LQK.js";
import "./chunks/chunk-KG34OI7W.js";
import {
  createRunner
} from "./chunks/chunk-CHLHUAT3.js";

// src/action.ts
var COMMENT_MODES = Object.keys({ always: true, "on-failure": true, off: true });
function minutes(value) {
  if (value === "") return void 0;
  return /^\d+(\.\d+)?$/.test(value) ? `${value}m` : value;
}
function publishInputs(runner2) {
  const comment = runner2.input("comment") || "always";
  if (!COMMENT_MODES.includes(comment)) {
    throw new ConfigError(`input 'comment': unknown value '${comment}'; allowed: ${COMMENT_MODES.join(", ")}`);
  }
  return {
    token: runner2.input("token"),
    comment,
    commentKey: runner2.input("comment-key") || process.env["GITHUB_JOB"] || "flakegate",
    checkName: runner2.input("check-name")
  };
}
async function main(runner2) {
  const log = runner2.log;
  const mode = runner2.input("mode") || "run";
  if (mode !== "run" && mode !== "comment" && mode !== "aggregate" && mode !== "stability") {
    throw new ConfigError(`input 'mode': unknown value '${mode}'; allowed: run, comment, aggregate, stability`);
  }
  const inputs = publishInputs(runner2);
  if (mode === "comment") {
    const path = runner2.input("report");
    if (path === "") throw new ConfigError("input 'report' is required with mode: comment (the downloaded report.json)");
    const { publishComment, readReportFile } = await import("./chunks/comment-mode-B4Q3PQ6R.js");
    await publishComment(await readReportFile(path), { inputs, log, runner: runner2 });
    return;
  }
  if (mode === "aggregate") {
    const { runAggregate } = await import("./chunks/action-modes-UODI7LXI.js");
    const merged = await runAggregate(runner2, inputs);
    if (merged.gate.failed) runner2.setFailed(`flakegate: ${merged.gate.reason}`);
    return;
  }
  const config = parseConfig(
    {
      framework: runner2.input("framework"),
      command: runner2.input("command"),
      workers: runner2.input("workers"),
      iterations: runner2.input("iterations"),
      timeout: minutes(runner2.input("timeout-minutes")),
      budget: minutes(runner2.input("budget-minutes")),
      confirm: runner2.input("confirm"),
      "fail-on": runner2.input("fail-on"),
      cwd: runner2.input("working-directory"),
      out: runner2.input("out"),
      shard: runner2.input("shard"),
      quarantine: runner2.input("quarantine")
    },
    "action"
  );
  const controller = new AbortController();
  for (const sig of ["SIGINT", "SIGTERM"]) process.once(sig, () => controller.abort());
  const known = config.failOn === "new-parallel-only" ? await (await import("./chunks/tracking-issue-mode-D767OYLC.js")).readKnownTests({ token: inputs.token, log }) : void 0;
  const { report, reportJsonPath } = await runPipeline(config, { log, signal: controller.signal, ...known ? { known } : {} });
  if (config.shard) await (await import("./chunks/action-modes-UODI7LXI.js")).publishShard(report, reportJsonPath, config.out, runner2);
  else await (await import("./chunks/publish-G5PO4AGT.js")).publish(report, { config, inputs, log, reportJsonPath, runner: runner2 });
  if (controller.signal.aborted) runner2.setFailed("flakegate: cancelled; the report covers the runs that finished");
  else if (mode === "stability") await (await import("./chunks/tracking-issue-mode-D767OYLC.js")).publishStability(report, runner2, { token: inputs.token, log });
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
