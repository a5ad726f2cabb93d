// The action as the runner starts it: `node dist/index.js` with INPUT_* variables (hyphens kept),
// an event payload, empty GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and GITHUB_API_URL pointing
// at the local fake GitHub. The test suite is a tiny node script: one test fails only when
// workers > 1, so no Python or Jest is needed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inputEnv, parseOutputs, runnerBaseEnv, spawnAction } from '../support/action-process.js';
import { bundleProblem } from '../support/cli.js';
import { FakeGitHub } from '../support/fake-github.js';

const HEAD_SHA = 'a'.repeat(40);
const MERGE_SHA = 'f'.repeat(40);
const TOKEN = 'e2e-token-0123456789';
const FAKE_GHP = `ghp_${'E2e'.repeat(12)}`;

// Writes JUnit for {workers}: test_shared fails only in parallel, with a hostile message.
const SUITE = `
import { writeFileSync } from 'node:fs';
const [workers, junit] = process.argv.slice(2);
const bad = Number(workers) > 1 && process.env.SUITE_ALL_PASS !== '1';
const msg = 'EEXIST: /tmp/shared.lock\\n::add-mask::x\\n::set-output name=gate::passed\\n@org/team ${FAKE_GHP}';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\\n/g, '&#10;');
const fail = bad ? '<failure message="' + esc(msg) + '">' + esc(msg) + '</failure>' : '';
writeFileSync(junit, '<?xml version="1.0"?><testsuites><testsuite name="s">'
  + '<testcase classname="shared" name="test_stable" file="tests/test_shared.js" line="3" time="0.01"/>'
  + '<testcase classname="shared" name="test_shared" file="tests/test_shared.js" line="7" time="0.01">' + fail + '</testcase>'
  + '</testsuite></testsuites>');
process.exitCode = bad ? 1 : 0;
`;

interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

let fake: FakeGitHub;
let project: string;

function payload(fork: boolean): unknown {
  return {
    number: 7,
    pull_request: { number: 7, head: { sha: HEAD_SHA, repo: { full_name: fork ? 'forker/r' : 'o/r' } }, base: { repo: { full_name: 'o/r' } } },
  };
}

async function runAction(opts: { fork: boolean; allPass?: boolean; inputs?: Record<string, string>; event?: { name: string; payload: unknown } }): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'fg-action-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.event?.payload ?? payload(opts.fork)));
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
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
    'budget-minutes': '',
    'working-directory': project,
    out: join(dir, 'out'),
    comment: 'always',
    'comment-key': 'e2e',
    'check-name': 'flakegate',
    token: TOKEN,
    mode: 'run',
    ...opts.inputs,
  };
  const env: NodeJS.ProcessEnv = {
    ...runnerBaseEnv(),
    ...inputEnv(inputs),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event?.name ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: fake.url,
    GITHUB_RUN_ID: '99',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_JOB: 'tests',
    GITHUB_WORKSPACE: project,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    NO_PROXY: '127.0.0.1,localhost',
    ...(opts.allPass ? { SUITE_ALL_PASS: '1' } : {}),
  };
  const { status, stdout, stderr } = await spawnAction(project, env);
  return { status, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') };
}

beforeAll(async () => {
  expect(bundleProblem(inject('bundleError'))).toBeNull();
  fake = await FakeGitHub.start();
  project = join(mkdtempSync(join(tmpdir(), 'fg-action-project-')), 'project');
  mkdirSync(join(project, 'tests'), { recursive: true });
  writeFileSync(join(project, 'suite.mjs'), SUITE);
  writeFileSync(join(project, 'tests', 'test_shared.js'), '// placeholder for annotations\n');
});
afterAll(async () => fake?.close());

describe('action: same-repo pull request', () => {
  let first: ActionRun;
  let second: ActionRun;
  beforeAll(async () => {
    first = await runAction({ fork: false });
    second = await runAction({ fork: false });
  });

  it('fails the step on the gate (exit 1) and sets the outputs', async () => {
    expect(first.stderr).not.toMatch(/unexpectedly/);
    expect(first.status).toBe(1);
    expect(first.outputs).toMatchObject({ 'parallel-only': '1', flaky: '0', gate: 'failed' });
    expect(first.outputs['report-json']).toMatch(/out\/report\.json$/);
    expect(first.outputs).toMatchObject({ broken: '0', lost: '0', summary: 'flakegate: 1 parallel-only test — gate failed' });
    // Every declared output is set, and the report paths it names exist.
    const { OUTPUTS } = await import('../../src/inputs.js');
    expect(Object.keys(first.outputs).sort()).toEqual(OUTPUTS.map((o) => o.name).sort());
    for (const key of ['report-json', 'report-md', 'report-html']) expect(existsSync(first.outputs[key] ?? ''), key).toBe(true);
  });

  it('writes the job summary', () => {
    expect(first.summary).toContain('flakegate: 1 parallel-only test');
    expect(first.summary).toContain('`tests/test_shared.js::shared::test_shared`');
    expect(first.summary).not.toContain(FAKE_GHP);
  });

  it('annotates the failing test with file and line, and never echoes workflow commands', () => {
    expect(first.stdout).toMatch(/^::error title=flakegate%3A parallel-only — tests\/test_shared.js%3A%3Ashared%3A%3Atest_shared,file=tests\/test_shared.js,line=7::/m);
    for (const line of first.stdout.split('\n')) {
      expect(line.trimStart()).not.toMatch(/^::(add-mask|set-output|stop-commands)/);
    }
    expect(first.stdout).not.toContain(FAKE_GHP);
  });

  it('keeps one sticky comment across two runs, updated in place', () => {
    expect(second.status).toBe(1);
    expect(fake.comments).toHaveLength(1);
    expect(fake.requestsTo('POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(fake.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    const body = fake.comments[0]?.body ?? '';
    expect(body.startsWith('<!-- flakegate:comment key=e2e -->')).toBe(true);
    expect(body).toContain('**Since the last run:** no change.');
    expect(body).not.toContain(FAKE_GHP);
  });

  it('creates a check run on the PR head SHA, not the merge commit', () => {
    expect(fake.checkRuns).toHaveLength(2);
    for (const run of fake.checkRuns) {
      expect(run).toMatchObject({ name: 'flakegate', head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
      expect(run.annotations).toEqual([expect.objectContaining({ path: 'tests/test_shared.js', start_line: 7, annotation_level: 'failure' })]);
    }
  });
});

describe('action: fork pull request', () => {
  it('skips comment and check run with one notice, and fails on the gate alone', async () => {
    const before = fake.requests.length;
    const run = await runAction({ fork: true });
    expect(run.status).toBe(1);
    expect(fake.requests.length).toBe(before);
    expect(run.stdout.match(/^::notice::flakegate: the token cannot write/gm)).toHaveLength(1);
    expect(run.outputs['gate']).toBe('failed');
    expect(run.summary).toContain('flakegate:');
  });

  it('passes when the gate passes', async () => {
    const run = await runAction({ fork: true, allPass: true });
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ gate: 'passed', 'parallel-only': '0' });
  });
});

describe('action: mode comment (workflow_run half of the fork setup)', () => {
  it('posts the comment for a downloaded report.json on the PR found by head SHA, running no tests', async () => {
    const source = await runAction({ fork: true });
    const reportJson = source.outputs['report-json'] ?? '';
    const forkHead = 'c'.repeat(40);
    fake.pullsByCommit.set(forkHead, [{ number: 8, state: 'open', head: { sha: forkHead } }]);
    const checksBefore = fake.checkRuns.length;
    const payload = { workflow_run: { head_sha: forkHead, pull_requests: [], head_repository: { full_name: 'forker/r' }, repository: { full_name: 'o/r' } } };
    const run = await runAction({ fork: false, event: { name: 'workflow_run', payload }, inputs: { mode: 'comment', report: reportJson, command: '' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(/^run d-/m);
    expect(fake.requestsTo('GET', new RegExp(`/commits/${forkHead}/pulls$`))).toHaveLength(1);
    const comment = fake.comments.find((c) => c.issue === 8);
    expect(comment?.body).toContain('flakegate: 1 parallel-only test');
    expect(fake.checkRuns.length).toBe(checksBefore);
  });

  it('rejects a report.json that is not a flakegate report (exit 2, names the input)', async () => {
    const bad = join(mkdtempSync(join(tmpdir(), 'fg-bad-')), 'report.json');
    writeFileSync(bad, JSON.stringify({ schema: 'flakegate/report@1', tests: 'nope' }));
    const run = await runAction({ fork: false, inputs: { mode: 'comment', report: bad } });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error::input 'report': .*report\.json: tool is missing$/m);
  });
});

describe('action: bad input', () => {
  it('names the input and exits 2', async () => {
    const run = await runAction({ fork: true, inputs: { workers: 'two' } });
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^::error::.*input 'workers'/m);
  });
});
