// The Node probe (src/assets/flakegate-probe.cjs) loaded by the run stage into real runs of every JS
// runner on its fixture's planted collisions (each made certain by a barrier): the records name the
// port or path and the test file, the refused bind carries EADDRINUSE, the user's NODE_OPTIONS still
// apply, and the outcomes equal those of the same run without the probe.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../src/frameworks/index.js';
import type { Config, FrameworkName, Logger } from '../../src/model.js';
import { parseJunitFile } from '../../src/parse/read-file.js';
import { executeRun } from '../../src/run/execute-run.js';
import { copyFixture } from '../support/cli.js';

const quiet: Logger = { info: () => {}, warn: () => {}, debug: () => {} };

export interface ProbeRecord {
  readonly v: number;
  readonly pid: number;
  readonly worker?: string;
  readonly files: readonly string[];
  readonly kind: string;
  readonly res: string;
  readonly err?: string;
  /** The probe file it was read from (one per process or thread). */
  readonly from: string;
}

interface ProbedRun {
  readonly outcomes: Record<string, string>;
  readonly files: readonly string[];
  readonly records: readonly ProbeRecord[];
  /** Processes that loaded the user's own NODE_OPTIONS preload. */
  readonly userPreloads: number;
}

/** One run at 2 workers of a fresh copy of `fixture`, through resolvePreset and executeRun. */
async function runFixture(fixture: string, framework: FrameworkName, probe: boolean, command: string | null = null): Promise<ProbedRun> {
  const dir = copyFixture(fixture);
  const scratch = mkdtempSync(join(tmpdir(), 'fg-probe-'));
  const userPreload = join(scratch, 'user preload.cjs');
  const userMarks = join(scratch, 'user-marks');
  writeFileSync(userPreload, `require('fs').appendFileSync(${JSON.stringify(userMarks)}, process.pid + '\\n');\n`);
  const config: Config = {
    framework, command, workers: [1, 2], iterations: 1, timeoutMs: 300_000, budgetMs: null,
    confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd: dir, out: join(dir, '.flakegate'), resourceProbe: probe,
  };
  const preset = await resolvePreset(config, quiet);
  const parentEnv = { ...process.env, NODE_OPTIONS: `--require "${userPreload}"` };
  const executed = await executeRun({ id: 'p-001-w2', workers: 2, iteration: 1, phase: 'discovery' }, preset, config, quiet, { parentEnv });
  const report = await parseJunitFile(executed.reportPaths[0] ?? '');
  const outcomes = Object.fromEntries(report.tests.map((t) => [`${t.classname} :: ${t.name}`, t.outcome]));
  // The run stage's own probe directory (src/run/probe-env.ts), absent when the probe is off.
  const probeDir = join(config.out, 'runs', 'p-001-w2', 'probe');
  const files = existsSync(probeDir) ? readdirSync(probeDir).sort() : [];
  const records = files.flatMap((f) => readFileSync(join(probeDir, f), 'utf8').split('\n').filter((l) => l !== '').map((l) => ({ ...(JSON.parse(l) as Omit<ProbeRecord, 'from'>), from: f })));
  const userPreloads = existsSync(userMarks) ? readFileSync(userMarks, 'utf8').split('\n').filter((l) => l !== '').length : 0;
  return { outcomes, files, records, userPreloads };
}

const endsWith = (suffix: string) => (r: ProbeRecord): boolean => r.files.some((f) => f.endsWith(suffix));

interface Case {
  readonly fixture: string;
  readonly framework: FrameworkName;
  readonly command?: string;
  readonly port: number;
  readonly serverFile: string;
  readonly cacheFile: string;
  readonly cachePath: string;
  /** Per-thread files (`js-<pid>-<threadId>.jsonl`) expected. */
  readonly threads?: boolean;
  readonly worker: boolean;
}

const CASES: readonly Case[] = [
  { fixture: 'jest/basic', framework: 'jest', port: 18775, serverFile: '/__tests__/api-server.test.js', cacheFile: '/__tests__/report-cache.test.js', cachePath: '/tmp/flakegate-fixture-jest-report-cache/cache.jsonl', worker: true },
  { fixture: 'vitest/basic', framework: 'vitest', port: 18791, serverFile: '/test/server-api.test.js', cacheFile: '/test/cache-report.test.js', cachePath: '/tmp/flakegate-fixture-vitest-report-cache/cache.jsonl', worker: true },
  { fixture: 'vitest/basic', framework: 'vitest', command: 'npx --no -- vitest {args} --pool=threads', port: 18791, serverFile: '/test/server-api.test.js', cacheFile: '/test/cache-report.test.js', cachePath: '/tmp/flakegate-fixture-vitest-report-cache/cache.jsonl', threads: true, worker: true },
  { fixture: 'mocha/basic', framework: 'mocha', port: 18811, serverFile: '/test/server-api.test.js', cacheFile: '/test/cache-report.test.js', cachePath: '/tmp/flakegate-fixture-mocha-report-cache/cache.jsonl', worker: true },
  // A custom command of a JS project gets the probe too: the project's files say it is one.
  { fixture: 'node/basic', framework: 'custom', command: 'node --test --test-concurrency={workers} --test-reporter=junit --test-reporter-destination={junit}', port: 18801, serverFile: '/test/server-api.test.js', cacheFile: '/test/cache-report.test.js', cachePath: '/tmp/flakegate-fixture-node-report-cache/cache.jsonl', worker: false },
  { fixture: 'node/basic', framework: 'node', port: 18801, serverFile: '/test/server-api.test.js', cacheFile: '/test/cache-report.test.js', cachePath: '/tmp/flakegate-fixture-node-report-cache/cache.jsonl', worker: false },
];

describe.each(CASES)('the Node probe in a $framework run $command', (c) => {
  let probed: ProbedRun;
  let plain: ProbedRun;

  it('runs the fixture with and without the probe', async () => {
    probed = await runFixture(c.fixture, c.framework, true, c.command ?? null);
    plain = await runFixture(c.fixture, c.framework, false, c.command ?? null);
    expect(Object.keys(probed.outcomes).length).toBeGreaterThan(5);
  }, 600_000);

  it('changes no outcome', () => {
    expect(probed.outcomes).toEqual(plain.outcomes);
    expect(Object.values(probed.outcomes)).toContain('failed');
  });

  it('records the fixed port with the test file, and the refused bind with EADDRINUSE', () => {
    const listens = probed.records.filter((r) => r.kind === 'listen' && r.res === `127.0.0.1:${c.port}`);
    expect(listens.filter(endsWith(c.serverFile)).length).toBeGreaterThan(0);
    expect(listens.some((r) => r.err === 'EADDRINUSE')).toBe(true);
    // Both sides of the collision, each from its own process or thread, labelled with its worker.
    expect(new Set(listens.map((r) => r.from)).size).toBe(2);
    if (c.worker) expect(listens.every((r) => typeof r.worker === 'string')).toBe(true);
  });

  it('records the shared cache file written by the test file', () => {
    const writes = probed.records.filter((r) => r.kind === 'write' && r.res === c.cachePath);
    expect(writes.filter(endsWith(c.cacheFile)).length).toBeGreaterThan(0);
  });

  it('names only project files, never node_modules, in records of the pinned shape', () => {
    for (const r of probed.records) {
      expect(r.v).toBe(1);
      expect(r.files.length).toBeGreaterThan(0);
      expect(r.files.length).toBeLessThanOrEqual(8);
      for (const f of r.files) expect(f).not.toMatch(/\/node_modules\/|flakegate-probe\.cjs$/);
    }
    const names = c.threads ? /^js-\d+-\d+\.jsonl$/ : /^js-\d+\.jsonl$/;
    expect(probed.files.filter((f) => names.test(f)).length).toBeGreaterThan(0);
  });

  it("keeps the user's NODE_OPTIONS", () => {
    expect(probed.userPreloads).toBeGreaterThan(0);
    expect(plain.userPreloads).toBeGreaterThan(0);
    expect(plain.records).toEqual([]);
  });
});
