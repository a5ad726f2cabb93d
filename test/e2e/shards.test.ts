// Matrix shards through the real bundles: the CLI runs a plan as 4 shards (each its own out dir,
// like 4 matrix jobs) and `analyze` merges them into the single-job result; foreign, duplicate and
// missing shards are refused or reported by name. Then the action: two `shard` steps that publish
// nothing, and one `mode: aggregate` step that posts the one comment and check run.
//
// The fixture's flaky and lost tests follow an invocation counter kept in the project directory,
// so the shards run one after another, in shard order, in one copy of the project: that replays the
// single job's invocation sequence exactly (a shard is a contiguous block of whole iterations).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import type { ShardManifest } from '../../src/shard/manifest.js';
import { inputEnv, runnerBaseEnv, spawnAction } from '../support/action-process.js';
import { bundleProblem, copyFixture, runCli } from '../support/cli.js';
import { FakeGitHub } from '../support/fake-github.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

const SHA = '5'.repeat(40);
const PLAN = ['--command', 'node fake-suite.mjs {workers} {junit}', '--workers', '1,2', '--iterations', '4', '--no-confirm', '--fail-on-confidence', 'likely'];
const readReport = (dir: string): Report => JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
/** What a merged report must share with the single job: every figure and verdict. */
const essence = (r: Report): unknown => ({
  runs: r.runs.map((x) => [x.id, x.workers, x.iteration, x.exitCode, x.signal, x.parse, x.tests]),
  tests: r.tests.map((t) => [t.id, t.verdict, t.confidence, t.byWorkers, t.threshold, t.pValue, t.causes.map((c) => c.cause)]),
  clusters: r.clusters,
  summary: r.summary,
  gate: r.gate,
});

describe('CLI: 4 shards merged equal the single job', () => {
  const single = copyFixture('custom/simulated');
  const singleRun = runCli(['run', ...PLAN, '--cwd', single, '--out', join(single, 'out')], { env: { GITHUB_SHA: SHA } });
  const project = copyFixture('custom/simulated');
  const shardDir = (i: number): string => join(project, `shard-${i}`);
  const shardRuns = [1, 2, 3, 4].map((i) => runCli(['run', ...PLAN, '--shard', `${i}/4`, '--cwd', project, '--out', shardDir(i)], { env: { GITHUB_SHA: SHA } }));
  const merged = runCli(['analyze', '--json', '--out', join(project, 'merged'), ...[1, 2, 3, 4].map(shardDir)]);

  it('runs each shard as its slice, exit 0, with a manifest and a partial report', () => {
    expect(singleRun.status).toBe(1);
    for (const [k, r] of shardRuns.entries()) {
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.status).toBe(0);
      const manifest = JSON.parse(readFileSync(join(shardDir(k + 1), 'shard.json'), 'utf8')) as ShardManifest;
      expect(manifest).toMatchObject({ schema: 'flakegate/shard@1', index: k + 1, count: 4, commit: SHA });
      expect(manifest.runs).toHaveLength(2);
      const partial = readReport(shardDir(k + 1));
      expect(partial.shard).toMatchObject({ index: k + 1, count: 4, partial: true, plan: manifest.plan });
      expect(partial.gate.failed).toBe(false);
      expect(partial.config.confirm).toBe(false);
      expect(partial.gate.reason).toMatch(/partial result; the aggregate job decides the gate/);
      expect(partial.runs.map((x) => x.id)).toEqual(manifest.runs);
      expect(partial.planner.some((n) => /no confirmation reruns in a shard/.test(n.text))).toBe(true);
    }
    expect(shardRuns.flatMap((_, k) => readReport(shardDir(k + 1)).runs.map((x) => x.id))).toEqual(readReport(join(single, 'out')).runs.map((x) => x.id));
  });

  it('merges into the same runs, verdicts, figures and gate as the single job', () => {
    expect(merged.stderr).not.toMatch(/internal error/);
    expect(merged.status).toBe(singleRun.status);
    const report = JSON.parse(merged.stdout) as Report;
    const one = readReport(join(single, 'out'));
    expect(essence(report)).toEqual(essence(one));
    expect(report.summary).toEqual({ parallelOnly: 1, flaky: 1, broken: 1, stable: 1, lost: 1, skipped: 0 });
    expect(report.shards).toMatchObject({ count: 4, merged: [1, 2, 3, 4], missing: [], commit: SHA });
    expect(report.shard).toBeUndefined();
    expect(report.warnings.filter((w) => /shard/.test(w))).toEqual([]);
    expect(readReport(join(project, 'merged')).summary).toEqual(report.summary);
  });

  it('leaves a self-contained merged directory: its raw reports re-analyse to the same result', () => {
    const again = runCli(['analyze', '--json', '--cwd', project, join(project, 'merged')]);
    expect(again.status).toBe(singleRun.status);
    expect(essence(JSON.parse(again.stdout) as Report)).toEqual(essence(readReport(join(single, 'out'))));
  });

  it('reports missing shards by index, reports what exists, and fails the gate on the gap', () => {
    const r = runCli(['analyze', '--json', '--out', join(project, 'partial-merge'), shardDir(1), shardDir(2), shardDir(4)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/shard 3\/4 missing/);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.shards).toMatchObject({ merged: [1, 2, 4], missing: [3] });
    expect(report.runs).toHaveLength(6);
    expect(report.gate.failed).toBe(true);
    expect(report.gate.reason).toMatch(/^incomplete: shard 3\/4 missing; rerun the failed shard job \(the 3 shards present: /);
    expect(report.warnings).toContain('shard 3/4 missing: the report covers 3 of 4 shards and the gate fails until every shard arrives (did a matrix job fail or its artifact expire?)');
  });

  it('with fail-on never, missing shards warn but do not fail', () => {
    const r = runCli(['analyze', '--json', '--fail-on', 'never', '--out', join(project, 'partial-never'), shardDir(1)]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.gate.failed).toBe(false);
    expect(report.shards?.missing).toEqual([2, 3, 4]);
    expect(report.warnings.some((w) => w.startsWith('shards 2/4, 3/4, 4/4 missing'))).toBe(true);
  });

  it('refuses a shard of another commit, naming the file and the field (exit 2, nothing written)', () => {
    const foreign = copyFixture('custom/simulated');
    const other = '6'.repeat(40);
    expect(runCli(['run', ...PLAN, '--shard', '3/4', '--cwd', foreign, '--out', join(foreign, 'shard-3')], { env: { GITHUB_SHA: other } }).status).toBe(0);
    const out = join(project, 'foreign-merge');
    const r = runCli(['analyze', '--out', out, shardDir(1), shardDir(2), join(foreign, 'shard-3'), shardDir(4)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${join(foreign, 'shard-3', 'shard.json')} belongs to another commit: commit is ${other} but ${join(shardDir(1), 'shard.json')} has ${SHA}; not merged`);
    expect(() => readFileSync(join(out, 'report.json'))).toThrow();
  });

  it('refuses a shard of another plan (different workers)', () => {
    const foreign = copyFixture('custom/simulated');
    const plan = PLAN.map((a) => (a === '1,2' ? '1,3' : a));
    expect(runCli(['run', ...plan, '--shard', '2/4', '--cwd', foreign, '--out', join(foreign, 'shard-2')], { env: { GITHUB_SHA: SHA } }).status).toBe(0);
    const r = runCli(['analyze', shardDir(1), join(foreign, 'shard-2'), shardDir(3)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/shard-2\/shard.json belongs to another plan: workers is \[1,3\] but .*shard-1\/shard.json has \[1,2\]; not merged/);
  });

  it('refuses the same shard twice', () => {
    const copy = join(project, 'shard-2-again');
    cpSync(shardDir(2), copy, { recursive: true });
    const r = runCli(['analyze', shardDir(1), shardDir(2), copy]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/shard 2\/4 appears twice: .*shard-2\/shard.json and .*shard-2-again\/shard.json; not merged/);
  });

  it('names a bad --shard value', () => {
    const r = runCli(['run', ...PLAN, '--shard', '5/4', '--cwd', project]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--shard: '5\/4' is out of range/);
  });
});

describe('CLI: confirmation in the aggregate', () => {
  // The single job's plan with confirmation on (the default); shards never confirm, the merge does.
  const CONFIRMED = PLAN.filter((a) => a !== '--no-confirm');
  const single = copyFixture('custom/simulated');
  const singleRun = runCli(['run', ...CONFIRMED, '--json', '--cwd', single, '--out', join(single, 'out')], { env: { GITHUB_SHA: SHA } });
  const project = copyFixture('custom/simulated');
  const shardDir = (i: number): string => join(project, `shard-${i}`);
  const shardRuns = [1, 2].map((i) => runCli(['run', ...CONFIRMED, '--shard', `${i}/2`, '--cwd', project, '--out', shardDir(i)], { env: { GITHUB_SHA: SHA } }));
  // The aggregate's own project directory and command: neither is ever taken from a shard's artifact.
  const OWN = ['--cwd', project, '--command', 'node fake-suite.mjs {workers} {junit}'];
  const merged = runCli(['analyze', '--confirm', '--json', ...OWN, '--out', join(project, 'merged'), shardDir(1), shardDir(2)]);
  const parallelOnly = (r: Report) => r.tests.find((t) => t.name === 'test_parallel_only');

  it('confirms the planted parallel-only test, as the single job with confirmation does', () => {
    expect(singleRun.status).toBe(1);
    for (const r of shardRuns) expect(r.status).toBe(0);
    expect(merged.stderr).not.toMatch(/internal error/);
    expect(merged.status).toBe(1);
    const report = JSON.parse(merged.stdout) as Report;
    const one = JSON.parse(singleRun.stdout) as Report;
    expect(parallelOnly(one)).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed' });
    expect(parallelOnly(report)).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed' });
    expect(report.config.confirm).toBe(true);
    expect(report.planner.some((n) => n.kind === 'confirm' && /confirmation reruns in the aggregate job \(custom in .*\) against the 8 merged discovery runs; run ids continue at 9/.test(n.text))).toBe(true);
  });

  it('writes the reruns into the merged directory, ids continuing after the merged runs', () => {
    const report = JSON.parse(merged.stdout) as Report;
    const ids = report.runs.map((r) => r.id);
    // The shards ran in order in one copy of the project, so the reruns replay the single job's too.
    expect(ids).toEqual((JSON.parse(singleRun.stdout) as Report).runs.map((r) => r.id));
    expect(ids.slice(0, 8)).toEqual(['d-001-w1', 'd-002-w2', 'd-003-w2', 'd-004-w1', 'd-005-w1', 'd-006-w2', 'd-007-w2', 'd-008-w1']);
    const reruns = report.runs.slice(8);
    expect(reruns.length).toBeGreaterThan(0);
    expect(reruns.map((r) => Number(r.id.split('-')[1]))).toEqual(reruns.map((_, k) => 9 + k));
    expect(reruns.every((r) => r.phase === 'confirm-serial' || r.phase === 'confirm-parallel')).toBe(true);
    const index = JSON.parse(readFileSync(join(project, 'merged', 'runs', 'index.json'), 'utf8')) as { id: string }[];
    expect(index.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const r of reruns) expect(readFileSync(join(project, 'merged', r.reportPaths[0] ?? 'none'), 'utf8')).toMatch(/<testsuites>/);
    // Re-analysing the merged directory (no reruns) reaches the same verdict from the kept runs.
    const again = runCli(['analyze', '--json', '--cwd', project, join(project, 'merged')]);
    expect(parallelOnly(JSON.parse(again.stdout) as Report)).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed' });
  });

  it('respects the budget: a budget too small for any rerun runs none and says so', () => {
    // Shards whose runs took two minutes each: one second of budget fits no rerun.
    const slow = [1, 2].map((i) => {
      const dir = join(project, `slow-${i}`);
      cpSync(shardDir(i), dir, { recursive: true });
      const report = readReport(dir);
      writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...report, runs: report.runs.map((r) => ({ ...r, durationMs: 120_000 })) }));
      return dir;
    });
    const r = runCli(['analyze', '--confirm', '--budget', '1s', '--json', ...OWN, '--out', join(project, 'merged-budget'), ...slow]);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.runs).toHaveLength(8);
    expect(report.planner.some((n) => n.kind === 'budget')).toBe(true);
    expect(parallelOnly(report)?.confidence).not.toBe('confirmed');
  });

  it('without --confirm, or without the project, reruns nothing and says why', () => {
    const plain = JSON.parse(runCli(['analyze', '--json', ...OWN, '--out', join(project, 'merged-plain'), shardDir(1), shardDir(2)]).stdout) as Report;
    expect(plain.runs).toHaveLength(8);
    expect(plain.config.confirm).toBe(false);
    expect(parallelOnly(plain)?.confidence).toBe('likely');
    expect(plain.planner.some((n) => /no confirmation reruns when merging these shards \(confirmation off/.test(n.text))).toBe(true);
    // An empty directory stands for a job that never checked the project out.
    const empty = mkdtempSync(join(tmpdir(), 'fg-no-project-'));
    const absent = runCli(['analyze', '--confirm', '--json', '--cwd', empty, '--command', 'node fake-suite.mjs {workers} {junit}', '--out', join(project, 'merged-absent'), shardDir(1), shardDir(2)]);
    const report = JSON.parse(absent.stdout) as Report;
    expect(absent.status).toBe(1);
    expect(report.config.confirm).toBe(false);
    expect(report.runs).toHaveLength(8);
    expect(parallelOnly(report)).toMatchObject({ verdict: 'parallel-only', confidence: 'likely' });
    expect(report.planner.some((n) => n.kind === 'fallback' && /no confirmation reruns in the aggregate: the first rerun \(s-009-w1\) exited with code \d+ and wrote no JUnit report/.test(n.text))).toBe(true);
    const index = JSON.parse(readFileSync(join(project, 'merged-absent', 'runs', 'index.json'), 'utf8')) as unknown[];
    expect(index).toHaveLength(8);
  });
});

// The action, as the runner starts it (see action.test.ts for the conventions).
const SUITE = `
import { writeFileSync } from 'node:fs';
const [workers, junit] = process.argv.slice(2);
const bad = Number(workers) > 1;
writeFileSync(junit, '<?xml version="1.0"?><testsuites><testsuite name="s">'
  + '<testcase classname="shared" name="test_stable" file="tests/test_shared.js" line="3" time="0.01"/>'
  + '<testcase classname="shared" name="test_shared" file="tests/test_shared.js" line="7" time="0.01">'
  + (bad ? '<failure message="EEXIST: /tmp/shared.lock">EEXIST: /tmp/shared.lock</failure>' : '') + '</testcase>'
  + '</testsuite></testsuites>');
process.exitCode = bad ? 1 : 0;
`;
const HEAD_SHA = 'a'.repeat(40);

interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly outputs: string;
  readonly summary: string;
}

describe('action: shard steps and mode aggregate', () => {
  let fake: FakeGitHub;
  let project: string;
  let artifacts: string;

  async function runAction(inputs: Record<string, string>): Promise<ActionRun> {
    const dir = mkdtempSync(join(tmpdir(), 'fg-shard-action-'));
    const eventPath = join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: HEAD_SHA, repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }));
    writeFileSync(join(dir, 'output'), '');
    writeFileSync(join(dir, 'summary.md'), '');
    const all: Record<string, string> = {
      framework: 'custom', command: 'node suite.mjs {workers} {junit}', workers: '1,2', iterations: '2', confirm: 'true', 'fail-on': 'parallel-only',
      'timeout-minutes': '2', 'budget-minutes': '', 'working-directory': project, out: join(dir, 'out'), comment: 'always', 'comment-key': 'shards',
      'check-name': 'flakegate', token: 'e2e-token-0123456789', mode: 'run', shard: '', shards: 'shard-results', ...inputs,
    };
    const env: NodeJS.ProcessEnv = {
      ...runnerBaseEnv(),
      ...inputEnv(all),
      GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'o/r',
      GITHUB_SERVER_URL: 'https://github.example', GITHUB_API_URL: fake.url, GITHUB_RUN_ID: '99', GITHUB_SHA: 'f'.repeat(40),
      GITHUB_JOB: 'flakegate', GITHUB_WORKSPACE: project, GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary.md'), NO_PROXY: '127.0.0.1,localhost',
    };
    const { status, stdout } = await spawnAction(project, env);
    return { status, stdout, outputs: readFileSync(join(dir, 'output'), 'utf8'), summary: readFileSync(join(dir, 'summary.md'), 'utf8') };
  }

  let shards: ActionRun[];
  let aggregate: ActionRun;
  let requestsAfterShards: number;
  beforeAll(async () => {
    fake = await FakeGitHub.start();
    project = join(mkdtempSync(join(tmpdir(), 'fg-shard-project-')), 'project');
    mkdirSync(join(project, 'tests'), { recursive: true });
    writeFileSync(join(project, 'suite.mjs'), SUITE);
    writeFileSync(join(project, 'tests', 'test_shared.js'), '// the planted test lives in suite.mjs\n');
    // Where download-artifact@v4 (pattern: flakegate-shard-*) puts each artifact: a directory of its name.
    artifacts = join(project, 'shard-results');
    shards = [];
    for (const i of [1, 2]) shards.push(await runAction({ shard: `${i}/2`, out: join(artifacts, `flakegate-shard-${i}`) }));
    requestsAfterShards = fake.requests.length;
    aggregate = await runAction({ mode: 'aggregate', shards: artifacts, out: join(project, 'merged') });
  });
  afterAll(async () => fake?.close());

  it('shard steps pass despite the parallel-only test, and publish no comment or check', () => {
    for (const s of shards) {
      expect(s.stdout).not.toMatch(/unexpectedly/);
      expect(s.status).toBe(0);
      expect(s.outputs).toMatch(/report-json<<\S+\n.*flakegate-shard-\d\/report\.json\n/);
      expect(s.summary).toMatch(/the aggregate job publishes the report/);
    }
    expect(requestsAfterShards).toBe(0);
  });

  it('the aggregate fails on the merged gate and posts one comment and one check run', () => {
    expect(aggregate.stdout).not.toMatch(/unexpectedly/);
    expect(aggregate.status).toBe(1);
    expect(aggregate.outputs).toMatch(/parallel-only<<\S+\n1\n/);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0]?.body).toContain('test_shared');
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure' });
    const report = readReport(join(project, 'merged'));
    expect(report.shards).toMatchObject({ count: 2, merged: [1, 2], missing: [] });
    // confirm defaults to true: the aggregate reran the suspect in its checkout.
    expect(report.config.confirm).toBe(true);
    expect(report.runs.slice(0, 4).map((r) => r.id)).toEqual(['d-001-w1', 'd-002-w2', 'd-003-w2', 'd-004-w1']);
    expect(report.runs.length).toBeGreaterThan(4);
    expect(report.runs.slice(4).every((r) => r.phase !== 'discovery' && Number(r.id.split('-')[1]) >= 5)).toBe(true);
    expect(report.planner.some((n) => /confirmation reruns in the aggregate job/.test(n.text))).toBe(true);
    expect(report.tests.find((t) => t.name === 'test_shared')).toMatchObject({ verdict: 'parallel-only', confidence: 'confirmed' });
  });

  it('an aggregate with a shard missing says so in the log, summary and report', async () => {
    const partial = join(project, 'only-first');
    cpSync(join(artifacts, 'flakegate-shard-1'), join(partial, 'flakegate-shard-1'), { recursive: true });
    const run = await runAction({ mode: 'aggregate', shards: partial, out: join(project, 'merged-partial'), confirm: 'false' });
    const report = readReport(join(project, 'merged-partial'));
    // Whatever the shard that arrived showed, the gate fails and names the missing shard.
    expect(run.status).toBe(1);
    expect(report.gate).toMatchObject({ failed: true });
    expect(report.gate.reason).toMatch(/^incomplete: shard 2\/2 missing; rerun the failed shard job/);
    expect(run.stdout).toMatch(/^::error::flakegate: incomplete: shard 2\/2 missing/m);
    // Same comment key: the sticky comment is updated, never a second one; its check run fails.
    expect(fake.comments).toHaveLength(1);
    expect(fake.checkRuns.at(-1)).toMatchObject({ head_sha: HEAD_SHA, conclusion: 'failure' });
    expect(run.stdout).toMatch(/^::warning::.*shard 2\/2 missing/m);
    expect(run.summary).toContain('shard 2/2 missing');
    expect(report.shards).toMatchObject({ merged: [1], missing: [2] });
    expect(report.runs.map((r) => r.id)).toEqual(['d-001-w1', 'd-002-w2']);
  });
});
