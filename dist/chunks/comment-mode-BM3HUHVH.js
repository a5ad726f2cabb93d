import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  ReportFileError,
  readReportFile
} from "./chunk-OI2KZ5G2.js";
import "./chunk-BPX6AXOD.js";
import {
  createClient,
  describeError,
  publishToApi
} from "./chunk-D2TKNSSH.js";
import {
  collectSecrets,
  createRunner,
  readContext
} from "./chunk-3WXYCIEP.js";

// src/github/pull-request.ts
async function resolvePullRequest(octokit, ctx) {
  if (ctx.pullRequest !== null) return ctx.pullRequest.number;
  const sha = ctx.workflowRun?.headSha ?? ctx.sha;
  if (sha === null) return null;
  const fromPayload = ctx.workflowRun?.pullRequests.find((p) => p.headSha === sha);
  if (fromPayload !== void 0) return fromPayload.number;
  const { owner, repo } = ctx;
  const byCommit = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
  const found = byCommit.data.find((p) => p.state === "open" && p.head.sha === sha);
  if (found !== void 0) return found.number;
  const label = ctx.workflowRun?.headLabel;
  if (label === null || label === void 0) return null;
  const byHead = await octokit.rest.pulls.list({ owner, repo, state: "open", head: label, per_page: 100 });
  return byHead.data.find((p) => p.head.sha === sha)?.number ?? null;
}

// src/github/comment-mode.ts
async function publishComment(report, opts) {
  const runner = opts.runner ?? createRunner();
  const env = opts.env ?? process.env;
  const ctx = readContext(env);
  const log = opts.log;
  if (opts.inputs.token === "" || ctx.owner === "") {
    log.warn("flakegate (mode: comment): no token or repository; nothing to post");
    return null;
  }
  let pullRequest;
  try {
    pullRequest = await resolvePullRequest(createClient(opts.inputs.token, { apiUrl: ctx.apiUrl, log, ...opts.api?.client }), ctx);
  } catch (error) {
    log.warn(`flakegate (mode: comment): could not find the pull request: ${describeError(error)}`);
    return null;
  }
  if (pullRequest === null) {
    log.info(`flakegate (mode: comment): no open pull request for ${ctx.workflowRun?.headSha ?? ctx.sha ?? "this commit"}; nothing to post`);
    return null;
  }
  const secrets = collectSecrets(env, [opts.inputs.token]);
  return publishToApi(report, ctx, { ...opts.inputs, checkName: "" }, { pullRequest, headSha: null }, [], { runner, secrets, ...opts.api });
}
export {
  ReportFileError,
  publishComment,
  readReportFile
};
