// node:test through flakegate's reporter (src/assets/flakegate-node-junit.mjs), run for real: a
// describe's failing `before` hook keeps its error in the report, and the hook and the tests it
// stopped come out parallel-only, not cancelled without a cause.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/analyse/index.js';
import { locateAsset } from '../../../src/frameworks/asset-path.js';
import { createNodeTestPreset, NODE_REPORTER_FILE } from '../../../src/frameworks/node-test.js';
import type { RunResult } from '../../../src/model.js';
import { NOT_RUN, normaliseHookOutcomes } from '../../../src/parse/hook-outcomes.js';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { run } from '../explain/build.js';
import { runSpec, tempProject } from './temp-project.js';

// The hook fails only when HOLD_PORT is set: the collision, made certain.
const project = {
  'test/store.test.js': [
    `const { describe, it, before, after } = require('node:test');`,
    `describe('store', () => {`,
    `  before(() => { if (process.env.HOLD_PORT) throw new Error('listen EADDRINUSE: address already in use 127.0.0.1:' + process.env.HOLD_PORT); });`,
    `  it('reads', () => {});`,
    `  it('writes', () => {});`,
    `});`,
    `describe('index', () => {`,
    `  describe('inner', () => { after(() => { if (process.env.HOLD_PORT) throw 'closed twice'; }); it('lists', () => {}); });`,
    `});`,
    `it('adds', () => {});`,
  ].join('\n'),
};

describe('node:test hooks through flakegate reporter', () => {
  const preset = createNodeTestPreset('node', 'test', pathToFileURL(locateAsset(NODE_REPORTER_FILE)).href);

  async function runOnce(dir: string, env: Record<string, string>) {
    const junitPath = join(tempProject(), 'junit.xml');
    const spec = preset.buildCommand({ workers: 2, junitPath });
    const done = await runSpec({ ...spec, env: { ...spec.env, ...env } }, dir);
    return { done, report: await parseJunitFile(junitPath) };
  }

  it('writes the failed hook as a case with its own error, and nothing extra when hooks pass', async () => {
    const dir = tempProject(project);
    const clean = await runOnce(dir, {});
    expect(clean.done.code, clean.done.output).toBe(0);
    expect(clean.report.tests.map((t) => [t.name, t.outcome]).sort()).toEqual([['adds', 'passed'], ['index > inner > lists', 'passed'], ['store > reads', 'passed'], ['store > writes', 'passed']]);
    const broken = await runOnce(dir, { HOLD_PORT: '47999' });
    expect(broken.done.code).not.toBe(0);
    const hook = broken.report.tests.find((t) => t.name === 'store > before all hook');
    expect(hook).toMatchObject({ outcome: 'failed', message: 'listen EADDRINUSE: address already in use 127.0.0.1:47999' });
    expect(broken.report.tests.find((t) => t.name === 'index > inner > after all hook')).toMatchObject({ outcome: 'failed', message: 'closed twice' });
  });

  it('makes the hook and the tests it stopped parallel-only, with the hook error as their message', async () => {
    const dir = tempProject(project);
    const runs: RunResult[] = [];
    const held: Record<string, string> = { HOLD_PORT: '47999' };
    for (const [i, env] of [{}, held, {}, held].entries()) {
      const workers = i % 2 === 0 ? 1 : 4;
      runs.push(run(`d-00${i + 1}-w${workers}`, workers, (await runOnce(dir, env)).report.tests));
    }
    const normalised = normaliseHookOutcomes(runs);
    const reads = normalised[1]?.cases.find((c) => c.name === 'store > reads');
    expect(reads?.message).toBe(`${NOT_RUN} store > before all hook failed: listen EADDRINUSE: address already in use 127.0.0.1:47999`);
    const verdicts = Object.fromEntries(analyse(normalised, [1, 4]).tests.map((t) => [t.name, t.verdict]));
    expect(verdicts).toMatchObject({
      'store > before all hook': 'parallel-only',
      'store > reads': 'parallel-only',
      'store > writes': 'parallel-only',
      'index > inner > after all hook': 'parallel-only',
      // It ran and passed before the describe's `after` hook failed.
      'index > inner > lists': 'stable',
      adds: 'stable',
    });
  });
});
