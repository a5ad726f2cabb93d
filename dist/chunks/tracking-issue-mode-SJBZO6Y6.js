import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);
import {
  whyNoApi
} from "./chunk-44BNX4CR.js";
import {
  NO_RETRY,
  createClient,
  describeError,
  isReadOnly,
  isTransient,
  pRetry
} from "./chunk-D2TKNSSH.js";
import {
  COMMENTS_PER_PAGE,
  COMMENT_BODY_MAX_CHARS,
  codeSpan,
  collectSecrets,
  readContext,
  safeUrl,
  tableCell
} from "./chunk-3WXYCIEP.js";

// src/history/merge.ts
var TREND_RUNS = 10;
function mergeHistory(stored) {
  const byId = /* @__PURE__ */ new Map();
  for (const run of stored) if (!byId.has(run.runId)) byId.set(run.runId, run);
  const runs = [...byId.values()].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.runId.localeCompare(b.runId));
  const flags = runs.map((r) => new Map(r.tests.map((t) => [t.id, t])));
  const window = runs.length - TREND_RUNS;
  const rows = /* @__PURE__ */ new Map();
  runs.forEach((_run, i) => {
    for (const [id, t] of flags[i] ?? []) {
      const row2 = rows.get(id);
      if (row2 === void 0) rows.set(id, { verdict: t.verdict, first: i, last: i, trend: [] });
      else Object.assign(row2, { verdict: t.verdict, last: i });
    }
  });
  for (const [id, row2] of rows) {
    for (let i = Math.max(row2.first, window); i < runs.length; i++) row2.trend.push(flags[i]?.get(id)?.rate ?? 0);
  }
  const latest = runs.length - 1;
  const tests = [...rows.entries()].map(([id, r]) => ({
    id,
    verdict: r.verdict,
    firstSeen: runs[r.first]?.at ?? "",
    lastSeen: runs[r.last]?.at ?? "",
    firstRunUrl: runs[r.first]?.runUrl ?? null,
    lastRunUrl: runs[r.last]?.runUrl ?? null,
    trend: r.trend,
    active: r.last === latest
  }));
  tests.sort((a, b) => Number(b.active) - Number(a.active) || (b.trend.at(-1) ?? 0) - (a.trend.at(-1) ?? 0) || b.lastSeen.localeCompare(a.lastSeen) || a.id.localeCompare(b.id));
  const newlyAppeared = latest < 0 ? [] : [...rows.entries()].filter(([, r]) => r.first === latest).map(([id]) => id).sort();
  const newlyFixed = latest < 1 ? [] : [...flags[latest - 1]?.keys() ?? []].filter((id) => !flags[latest]?.has(id)).sort();
  return { runs, tests, newlyAppeared, newlyFixed };
}
function knownTests(history) {
  const recent = history.runs.slice(-TREND_RUNS);
  return new Set(recent.flatMap((r) => r.tests.map((t) => t.id)));
}

// src/history/run-record.ts
var RUN_MARKER = "<!-- flakegate:stability-run -->";
var SCHEMA = "flakegate/stability-run@1";
var MAX_TESTS_PER_RUN = 150;
var MAX_ID_CHARS = 300;
function runFromReport(report, meta) {
  const minWorkers = Math.min(...report.config.workers);
  const tracked = report.tests.filter((t) => t.verdict === "parallel-only" || t.verdict === "flaky").map((t) => ({ id: t.id.slice(0, MAX_ID_CHARS), verdict: t.verdict, rate: rateOf(t, t.verdict === "parallel-only" ? minWorkers : 0) })).sort((a, b) => b.rate - a.rate || a.id.localeCompare(b.id)).slice(0, MAX_TESTS_PER_RUN);
  return { ...meta, testsSeen: report.tests.length, tests: tracked };
}
function rateOf(t, above) {
  let failed = 0;
  let ran = 0;
  for (const [workers, s] of Object.entries(t.byWorkers)) {
    if (Number(workers) <= above) continue;
    failed += s.failed;
    ran += s.passed + s.failed;
  }
  return ran === 0 ? 0 : Math.round(failed / ran * 100) / 100;
}
function renderRunComment(run) {
  const json = JSON.stringify({ schema: SCHEMA, ...run }, null, 1).replace(/`/g, "\\u0060");
  const label = `run ${codeSpan(run.runId, { max: 40 })}`;
  const link = run.runUrl === null ? label : `[${label}](${safeUrl(run.runUrl)})`;
  return [
    RUN_MARKER,
    `flakegate stability ${link} at ${run.at}: ${run.tests.length} of ${run.testsSeen} tests parallel-only or flaky.`,
    "",
    "<details><summary>data (flakegate reads this block; edit with care)</summary>",
    "",
    "```json",
    json,
    "```",
    "</details>",
    ""
  ].join("\n");
}
function parseRunComment(body) {
  if (!body.includes(RUN_MARKER)) return null;
  const m = /```json\n([\s\S]*?)\n```/.exec(body);
  if (m === null) return null;
  let data;
  try {
    data = JSON.parse(m[1] ?? "");
  } catch {
    return null;
  }
  return validRun(data);
}
function validRun(data) {
  if (typeof data !== "object" || data === null) return null;
  const d = data;
  if (d["schema"] !== SCHEMA || typeof d["runId"] !== "string" || typeof d["at"] !== "string" || Number.isNaN(Date.parse(d["at"]))) return null;
  if (!Array.isArray(d["tests"])) return null;
  const tests = [];
  for (const t of d["tests"].slice(0, MAX_TESTS_PER_RUN)) {
    const r = t ?? {};
    if (typeof r["id"] !== "string" || r["verdict"] !== "parallel-only" && r["verdict"] !== "flaky") continue;
    const rate = typeof r["rate"] === "number" && r["rate"] >= 0 && r["rate"] <= 1 ? r["rate"] : 0;
    tests.push({ id: r["id"].slice(0, MAX_ID_CHARS), verdict: r["verdict"], rate });
  }
  return {
    runId: d["runId"],
    runUrl: typeof d["runUrl"] === "string" && /^https?:\/\//.test(d["runUrl"]) ? d["runUrl"] : null,
    at: d["at"],
    sha: typeof d["sha"] === "string" ? d["sha"] : null,
    testsSeen: typeof d["testsSeen"] === "number" ? d["testsSeen"] : tests.length,
    tests
  };
}

// src/history/render.ts
var TRACKING_MARKER = "<!-- flakegate:tracking-issue -->";
var TRACKING_TITLE = "Parallel-only and flaky tests";
var LINKED_RUNS = 10;
var NAMED_IN_SECTION = 20;
function renderTrackingBody(history, opts) {
  const secrets = opts.secrets ?? [];
  const id = (text) => codeSpan(text, { secrets, max: 200 });
  const active = history.tests.filter((t) => t.active);
  const latest = history.runs.at(-1);
  const head = [
    TRACKING_MARKER,
    `# ${TRACKING_TITLE}`,
    "",
    latest === void 0 ? "No stability run recorded yet." : `Maintained by flakegate's scheduled stability job: ${history.runs.length} runs recorded, latest ${latest.at.slice(0, 16).replace("T", " ")} UTC (${latest.tests.length} of ${latest.testsSeen} tests parallel-only or flaky). Each run appends a comment with its data; this body is rebuilt from all of them. Tests listed here count as known for \`fail-on: new-parallel-only\`.`,
    "",
    `**Newly appeared:** ${names(history.newlyAppeared, id)}`,
    "",
    `**Newly fixed:** ${names(history.newlyFixed, id)}`,
    ""
  ].join("\n");
  const runs = history.runs.slice(-LINKED_RUNS).reverse().map((r) => r.runUrl === null ? `run ${codeSpan(r.runId, { max: 40 })}` : `[${r.at.slice(0, 10)} #${codeSpan(r.runId, { max: 40 })}](${safeUrl(r.runUrl)})`);
  const tail = ["", `**Runs** (newest first): ${runs.length === 0 ? "none" : runs.join(" \xB7 ")}`, ""].join("\n");
  const tableHead = ["| test | verdict | first seen | last seen | failure rate trend (oldest \u2192 newest) |", "|---|---|---|---|---|"];
  const rows = history.tests.map((t) => row(t, id));
  let budget = opts.maxChars - head.length - tail.length - tableHead.join("\n").length - 200;
  const shown = [];
  for (const r of rows) {
    if (r.length + 1 > budget) break;
    shown.push(r);
    budget -= r.length + 1;
  }
  const omitted = rows.length - shown.length;
  const table = rows.length === 0 ? ["No parallel-only or flaky test recorded."] : [`${active.length} active, ${rows.length - active.length} fixed.`, "", ...tableHead, ...shown];
  if (omitted > 0) table.push("", `${omitted} more tests not shown (issue body limit); their data is in the run comments.`);
  return [head, ...table, tail].join("\n");
}
function names(ids, id) {
  if (ids.length === 0) return "none";
  const shown = ids.slice(0, NAMED_IN_SECTION).map(id).join(", ");
  return ids.length > NAMED_IN_SECTION ? `${shown} and ${ids.length - NAMED_IN_SECTION} more (see the table)` : shown;
}
function row(t, id) {
  const trend = t.trend.map((r) => r.toFixed(2)).join(" \u2192 ");
  const seen = (at, url) => url === null ? at.slice(0, 10) : `[${at.slice(0, 10)}](${safeUrl(url)})`;
  const verdict = t.active ? t.verdict : `fixed (was ${t.verdict})`;
  return `| ${[id(t.id), verdict, seen(t.firstSeen, t.firstRunUrl), seen(t.lastSeen, t.lastRunUrl), trend].map(tableCell).join(" | ")} |`;
}

// src/github/tracking-issue.ts
var TRACKING_LABEL = "flakegate";
var MAX_RENDER_ROUNDS = 5;
async function findTrackingIssue(octokit, opts) {
  const all = await listTracking(octokit, opts);
  const first = all[0];
  return first === void 0 ? null : { number: first.number, url: first.html_url };
}
async function listTracking(octokit, opts) {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner: opts.owner,
    repo: opts.repo,
    labels: opts.label ?? TRACKING_LABEL,
    state: "open",
    per_page: 100
  });
  return issues.filter((i) => i.pull_request === void 0 && (i.body ?? "").includes(TRACKING_MARKER)).sort((a, b) => a.number - b.number);
}
async function readStabilityHistory(octokit, opts) {
  const issue = await findTrackingIssue(octokit, opts);
  if (issue === null) return null;
  return mergeHistory((await listRunComments(octokit, opts, issue.number)).map((c) => c.run));
}
async function recordStabilityRun(octokit, run, opts) {
  const retrying = (what, fn) => pRetry(fn, {
    retries: opts.retries ?? 3,
    minTimeout: opts.minTimeoutMs ?? 1e3,
    factor: 2,
    shouldRetry: ({ error }) => isTransient(error),
    onFailedAttempt: ({ error, retriesLeft }) => {
      if (retriesLeft > 0 && isTransient(error)) opts.log.warn(`tracking issue: ${what} failed (${describeError(error)}); re-reading and retrying`);
    }
  });
  const { issue, created } = await retrying("finding or creating the issue", () => findOrCreate(octokit, opts));
  await retrying("appending the run", async () => {
    const stored = await listRunComments(octokit, opts, issue.number);
    if (stored.some((c) => c.run.runId === run.runId)) return;
    await octokit.rest.issues.createComment({ owner: opts.owner, repo: opts.repo, issue_number: issue.number, body: renderRunComment(run), request: NO_RETRY });
  });
  const history = await retrying("updating the body", () => refreshBody(octokit, opts, issue.number));
  return { issue, created, history };
}
async function findOrCreate(octokit, opts) {
  const existing = await findTrackingIssue(octokit, opts);
  if (existing !== null) return { issue: existing, created: false };
  const body = renderTrackingBody(mergeHistory([]), { maxChars: COMMENT_BODY_MAX_CHARS - 1e3 });
  const { data } = await octokit.rest.issues.create({ owner: opts.owner, repo: opts.repo, title: TRACKING_TITLE, body, labels: [opts.label ?? TRACKING_LABEL], request: NO_RETRY });
  const winner = await findTrackingIssue(octokit, opts);
  if (winner !== null && winner.number !== data.number) {
    opts.log.warn(`tracking issue: another run created #${winner.number} at the same time; closing the duplicate #${data.number}`);
    await octokit.rest.issues.update({ owner: opts.owner, repo: opts.repo, issue_number: data.number, state: "closed", body: `${body}

Duplicate of #${winner.number}.` });
    return { issue: winner, created: false };
  }
  return { issue: { number: data.number, url: data.html_url }, created: true };
}
async function refreshBody(octokit, opts, issueNumber) {
  let stored = await listRunComments(octokit, opts, issueNumber);
  let history = mergeHistory(stored.map((c) => c.run));
  for (let round = 1; round <= MAX_RENDER_ROUNDS; round++) {
    const body = renderTrackingBody(history, { maxChars: COMMENT_BODY_MAX_CHARS - 1e3, ...opts.secrets === void 0 ? {} : { secrets: opts.secrets } });
    await octokit.rest.issues.update({ owner: opts.owner, repo: opts.repo, issue_number: issueNumber, body });
    const again = await listRunComments(octokit, opts, issueNumber);
    if (sameRuns(again, stored)) return history;
    opts.log.debug(`tracking issue: ${again.length - stored.length} runs were recorded meanwhile; rendering again`);
    stored = again;
    history = mergeHistory(stored.map((c) => c.run));
  }
  opts.log.warn("tracking issue: runs kept arriving while the body was rebuilt; the next run brings it up to date (no data is lost: it lives in the run comments)");
  return history;
}
async function listRunComments(octokit, opts, issueNumber) {
  const all = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: opts.owner,
    repo: opts.repo,
    issue_number: issueNumber,
    per_page: COMMENTS_PER_PAGE
  });
  const runs = [];
  for (const c of all) {
    const body = c.body ?? "";
    if (!body.includes(RUN_MARKER)) continue;
    const run = parseRunComment(body);
    if (run === null) opts.log.warn(`tracking issue: comment ${c.id} carries the run marker but its data block is unreadable; skipped`);
    else runs.push({ id: c.id, run });
  }
  return runs;
}
function sameRuns(a, b) {
  const key = (xs) => xs.map((x) => x.id).sort((p, q) => p - q).join(",");
  return key(a) === key(b);
}

// src/github/tracking-issue-mode.ts
async function readKnownTests(deps) {
  const ctx = readContext(deps.env ?? process.env);
  const skipped = whyNoApi(ctx, deps.token);
  const unknown = (why) => {
    deps.log.warn(`fail-on new-parallel-only: ${why}; only quarantined tests count as known`);
    return { ids: /* @__PURE__ */ new Set(), note: `the stability history could not be read (${why}), so every parallel-only test that is not quarantined counts as new` };
  };
  if (skipped !== void 0) return unknown(skipped);
  try {
    const octokit = createClient(deps.token, { apiUrl: ctx.apiUrl, log: deps.log });
    const history = await readStabilityHistory(octokit, { owner: ctx.owner, repo: ctx.repo, log: deps.log, ...deps.minTimeoutMs === void 0 ? {} : { minTimeoutMs: deps.minTimeoutMs } });
    if (history === null) return { ids: /* @__PURE__ */ new Set(), note: "no stability tracking issue exists yet, so only quarantined tests count as known" };
    const ids = knownTests(history);
    deps.log.info(`fail-on new-parallel-only: ${ids.size} tests known from the stability history (${history.runs.length} runs)`);
    return { ids };
  } catch (error) {
    return unknown(describeError(error));
  }
}
async function publishStability(report, runner, deps) {
  const env = deps.env ?? process.env;
  const ctx = readContext(env);
  const skipped = whyNoApi(ctx, deps.token);
  if (skipped !== void 0) {
    deps.log.warn(`stability tracking issue not updated: ${skipped}`);
    return;
  }
  const attempt = env["GITHUB_RUN_ATTEMPT"];
  const runId = `${ctx.runId ?? "local"}${attempt && attempt !== "1" ? `-${attempt}` : ""}`;
  const run = runFromReport(report, { runId, runUrl: ctx.runUrl, at: (/* @__PURE__ */ new Date()).toISOString(), sha: ctx.sha });
  try {
    const octokit = createClient(deps.token, { apiUrl: ctx.apiUrl, log: deps.log });
    const result = await recordStabilityRun(octokit, run, {
      owner: ctx.owner,
      repo: ctx.repo,
      log: deps.log,
      secrets: collectSecrets(env, [deps.token]),
      ...deps.minTimeoutMs === void 0 ? {} : { minTimeoutMs: deps.minTimeoutMs }
    });
    deps.log.info(`stability: ${result.created ? "created" : "updated"} tracking issue #${result.issue.number} (${result.history.runs.length} ${result.history.runs.length === 1 ? "run" : "runs"} recorded) ${result.issue.url}`);
  } catch (error) {
    const why = isReadOnly(error) ? "the token cannot write issues (add `permissions: issues: write` to the job)" : describeError(error);
    runner.notice(`flakegate: the stability tracking issue was not updated: ${why}. The report and job summary are complete.`);
  }
}
export {
  publishStability,
  readKnownTests
};
