import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  READ_ONLY_NOTICE,
  checkAnnotations,
  publishToApi
} from "./chunk-D2TKNSSH.js";
import {
  STEP_ANNOTATIONS_PER_LEVEL,
  VERDICT_MEANING,
  collectSecrets,
  createRunner,
  decideText,
  failsGate,
  findings,
  formatRate,
  readContext,
  renderMarkdown,
  sampleSentence,
  sanitizeLog,
  verdictTitle,
  workerKeys
} from "./chunk-3WXYCIEP.js";

// src/github/publish.ts
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

// src/report/annotations.ts
function buildAnnotations(report, secrets = []) {
  const keys = workerKeys(report);
  return findings(report).map((t) => {
    const fails = failsGate(report, t);
    const base = {
      level: fails ? "error" : "warning",
      title: sanitizeLog(`flakegate: ${t.verdict} \u2014 ${t.display}`, { secrets, max: 200 }).replace(/\n/g, " "),
      message: sanitizeLog(message(t, keys, fails), { secrets, max: 2e3 }),
      testId: t.id
    };
    return t.file === void 0 ? base : { ...base, file: t.file, ...t.line === void 0 ? {} : { line: t.line } };
  });
}
function message(t, keys, fails) {
  const rates = keys.map((k) => `${k}w ${formatRate(t.byWorkers[k])}`).join(", ");
  const lines = [`This test ${VERDICT_MEANING[t.verdict]} (${t.confidence}). Failures by worker count: ${rates}.`];
  const sample = sampleSentence(t);
  if (sample !== null) lines.push(`Evidence on ${sample}.`);
  const decide = decideText(t);
  if (decide !== null && !fails) lines.push(`Below the gate's tier, so a warning: ${decide}.`);
  const top = t.causes[0];
  if (top !== void 0) lines.push(`Likely cause: ${top.cause}. Fix: ${top.fix.summary}`);
  const first = t.messages[0];
  if (first !== void 0) lines.push(`First failure: ${first.split("\n").slice(0, 3).join(" ")}`);
  return lines.join("\n");
}
var RESERVED = { error: 1, warning: 1, notice: 1 };
function selectStepAnnotations(all) {
  const shown = [];
  const count = { error: 0, warning: 0, notice: 0 };
  const omitted = { error: 0, warning: 0, notice: 0 };
  for (const a of all) {
    if (count[a.level] < STEP_ANNOTATIONS_PER_LEVEL - RESERVED[a.level]) {
      shown.push(a);
      count[a.level] += 1;
    } else {
      omitted[a.level] += 1;
    }
  }
  return { shown, omitted };
}

// src/github/publish.ts
async function publish(report, opts) {
  const runner = opts.runner ?? createRunner();
  const env = opts.env ?? process.env;
  const ctx = readContext(env);
  const secrets = collectSecrets(env, [opts.inputs.token]);
  const log = opts.log;
  await writeLocal(report, ctx, runner, secrets, opts.reportJsonPath, log);
  const all = buildAnnotations(report, secrets);
  const toRepoPath = repoPathMapper(report.config.cwd, ctx.workspace ?? process.cwd());
  const selection = selectStepAnnotations(all);
  for (const a of selection.shown) {
    const file = a.file === void 0 ? null : toRepoPath(a.file);
    runner.annotate({ level: a.level, message: a.message, title: a.title, ...file === null ? {} : { file }, ...a.line === void 0 ? {} : { line: a.line } });
  }
  const omitted = selection.omitted.error + selection.omitted.warning + selection.omitted.notice;
  if (omitted > 0) runner.notice(`flakegate: ${omitted} more test annotations are not shown (GitHub shows 10 per level per step); see the job summary`);
  const skipped = whyNoApi(ctx, opts.inputs.token);
  if (skipped !== void 0) {
    log.info(`PR comment and check run skipped: ${skipped}`);
    return { api: null, skipped };
  }
  if (ctx.eventName === "pull_request" && ctx.pullRequest?.isFork === true) {
    runner.notice(READ_ONLY_NOTICE);
    return { api: { comment: null, checkRun: null, readOnly: true } };
  }
  const api = await publishToApi(
    report,
    ctx,
    opts.inputs,
    { pullRequest: ctx.pullRequest?.number ?? null, headSha: ctx.headSha },
    checkAnnotations(all, toRepoPath),
    { runner, secrets, ...opts.api }
  );
  return { api };
}
async function writeLocal(report, ctx, runner, secrets, reportJsonPath, log) {
  runner.setOutput("parallel-only", String(report.summary.parallelOnly));
  runner.setOutput("flaky", String(report.summary.flaky));
  runner.setOutput("broken", String(report.summary.broken));
  runner.setOutput("lost", String(report.summary.lost));
  runner.setOutput("gate", report.gate.failed ? "failed" : "passed");
  runner.setOutput("summary", verdictTitle(report));
  runner.setOutput("report-json", reportJsonPath);
  runner.setOutput("report-md", join(dirname(reportJsonPath), "report.md"));
  runner.setOutput("report-html", join(dirname(reportJsonPath), "report.html"));
  try {
    await runner.appendSummary(renderMarkdown(report, { secrets, ...ctx.runUrl === null ? {} : { runUrl: ctx.runUrl } }));
  } catch (error) {
    log.warn(`flakegate could not write the job summary: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function whyNoApi(ctx, token) {
  if (token === "") return "no token";
  if (ctx.owner === "" || ctx.repo === "") return "GITHUB_REPOSITORY is not set (not running in GitHub Actions)";
  return void 0;
}
function repoPathMapper(projectDir, workspace) {
  return (file) => {
    const rel = relative(workspace, resolve(projectDir, file));
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return null;
    return rel.split(sep).join("/");
  };
}

export {
  publish,
  whyNoApi,
  repoPathMapper
};
