// The resource probe end to end on test/fixtures/pytest/probe: tests on different xdist workers
// share one port, one export file and one SQLite database through conftest fixtures whose
// settings come from JSON (no literal in any source), with tmp_path / port-0 decoys. Through the
// CLI (probe on, the default) the causes come from the probe; through dist/index.js as the
// runner starts it with INPUT_RESOURCE-PROBE=false there is no probe and the causes are weaker.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { indexProbes } from '../../src/explain/probe-evidence.js';
import { pytestNodeId } from '../../src/frameworks/pytest-node-id.js';
import type { Report, RunResult } from '../../src/model.js';
import { readProbeDir } from '../../src/parse/probe-reader.js';
import { inputEnv, parseOutputs, runnerBaseEnv, spawnAction } from '../support/action-process.js';
import { bundleProblem, copyFixture, runCli } from '../support/cli.js';
import { readExpected } from '../support/expected.js';

const expected = readExpected(join(import.meta.dirname, '..', 'fixtures', 'pytest', 'probe'));
const planted = Object.entries(expected.causes ?? {}).map(([key, cause]) => ({ name: key.slice(key.indexOf('::') + 2), cause }));
const DECOYS = ['test_decoy_report_in_tmp_path', 'test_decoy_server_on_free_port'];

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

function topCause(report: Report, name: string): { cause: string | undefined; score: number; probe: boolean } {
  const t = report.tests.find((x) => x.name === name);
  const top = t?.causes[0];
  return { cause: top?.cause, score: top?.score ?? 0, probe: top?.evidence.some((e) => e.kind === 'probe') ?? false };
}

describe('resource probe: pytest fixture with resources shared through conftest fixtures', () => {
  let on: Report;
  let onOut: string;
  let off: Report;
  let offOut: string;
  let outputs: Record<string, string>;

  beforeAll(async () => {
    const dir = copyFixture('pytest/probe');
    onOut = join(dir, '.flakegate');
    const r = runCli(['run', '--framework', 'pytest', '--workers', '1,4', '--iterations', '2', '--no-confirm', '--cwd', dir, '--out', onOut], { cwd: dir, timeoutMs: 600_000 });
    expect(r.stderr).not.toMatch(/internal error/);
    on = JSON.parse(readFileSync(join(onOut, 'report.json'), 'utf8')) as Report;

    // The action as the runner starts it, probe off.
    const project = copyFixture('pytest/probe');
    const tmp = mkdtempSync(join(tmpdir(), 'fg-probe-action-'));
    offOut = join(tmp, 'out');
    const outputPath = join(tmp, 'output');
    const eventPath = join(tmp, 'event.json');
    writeFileSync(outputPath, '');
    writeFileSync(join(tmp, 'summary.md'), '');
    writeFileSync(eventPath, '{}');
    const env: NodeJS.ProcessEnv = {
      ...runnerBaseEnv(),
      ...inputEnv({ framework: 'pytest', workers: '1,4', iterations: '2', confirm: 'false', 'resource-probe': 'false', 'working-directory': project, out: offOut, comment: 'off', mode: 'run', 'fail-on': 'never', token: '' }),
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'),
      GITHUB_WORKSPACE: project,
    };
    const action = await spawnAction(project, env);
    expect(action.stderr).not.toMatch(/internal error/);
    outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
    off = JSON.parse(readFileSync(join(offOut, 'report.json'), 'utf8')) as Report;
  }, 1_200_000);

  it('finds the verdicts either way', () => {
    for (const report of [on, off]) {
      for (const [key, verdict] of Object.entries(expected.tests)) {
        const name = key.slice(key.indexOf('::') + 2);
        expect(report.tests.find((t) => t.name === name)?.verdict, name).toBe(verdict);
      }
    }
    expect(outputs['parallel-only']).toBe('6');
  });

  it('with the probe: each planted test gets its cause from the probe, strong, naming the resource and the partner', () => {
    for (const { name, cause } of planted) {
      const top = topCause(on, name);
      expect(top, name).toMatchObject({ cause, probe: true });
      expect(top.score, name).toBeGreaterThanOrEqual(0.8);
      const t = on.tests.find((x) => x.name === name);
      expect(t?.probe?.[0]?.processes, name).toBe(2);
      expect(t?.partners, name).toHaveLength(1);
    }
    const port = on.tests.find((t) => t.name === 'test_status_page_counts_one_visit');
    expect(port?.probe?.[0]).toMatchObject({ resource: 'port 47391', kind: 'port', err: 'EADDRINUSE' });
    expect(port?.causes[0]?.evidence[0]?.text).toMatch(/^Port 47391 was bound .* by 2 worker processes in run d-\d+-w4/);
    const md = readFileSync(join(onOut, 'report.md'), 'utf8');
    expect(md).toContain('**Shared resource** (resource probe): `port 47391`');
    expect(readFileSync(join(onOut, 'report.html'), 'utf8')).toContain('shared resource (probe)');
  });

  it('without the probe (resource-probe: false): no probe directory, no probe evidence, and the causes are wrong or weaker', () => {
    expect(off.config.resourceProbe).toBe(false);
    for (const id of off.runs.map((r) => r.id)) expect(existsSync(join(offOut, 'runs', id, 'probe'))).toBe(false);
    let weaker = 0;
    for (const { name, cause } of planted) {
      const without = topCause(off, name);
      expect(without.probe, name).toBe(false);
      if (without.cause !== cause || without.score < topCause(on, name).score) weaker += 1;
    }
    expect(weaker).toBe(planted.length);
  });

  it('the decoys (the same file name under each tmp_path, a port the system picks) share nothing', async () => {
    const runs: RunResult[] = [];
    for (const record of on.runs) {
      const probe = await readProbeDir(join(onOut, 'runs', record.id, 'probe'));
      expect(probe?.rejected, record.id).toBe(0);
      runs.push({ record, cases: [], ...(probe === undefined ? {} : { probe }) });
    }
    expect(readdirSync(join(onOut, 'runs', on.runs[0]?.id ?? '', 'probe')).length).toBeGreaterThan(0);
    // Node ids from the report's tests (the cases are not kept in report.json).
    const withCases = runs.map((r) => ({ ...r, cases: on.tests.map((t) => ({ id: t.id, ...(t.file === undefined ? {} : { file: t.file }), classname: t.classname, name: t.name, outcome: 'passed' as const })) }));
    const index = indexProbes({ runs: withCases, tests: on.tests, projectDir: null, ignoreDirs: [onOut], nodeIdOf: pytestNodeId });
    const touched = new Set([...index.shared.values()].flat().flatMap((s) => s.touches.map((t) => on.tests.find((x) => x.id === t.test)?.name)));
    for (const decoy of DECOYS) expect(touched.has(decoy), decoy).toBe(false);
    expect([...touched].sort()).toEqual(planted.map((p) => p.name).sort());
  });

  it('a custom command (plain pytest, xunit2 without files) is probed through PYTEST_PLUGINS, with the same causes', () => {
    const dir = copyFixture('pytest/probe');
    const out = join(dir, '.flakegate');
    const r = runCli(['run', '--framework', 'custom', '--command', '/usr/bin/python3 -m pytest -p xdist -n {workers} --junitxml={junit}', '--workers', '1,4', '--iterations', '2', '--no-confirm', '--cwd', dir, '--out', out], { cwd: dir, timeoutMs: 600_000 });
    expect(r.stderr).not.toMatch(/internal error/);
    const custom = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
    for (const { name, cause } of planted) expect(topCause(custom, name), name).toMatchObject({ cause, probe: true });
  }, 600_000);

  it('analyze --reanalyse reads the kept probe files again', () => {
    const r = runCli(['analyze', '--out', join(onOut, 'again'), onOut], { cwd: onOut, timeoutMs: 120_000 });
    expect(r.stderr).not.toMatch(/internal error/);
    const again = JSON.parse(readFileSync(join(onOut, 'again', 'report.json'), 'utf8')) as Report;
    for (const { name, cause } of planted) expect(topCause(again, name), name).toMatchObject({ cause, probe: true });
  });
});
