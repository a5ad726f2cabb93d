// Issue 7 end to end with the real bundle (dist/index.js) against the fake GitHub: two scheduled
// `mode: stability` runs update ONE tracking issue whose body shows trends; two concurrent runs
// both survive; PR jobs gate with `fail-on: new-parallel-only` and a quarantine file.
// The suite is a tiny node script: the tests named in SUITE_FAILING fail only when workers > 1.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { inputEnv, parseOutputs, runnerBaseEnv, spawnAction as spawnBundle } from '../support/action-process.js';
import { bundleProblem, runCli } from '../support/cli.js';
import { FakeGitHub } from '../support/fake-github.js';

const SUITE = `
import { writeFileSync } from 'node:fs';
const [workers, junit] = process.argv.slice(2);
const failing = (process.env.SUITE_FAILING ?? '').split(',');
const names = ['test_a', 'test_b', 'test_c', 'test_ok'];
const cases = names.map((n) => {
  const bad = Number(workers) > 1 && failing.includes(n);
  return '<testcase classname="suite" name="' + n + '" file="tests/suite.js" time="0.01">' + (bad ? '<failure message="EEXIST: /tmp/shared">boom</failure>' : '') + '</testcase>';
});
writeFileSync(junit, '<?xml version="1.0"?><testsuites><testsuite name="s">' + cases.join('') + '</testsuite></testsuites>');
`;

interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly report: Report;
}

type RawRun = Omit<ActionRun, 'report'> & { readonly reportPath: string };

let fake: FakeGitHub;
let project: string;

type RunOptions = { failing: string; runId: string; mode: 'stability' | 'run' | 'comment'; inputs?: Record<string, string>; token?: string };

async function runAction(opts: RunOptions): Promise<ActionRun> {
  const raw = await spawnAction(opts);
  return { ...raw, report: JSON.parse(readFileSync(raw.reportPath, 'utf8')) as Report };
}

async function spawnAction(opts: RunOptions): Promise<RawRun> {
  const dir = mkdtempSync(join(tmpdir(), 'fg-stability-'));
  const eventPath = join(dir, 'event.json');
  const pr = opts.mode !== 'stability';
  writeFileSync(eventPath, JSON.stringify(pr ? { number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40), repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } } : { schedule: '0 3 * * *' }));
  const outputPath = join(dir, 'output');
  writeFileSync(outputPath, '');
  writeFileSync(join(dir, 'summary.md'), '');
  const inputs: Record<string, string> = {
    framework: 'custom',
    command: 'node suite.mjs {workers} {junit}',
    workers: '1,2',
    iterations: '2',
    confirm: 'false',
    // Discovery alone: parallel-only tests are at most likely, so the gate opts in to failing there.
    'fail-on-confidence': 'likely',
    'fail-on': 'parallel-only',
    'timeout-minutes': '2',
    'working-directory': project,
    out: join(dir, 'out'),
    comment: 'off',
    'check-name': '',
    token: opts.token ?? 'e2e-token-0123456789',
    mode: opts.mode,
    ...opts.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    ...runnerBaseEnv(),
    ...inputEnv(inputs),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: pr ? 'pull_request' : 'schedule',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: fake.url,
    GITHUB_RUN_ID: opts.runId,
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_JOB: 'stability',
    GITHUB_WORKSPACE: project,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    NO_PROXY: '127.0.0.1,localhost',
    SUITE_FAILING: opts.failing,
  };
  const child = await spawnBundle(project, env);
  return { status: child.status, stdout: child.stdout + child.stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(join(dir, 'summary.md'), 'utf8'), reportPath: join(dir, 'out', 'report.json') };
}

const trackingIssues = () => fake.issues.filter((i) => i.labels.includes('flakegate') && i.state === 'open');

beforeAll(async () => {
  expect(bundleProblem(inject('bundleError'))).toBeNull();
  fake = await FakeGitHub.start();
  project = join(mkdtempSync(join(tmpdir(), 'fg-stability-project-')), 'project');
  mkdirSync(join(project, 'tests'), { recursive: true });
  writeFileSync(join(project, 'suite.mjs'), SUITE);
});
afterAll(async () => fake?.close());

describe('mode: stability (scheduled)', () => {
  let first: ActionRun;
  let second: ActionRun;
  beforeAll(async () => {
    first = await runAction({ mode: 'stability', failing: 'test_a', runId: '101' });
    second = await runAction({ mode: 'stability', failing: 'test_b', runId: '102' });
  });

  it('exits 0 although tests fail only in parallel: the job tracks, it does not gate', () => {
    expect(first.stdout).not.toMatch(/unexpectedly/);
    expect(first.report.gate.failed).toBe(true);
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
  });

  it('two runs update ONE tracking issue whose body shows the trend, newly appeared and fixed, and run links', () => {
    expect(trackingIssues()).toHaveLength(1);
    const issue = trackingIssues()[0];
    expect(first.stdout).toContain(`created tracking issue #${issue?.number} (1 run recorded)`);
    expect(second.stdout).toContain(`updated tracking issue #${issue?.number} (2 runs recorded)`);
    const body = issue?.body ?? '';
    expect(body).toContain('2 runs recorded');
    expect(body).toMatch(/`tests\/suite\.js[^`]*test_a` \| fixed \(was parallel-only\) \| [^|]+ \| [^|]+ \| 1\.00 → 0\.00 \|/);
    expect(body).toMatch(/\*\*Newly appeared:\*\* `[^`]*test_b`/);
    expect(body).toMatch(/\*\*Newly fixed:\*\* `[^`]*test_a`/);
    expect(body).toContain('(https://github.example/o/r/actions/runs/102)');
    expect(fake.comments.filter((c) => c.issue === issue?.number)).toHaveLength(2);
  });

  it('two stability runs at the same time: both are recorded in the one issue', async () => {
    const [a, b] = await Promise.all([
      runAction({ mode: 'stability', failing: 'test_b', runId: '103' }),
      runAction({ mode: 'stability', failing: 'test_b,test_c', runId: '104' }),
    ]);
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(trackingIssues()).toHaveLength(1);
    const body = trackingIssues()[0]?.body ?? '';
    expect(body).toContain('4 runs recorded');
    expect(body).toContain('/actions/runs/103)');
    expect(body).toContain('/actions/runs/104)');
  });

  it('a read-only token is a notice, never a failure', async () => {
    fake.readOnly = true;
    try {
      const run = await runAction({ mode: 'stability', failing: 'test_a', runId: '105' });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^::notice::flakegate: the stability tracking issue was not updated: the token cannot write issues/m);
    } finally {
      fake.readOnly = false;
    }
  });
});

describe('PR job gating (after the stability runs above)', () => {
  it('new-parallel-only: a test known from the stability history passes the gate', async () => {
    const run = await runAction({ mode: 'run', failing: 'test_b', runId: '201', inputs: { 'fail-on': 'new-parallel-only' } });
    expect(run.report.summary.parallelOnly).toBe(1);
    expect(run.report.gate).toMatchObject({ failed: false, failOn: 'new-parallel-only' });
    expect(run.report.gate.reason).toMatch(/already known on the base branch \(not blocking\): .*test_b/);
    expect(run.status).toBe(0);
  });

  it('new-parallel-only: a newly introduced parallel-only test fails the gate, naming it as new', async () => {
    const run = await runAction({ mode: 'run', failing: 'test_b,test_ok', runId: '202', inputs: { 'fail-on': 'new-parallel-only' } });
    expect(run.status).toBe(1);
    expect(run.report.gate.reason).toMatch(/^1 new test fails only in parallel: .*test_ok; already known .*test_b/);
    // Only the new test is an error annotation; the known one is a warning.
    expect(run.stdout).toMatch(/^::error title=flakegate%3A parallel-only — tests\/suite.js%3A%3Asuite%3A%3Atest_ok/m);
    expect(run.stdout).toMatch(/^::warning title=flakegate%3A parallel-only — tests\/suite.js%3A%3Asuite%3A%3Atest_b/m);
  });

  it('new-parallel-only: its genuine report is accepted by mode: comment (the fork setup), which posts the comment', async () => {
    const source = await spawnAction({ mode: 'run', failing: 'test_b,test_ok', runId: '204', inputs: { 'fail-on': 'new-parallel-only' } });
    expect((JSON.parse(readFileSync(source.reportPath, 'utf8')) as Report).gate.failOn).toBe('new-parallel-only');
    const before = fake.comments.length;
    const posted = await spawnAction({ mode: 'comment', failing: '', runId: '205', inputs: { report: source.reportPath, comment: 'always', 'comment-key': 'fork-half' } });
    expect(posted.stdout).not.toMatch(/::error::/);
    expect(posted.status).toBe(0);
    expect(fake.comments.length).toBe(before + 1);
    expect(fake.comments.at(-1)?.body).toMatch(/test_ok/);
  });

  it('new-parallel-only: when the history cannot be read it blocks, and says why', async () => {
    fake.fault('GET', /\/repos\/o\/r\/issues$/, { status: 404, message: 'Not Found' });
    const run = await runAction({ mode: 'run', failing: 'test_b', runId: '203', inputs: { 'fail-on': 'new-parallel-only' } });
    expect(run.status).toBe(1);
    expect(run.report.gate.reason).toContain('the stability history could not be read (HTTP 404');
  });

  describe('quarantine file', () => {
    afterAll(() => rmSync(join(project, '.flakegate.yml'), { force: true }));

    it('a quarantined test is run and reported but does not fail the gate', async () => {
      writeFileSync(join(project, '.flakegate.yml'), 'quarantine:\n  - test: "*::test_ok"\n    reason: shares /tmp/shared\n    owner: "@team"\n    expires: 2999-01-01\n');
      const run = await runAction({ mode: 'run', failing: 'test_ok', runId: '301' });
      expect(run.status).toBe(0);
      const t = run.report.tests.find((x) => x.name === 'test_ok');
      expect(t).toMatchObject({ verdict: 'parallel-only', quarantined: { entry: '*::test_ok', reason: 'shares /tmp/shared', owner: '@team', expires: '2999-01-01' } });
      expect(run.report.gate.reason).toMatch(/quarantined \(not blocking\): .*test_ok/);
      expect(run.summary).toContain('parallel-only (likely), quarantined');
    });

    it('an expired entry fails the gate loudly with a warning naming entry and date', async () => {
      writeFileSync(join(project, '.flakegate.yml'), 'quarantine:\n  - test: "*::test_ok"\n    reason: shares /tmp/shared\n    issue: "#12"\n    expires: 2020-01-31\n');
      const run = await runAction({ mode: 'run', failing: '', runId: '302' });
      expect(run.status).toBe(1);
      expect(run.report.gate.reason).toBe('1 quarantine entry has expired: *::test_ok (expired 2020-01-31).');
      expect(run.stdout).toMatch(/::warning::.*quarantine of '\*::test_ok' expired on 2020-01-31/);
    });

    it('an invalid file is a configuration error (exit 2) naming the entry and field', async () => {
      writeFileSync(join(project, '.flakegate.yml'), 'quarantine:\n  - test: x\n    reason: r\n');
      const run = await spawnAction({ mode: 'run', failing: '', runId: '303' });
      expect(run.status).toBe(2);
      expect(run.stdout).toMatch(/::error::.*\.flakegate\.yml: entry 1 \('x'\): needs 'owner' or 'issue'/);
      expect(existsSync(run.reportPath)).toBe(false);
    });
  });
});

describe('CLI: --quarantine and --fail-on new-parallel-only', () => {
  it('without a history only the quarantine counts as known: quarantined passes, unquarantined blocks and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fg-stability-cli-'));
    const file = join(dir, 'q.yml');
    writeFileSync(file, 'quarantine:\n  - test: "*::test_a"\n    reason: shared tmp file\n    issue: "#3"\n');
    const args = ['run', '--command', 'node suite.mjs {workers} {junit}', '--workers', '1,2', '--iterations', '2', '--no-confirm', '--fail-on-confidence', 'likely', '--fail-on', 'new-parallel-only', '--quarantine', file, '--json'];
    const quarantined = runCli([...args, '--out', join(dir, 'a')], { cwd: project, env: { SUITE_FAILING: 'test_a' } });
    expect(quarantined.status).toBe(0);
    const a = JSON.parse(quarantined.stdout) as Report;
    expect(a.gate.quarantined?.[0]).toMatch(/test_a$/);
    const blocked = runCli([...args, '--out', join(dir, 'b')], { cwd: project, env: { SUITE_FAILING: 'test_a,test_b' } });
    expect(blocked.status).toBe(1);
    const b = JSON.parse(blocked.stdout) as Report;
    expect(b.gate.reason).toMatch(/^1 new test fails only in parallel: .*test_b; quarantined \(not blocking\): .*test_a; no stability history was available/);
  });
});
