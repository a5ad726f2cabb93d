// The explain stage over the real fixture projects' sources (test/fixtures/*/basic), with runs
// shaped like theirs: each planted pair fails together in every parallel run with its real
// error text. Sources are read the way the pipeline does: the files `sourceFilesFor` lists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, sourceFilesFor } from '../../../src/explain/index.js';
import type { Ecosystem, RunResult, TestAnalysis, Verdict } from '../../../src/model.js';
import { analysis, run, stats, tc } from './build.js';

interface Expected {
  readonly tests?: Readonly<Record<string, Verdict>>;
  readonly causes: Readonly<Record<string, string>>;
  readonly clusters: ReadonlyArray<readonly string[]>;
  readonly errors: Readonly<Record<string, string>>;
}

const root = join(import.meta.dirname, '..', '..', 'fixtures');

function load(framework: string, ecosystem: Ecosystem, cores: number): { expected: Expected; out: TestAnalysis[] } {
  const dir = join(root, framework, 'basic');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const verdicts: Record<string, Verdict> = { ...(expected.tests ?? {}) };
  for (const key of Object.keys(expected.causes)) verdicts[key] ??= 'parallel-only';
  const clusterOf = (key: string): number | null => {
    const i = expected.clusters.findIndex((c) => c.includes(key));
    return i === -1 ? null : i;
  };
  const tests = Object.entries(verdicts).map(([key, verdict]) => {
    const [file = '', name = ''] = key.split('::');
    return analysis({ file, name, verdict, cluster: clusterOf(key), threshold: verdict === 'parallel-only' ? 2 : null, byWorkers: { '1': stats(5, 0), '2': stats(5, 5) } });
  });
  const byKey = new Map(Object.keys(verdicts).map((key, i) => [key, tests[i] as TestAnalysis]));
  const runs: RunResult[] = [run('d-001-w1', 1, tests.map((t) => tc(t, t.verdict === 'broken' ? 'failed' : 'passed')))];
  for (const n of [2, 3, 4]) {
    runs.push(
      run(`d-00${n}-w2`, 2, [...byKey].map(([key, t]) => {
        const error = expected.errors[key];
        return error === undefined ? tc(t, t.verdict === 'broken' ? 'failed' : 'passed') : tc(t, 'failed', { message: error, details: `Error: ${error}` });
      })),
    );
  }
  const sources = new Map<string, string>();
  for (const file of sourceFilesFor(tests, ecosystem)) {
    if (existsSync(join(dir, file))) sources.set(file, readFileSync(join(dir, file), 'utf8'));
  }
  const clusters = expected.clusters.map((keys, id) => ({ id, tests: keys.map((k) => byKey.get(k)?.id ?? k), runs: ['d-002-w2'] }));
  return { expected, out: explain({ tests, runs, clusters, ecosystem, sources, cores }) };
}

describe.each([
  ['pytest', 'python'],
  ['jest', 'javascript'],
] as const)('fixture %s/basic', (framework, ecosystem) => {
  const { expected, out } = load(framework, ecosystem, 2);

  it.each(Object.entries(expected.causes))('%s -> %s', (key, cause) => {
    const [file, name] = key.split('::');
    const test = out.find((t) => t.file === file && t.name === name);
    expect(test?.causes[0]?.cause).toBe(cause);
    expect(test?.causes[0]?.score).toBeGreaterThanOrEqual(0.5);
    // The planted partner is named, by source line, and a test failing in every run is not.
    const partner = expected.clusters.find((c) => c.includes(key))?.find((k) => k !== key) ?? '';
    const [partnerFile = '', partnerName = ''] = partner.split('::');
    const texts = test?.causes[0]?.evidence.map((e) => e.text) ?? [];
    expect(texts.some((t) => t.includes(`is also used by ${partnerFile}::`) && t.includes(partnerName))).toBe(true);
    expect(texts.join('\n')).not.toContain('broken');
  });

  it('gives stable and broken tests no cause', () => {
    for (const t of out.filter((x) => x.verdict === 'stable' || x.verdict === 'broken')) expect(t.causes, t.id).toEqual([]);
  });
});
