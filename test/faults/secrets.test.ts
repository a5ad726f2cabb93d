// The hostile fixture (test/fixtures/custom/hostile) through the action bundle: its test output
// prints a secret env value, a token, mentions, HTML, a table breaker and workflow commands. None
// may survive in a harmful form into the comment, check run, annotations, job summary or log, and
// the suite itself must never see runner credentials, our token or the runner's command files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleProblem } from '../support/cli.js';
import { FakeGitHub } from '../support/fake-github.js';
import { runAction, SECRETS, TOKEN, type ActionRun } from './action-run.js';
import { record } from './harness.js';

const GHP = `ghp_${'Zq9'.repeat(12)}`;

/** Markdown with code blocks, code spans and <code> removed: what GitHub renders as markup. */
function rendered(markdown: string): string {
  return markdown
    .replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, '')
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '');
}

interface Surface {
  readonly name: string;
  readonly text: string;
  readonly markdown: boolean;
  readonly log: boolean;
}

/** Each harmful form, per surface kind; returns the names of what leaked. */
function leaks(surface: Surface): string[] {
  const found: string[] = [];
  const { text } = surface;
  for (const value of [...Object.values(SECRETS), TOKEN, 'oidc-request-token-0987654321', GHP]) if (text.includes(value)) found.push(`secret ${value.slice(0, 8)}…`);
  // What survives of a secret cut short, or split by an escape sequence: any 10 characters of it.
  for (const value of [SECRETS.DEPLOY_API_KEY, GHP]) {
    const piece = fragments(value).find((f) => stripped(text).includes(f));
    if (piece !== undefined && !text.includes(value)) found.push(`fragment of ${value.slice(0, 8)}… (${piece})`);
  }
  if (surface.markdown) {
    const markup = rendered(text);
    if (/(^|[^\w\u200d])@org\/team/.test(markup)) found.push('live @org/team mention');
    if (/<img/i.test(markup)) found.push('raw <img>');
    if (/^\|\s*pwned\s*\|/m.test(markup)) found.push('injected table row');
  }
  if (surface.log && /^\s*(::(add-mask|set-output|stop-commands)|.*##\[error\]forged)/m.test(text)) found.push('workflow command');
  return found;
}

/** Every 10-character piece of a secret (the token's `ghp_` prefix alone says nothing). */
function fragments(value: string): string[] {
  return Array.from({ length: value.length - 9 }, (_, i) => value.slice(i, i + 10)).filter((f) => !f.startsWith('ghp_') || f.length > 10);
}

/** The text as a reader sees it: escape sequences in any form take no room. */
function stripped(text: string): string {
  return text.replace(/(?:\u001b|\uFFFD|\\u001b)\[[0-9;]*m|\u009b[0-9;]*m/g, '');
}

let fake: FakeGitHub;
let run: ActionRun;
beforeAll(async () => {
  expect(bundleProblem(inject('bundleError'))).toBeNull();
  fake = await FakeGitHub.start();
  run = await runAction(fake);
});
afterAll(async () => fake?.close());

describe('hostile test output', () => {
  it('fails on the gate, with the comment and check run posted', () => {
    expect(run.status).toBe(1);
    expect(fake.comments).toHaveLength(1);
    expect(fake.checkRuns).toHaveLength(1);
  });

  it('leaks nothing into comment, check run, annotations, summary, outputs or the log', () => {
    const check = fake.checkRuns[0];
    const surfaces: Surface[] = [
      { name: 'comment', text: fake.comments.map((c) => c.body).join('\n'), markdown: true, log: false },
      { name: 'check run summary', text: `${check?.title ?? ''}\n${check?.summary ?? ''}`, markdown: true, log: false },
      { name: 'annotations', text: JSON.stringify(check?.annotations ?? []), markdown: false, log: false },
      { name: 'job summary', text: run.summary, markdown: true, log: false },
      { name: 'outputs', text: JSON.stringify(run.outputs), markdown: false, log: false },
      { name: 'step log', text: `${run.stdout}\n${run.stderr}`, markdown: false, log: true },
      { name: 'report.md', text: readFileSync(join(run.outputs['report-json'] ?? '', '..', 'report.md'), 'utf8'), markdown: true, log: false },
      { name: 'report.html', text: readFileSync(join(run.outputs['report-json'] ?? '', '..', 'report.html'), 'utf8'), markdown: false, log: false },
    ];
    const leaked = surfaces.flatMap((s) => leaks(s).map((what) => `${s.name}: ${what}`));
    record({ category: 'secrets', input: 'hostile fixture via the action (8 surfaces; secret in a test name, split by ESC/U+FFFD/C1, cut at 500)', clearStatus: run.status === 1, resultsLost: 0, processesLeft: 0, duplicateComments: Math.max(0, fake.comments.length - 1), secretsLeaked: leaked.length, note: leaked.join('; ') });
    expect(leaked).toEqual([]);
    // The redaction is visible, not silent: the secret's place is marked.
    expect(fake.comments[0]?.body).toContain('***');
    // The parametrised id carrying the secret failed the gate: the step's failure message names it, redacted.
    expect(run.stdout).toMatch(/^::error::flakegate: .*test_deploy\[\*\*\*\]/m);
  });

  it('the test command never sees runner credentials, our token or the runner command files', () => {
    // One line per run (empty when nothing sensitive was visible).
    const seen = readFileSync(join(run.project, 'seen-env.txt'), 'utf8').split('\n').slice(0, -1);
    record({ category: 'secrets', input: 'child environment (ACTIONS_*, INPUT_*, GITHUB_OUTPUT ...)', clearStatus: seen.length > 0, resultsLost: 0, processesLeft: 0, duplicateComments: 0, secretsLeaked: seen.filter((l) => l.trim() !== '').length });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((l) => l.trim() !== '')).toEqual([]);
  });
});
