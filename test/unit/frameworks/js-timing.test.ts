// Per-test worker lane and start/end for Jest and Vitest, from flakegate's reporters
// (src/assets/flakegate-{jest,vitest}-reporter.cjs): run for real on a tiny project whose two
// files wait for each other (a file barrier), so at 2 workers they must overlap in time.
import { existsSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveJest } from '../../../src/frameworks/jest.js';
import type { ResolvedPreset } from '../../../src/frameworks/types.js';
import { resolveVitest } from '../../../src/frameworks/vitest.js';
import type { Config, FrameworkName, TestCase } from '../../../src/model.js';
import { parseJunitFile } from '../../../src/parse/read-file.js';
import { recordingLogger, runSpec, tempProject } from './temp-project.js';

const require = createRequire(import.meta.url);
const { assignLanes } = require('../../../src/assets/flakegate-lanes.cjs') as { assignLanes: (files: { start: number; end: number }[]) => number[] };

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');
const config = (cwd: string, framework: FrameworkName): Config => ({
  framework, command: null, workers: [1, 2], iterations: 1, timeoutMs: 60_000, budgetMs: null,
  confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd, out: join(cwd, '.flakegate'),
});

// Each file announces itself and waits (bounded) until the other has too; a third file runs after.
// The test files run with the project as cwd (both runners' default rootDir).
const barrier = (me: string, other: string, header: string): string => `${header}
test('${me} meets ${other}', async () => {
  const dir = path.join(process.cwd(), '.barrier');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '${me}'), '');
  for (let i = 0; i < 300 && !fs.existsSync(path.join(dir, '${other}')); i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 100));
  expect(fs.existsSync(path.join(dir, '${other}'))).toBe(true);
});
`;

function project(header: string): Record<string, string> {
  return {
    'package.json': '{"name":"fg-timing","private":true}',
    'tests/a.test.js': barrier('a', 'b', header),
    'tests/b.test.js': barrier('b', 'a', header),
  };
}

async function run(preset: ResolvedPreset, dir: string, workers: number, tests?: string[]): Promise<TestCase[]> {
  const junitPath = join(tempProject(), 'junit.xml');
  const finished = await runSpec(preset.buildCommand({ workers, junitPath, ...(tests ? { tests } : {}) }), dir);
  expect(finished.code, finished.output).toBe(0);
  return [...(await parseJunitFile(junitPath)).tests];
}

describe('assignLanes', () => {
  it('puts overlapping files on different lanes and reuses a lane once it is free', () => {
    expect(assignLanes([{ start: 0, end: 10 }, { start: 5, end: 20 }, { start: 10, end: 12 }, { start: 21, end: 30 }])).toEqual([1, 2, 1, 1]);
    expect(assignLanes([])).toEqual([]);
  });
});

const cases: ReadonlyArray<readonly [FrameworkName, string, string, (c: Config) => Promise<ResolvedPreset>]> = [
  ['jest', join(fixtures, 'jest', 'basic', 'node_modules'), "const fs = require('node:fs');\nconst path = require('node:path');", (c) => resolveJest(c, recordingLogger(), 'test')],
  ['vitest', join(fixtures, 'vitest', 'basic', 'node_modules'), "import { test, expect } from 'vitest';\nimport fs from 'node:fs';\nimport path from 'node:path';", (c) => resolveVitest(c, recordingLogger(), 'test')],
];

describe.each(cases)('%s timing reporter', (framework, modules, header, resolve) => {
  it.skipIf(!existsSync(modules))('records which lane ran each test and when; files that met ran at the same time on different lanes', async () => {
    const dir = tempProject(project(header));
    symlinkSync(modules, join(dir, 'node_modules'));
    const preset = await resolve(config(dir, framework));
    const tests = await run(preset, dir, 2);
    expect(tests).toHaveLength(2);
    const [a, b] = [...tests].sort((x, y) => x.name.localeCompare(y.name));
    for (const t of [a, b]) {
      expect(t?.worker).toMatch(/^lane[12]$/);
      expect(t?.startedAt).toBeGreaterThan(Date.now() - 10 * 60_000);
      expect(t?.endedAt).toBeGreaterThanOrEqual(t?.startedAt ?? Infinity);
    }
    expect(a?.worker).not.toBe(b?.worker);
    // The overlap explain looks for: each started before the other ended.
    expect((a?.startedAt ?? 0) < (b?.endedAt ?? 0) && (b?.startedAt ?? 0) < (a?.endedAt ?? 0)).toBe(true);
  }, 120_000);
});
