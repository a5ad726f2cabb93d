// Runs the action bundle (dist/index.js) the way the runner does, on a copy of the hostile fixture
// (test/fixtures/custom/hostile), against a local fake GitHub. Shared by api and secrets faults.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputEnv, parseOutputs, runnerBaseEnv, spawnAction } from '../support/action-process.js';
import { copyFixture } from '../support/cli.js';
import type { FakeGitHub } from '../support/fake-github.js';

export const HEAD_SHA = 'a'.repeat(40);
export const PR = 7;
export const TOKEN = 'fault-input-token-0123456789';
/** Secret-looking variables the step has: their values must never be shown anywhere. */
export const SECRETS = { DEPLOY_API_KEY: 'dk-live-9f8e7d6c5b4a39281706', ACTIONS_RUNTIME_TOKEN: 'runtime-token-abcdef123456' } as const;

export interface ActionRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly project: string;
  /** report.json existed on disk when the first API request arrived (null: no request). */
  readonly reportBeforeApi: boolean | null;
}

export async function runAction(fake: FakeGitHub, opts: { allPass?: boolean } = {}): Promise<ActionRun> {
  const project = copyFixture('custom/hostile');
  const dir = mkdtempSync(join(tmpdir(), 'fg-fault-action-'));
  const out = join(dir, 'out');
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify({ number: PR, pull_request: { number: PR, head: { sha: HEAD_SHA, repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  let reportBeforeApi: boolean | null = null;
  fake.onRequest = () => {
    reportBeforeApi ??= existsSync(join(out, 'report.json'));
  };
  const inputs: Record<string, string> = {
    framework: 'custom', command: 'node suite.mjs {workers} {junit}', workers: '1,2', iterations: '2', confirm: 'false', 'fail-on-confidence': 'likely',
    'fail-on': 'parallel-only', 'timeout-minutes': '2', 'budget-minutes': '', 'working-directory': project, out,
    comment: 'always', 'comment-key': 'faults', 'check-name': 'flakegate', token: TOKEN, mode: 'run',
  };
  const env: NodeJS.ProcessEnv = {
    ...runnerBaseEnv(),
    ...inputEnv(inputs),
    ...SECRETS,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-0987654321',
    GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.example', GITHUB_API_URL: fake.url, GITHUB_RUN_ID: '99', GITHUB_SHA: 'f'.repeat(40),
    GITHUB_JOB: 'tests', GITHUB_WORKSPACE: project, GITHUB_OUTPUT: outputPath, GITHUB_STEP_SUMMARY: summaryPath,
    NO_PROXY: '127.0.0.1,localhost',
    ...(opts.allPass ? { SUITE_ALL_PASS: '1' } : {}),
  };
  const { status, stdout, stderr } = await spawnAction(project, env);
  fake.onRequest = undefined;
  return { status, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8'), project, reportBeforeApi };
}

/** Comments on the PR that carry flakegate's marker for this comment key. */
export function ourComments(fake: FakeGitHub): number {
  return fake.comments.filter((c) => c.issue === PR && c.body.includes('faults')).length;
}
