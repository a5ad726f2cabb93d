// executeRun with real processes and the real custom-template preset: the files of a run under
// <out>/runs/<id>/, stale reports, a command that deletes <out>, the cleaned environment.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandContext, CommandSpec, ResolvedPreset } from '../../../src/frameworks/types.js';
import { CAPABILITIES } from '../../../src/frameworks/capabilities.js';
import type { Config, Logger, RunSpec } from '../../../src/model.js';
import { buildTemplateCommand, parseTemplate } from '../../../src/run/command-template.js';
import { executeRun, runDirectory, withShellNotFound } from '../../../src/run/execute-run.js';
import { tempDir } from './processes.js';

const root = tempDir();
let outSeq = 0;

/** A config, the real custom preset for `template` (which may depend on <out>), and a logger. */
function setup(templateFor: string | ((out: string) => string), overrides: Partial<Config> = {}) {
  const out = join(root, `out-${++outSeq}`);
  const template = typeof templateFor === 'string' ? templateFor : templateFor(out);
  const config: Config = {
    framework: 'custom', command: template, workers: [1, 4], iterations: 1, timeoutMs: 60_000,
    budgetMs: null, confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd: root, out, ...overrides,
  };
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(parsed.error);
  const preset: ResolvedPreset = {
    name: 'custom', ecosystem: 'unknown', template,
    capabilities: { subsetReruns: parsed.template.supportsSubset, orderReplay: false, testSelection: parsed.template.supportsSubset ? 'test-ids' : 'none', parallelUnit: 'unknown' },
    reason: 'test', buildCommand: (ctx) => buildTemplateCommand(parsed.template, ctx), cannotPass: () => null,
  };
  const lines: { level: string; message: string }[] = [];
  const log: Logger = {
    info: (message) => lines.push({ level: 'info', message }),
    warn: (message) => lines.push({ level: 'warn', message }),
    debug: (message) => lines.push({ level: 'debug', message }),
  };
  return { config, preset, log, lines, out };
}

const spec: RunSpec = { id: 'd-001-w4', workers: 4, iteration: 1, phase: 'discovery' };
const parentEnv = {
  PATH: process.env['PATH'] ?? '/usr/bin:/bin',
  HOME: '/home/someone',
  GITHUB_TOKEN: 'secret-token',
  ACTIONS_RUNTIME_TOKEN: 'secret-runtime',
  INPUT_TOKEN: 'secret-input',
};

describe('executeRun', () => {
  it('runs the preset command and keeps report and output under <out>/runs/<id>/', async () => {
    const { config, preset, log, lines, out } = setup('echo "workers={workers}"; echo "<testsuite/>" > {junit}');
    const run = await executeRun(spec, preset, config, log, { parentEnv });
    const junit = join(out, 'runs', 'd-001-w4', 'junit.xml');
    expect(run.spec).toEqual(spec);
    expect(run.reportPaths).toEqual([junit]);
    expect(run.process).toMatchObject({ exitCode: 0, timedOut: false });
    expect(readFileSync(junit, 'utf8')).toBe('<testsuite/>\n');
    expect(readFileSync(join(out, 'runs', 'd-001-w4', 'output.log'), 'utf8')).toBe('workers=4\n');
    const info = lines.filter((l) => l.level === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]?.message).toMatch(/^run d-001-w4 \(discovery, iteration 1, 4 workers\): exit 0 after /);
  });

  it('deletes a stale report before the run, so it can never be read as this run\'s', async () => {
    const { config, preset, log, out } = setup('if [ -e {junit} ]; then echo STALE-SEEN; fi; : {workers}');
    const runDir = join(out, 'runs', spec.id);
    mkdirSync(runDir, { recursive: true });
    writeFileSync(join(runDir, 'junit.xml'), '<testsuite name="stale"/>');
    writeFileSync(join(runDir, 'junit-extra.xml'), 'stale too');
    const run = await executeRun(spec, preset, config, log, { parentEnv });
    expect(run.process.outputTail).not.toContain('STALE-SEEN');
    expect(existsSync(join(runDir, 'junit.xml'))).toBe(false);
    expect(existsSync(join(runDir, 'junit-extra.xml'))).toBe(false);
  });

  it('re-creates the run directory when the test command deleted the output directory', async () => {
    const { config, preset, log, out } = setup(
      (dir) => `echo "cleaning up"; rm -rf '${dir}'; test -e {junit} || echo gone; : {workers}`,
    );
    const run = await executeRun(spec, preset, config, log, { parentEnv });
    expect(run.process.exitCode).toBe(0);
    expect(readFileSync(join(out, 'runs', spec.id, 'output.log'), 'utf8')).toBe('cleaning up\ngone\n');
  });

  it('gives the child a clean environment plus FLAKEGATE=1 and the preset env', async () => {
    const { config, preset, log } = setup('env; : {workers} {junit}');
    const run = await executeRun(spec, preset, config, log, { parentEnv });
    const env = run.process.outputTail;
    expect(env).not.toContain('secret');
    expect(env).toContain('FLAKEGATE=1');
    expect(env).toContain('HOME=/home/someone');
    expect(env).toContain(`FLAKEGATE_JUNIT=${join(config.out, 'runs', spec.id, 'junit.xml')}`);
  });

  it('gives every command its own empty probe directory in FLAKEGATE_PROBE_DIR, kept under the run; none with resource-probe off', async () => {
    const { config, preset, log, out } = setup('echo "dir=$FLAKEGATE_PROBE_DIR"; ls -A "$FLAKEGATE_PROBE_DIR" | wc -l; echo x > "$FLAKEGATE_PROBE_DIR/py-1.jsonl"; : {workers} {junit}');
    const probeDir = join(out, 'runs', spec.id, 'probe');
    mkdirSync(probeDir, { recursive: true });
    writeFileSync(join(probeDir, 'py-9.jsonl'), 'left by an earlier invocation');
    const run = await executeRun(spec, preset, config, log, { parentEnv: { ...parentEnv, FLAKEGATE_PROBE_DIR: '/somewhere/else' } });
    expect(run.process.outputTail).toBe(`dir=${probeDir}\n0\n`);
    expect(run.probeDir).toBe(probeDir);
    expect(existsSync(join(probeDir, 'py-1.jsonl'))).toBe(true);
    const off = setup('echo "dir=${FLAKEGATE_PROBE_DIR-unset}"; : {workers} {junit}', { resourceProbe: false });
    const quiet = await executeRun(spec, off.preset, off.config, off.log, { parentEnv: { ...parentEnv, FLAKEGATE_PROBE_DIR: '/inherited' } });
    expect(quiet.process.outputTail).toBe('dir=unset\n');
    expect(quiet.probeDir).toBeUndefined();
    expect(existsSync(join(off.out, 'runs', spec.id, 'probe'))).toBe(false);
  });

  it('runs in config.cwd and passes the subset when the preset supports it', async () => {
    const { config, preset, log } = setup('pwd; printf "<%s>" {tests}; : {workers} {junit}');
    const subset: RunSpec = { id: 's-002-w1', workers: 1, iteration: 1, phase: 'confirm-serial', tests: ['a b', '$(x)'] };
    const run = await executeRun(subset, preset, config, log, { parentEnv });
    expect(run.process.outputTail).toBe(`${root}\n<a b><$(x)>`);
  });

  it('runs the full suite, with a warning, when the preset cannot run a subset', async () => {
    const { config, preset, log, lines } = setup('echo "args=$#"; : {workers} {junit}');
    const subset: RunSpec = { id: 'p-003-w4', workers: 4, iteration: 1, phase: 'confirm-parallel', tests: ['x'] };
    const run = await executeRun(subset, preset, config, log, { parentEnv });
    expect(run.process.outputTail).toBe('args=0\n');
    expect(lines.some((l) => l.level === 'warn' && l.message.includes('cannot run a subset'))).toBe(true);
  });

  it('records a timeout with the config timeout and says so in the log line', async () => {
    const { config, preset, log, lines } = setup('sleep 100; : {workers} {junit}', { timeoutMs: 300 });
    const run = await executeRun(spec, preset, config, log, { parentEnv, graceMs: 500 });
    expect(run.process.timedOut).toBe(true);
    expect(lines.find((l) => l.level === 'info')?.message).toMatch(/timed out after .*, stopped \(SIGTERM\)/);
  });

  it('records a command that cannot start, and still writes output.log', async () => {
    const { config, log, lines, out } = setup('x {workers} {junit}');
    const missing: ResolvedPreset = {
      name: 'pytest', ecosystem: 'python', template: 'pytest', capabilities: CAPABILITIES.pytest, reason: 'test', cannotPass: () => null,
      buildCommand: (ctx: CommandContext): CommandSpec => ({
        file: 'flakegate-no-such-pytest', args: [`--junitxml=${ctx.junitPath}`], env: {}, display: 'pytest',
      }),
    };
    const run = await executeRun(spec, missing, config, log, { parentEnv });
    expect(run.process.spawnError).toBe('command not found: flakegate-no-such-pytest');
    expect(existsSync(join(out, 'runs', spec.id, 'output.log'))).toBe(true);
    expect(lines.find((l) => l.level === 'info')?.message).toContain('could not start: command not found');
  });

  it('reports a command the shell could not find (exit 127) as not found, keeping the exit code', async () => {
    const { config, preset, log, lines } = setup('cd . && no-such-runner-xyz -n {workers} --junit {junit}');
    const run = await executeRun(spec, preset, config, log, { parentEnv });
    expect(run.process).toMatchObject({ exitCode: 127, spawnError: 'command not found: no-such-runner-xyz' });
    expect(lines.find((l) => l.level === 'info')?.message).toContain('could not start: command not found: no-such-runner-xyz');
  });

  it('recognises the not-found messages of common shells, and nothing else', () => {
    const result = (exitCode: number, outputTail: string) =>
      withShellNotFound({ exitCode, signal: null, timedOut: false, durationMs: 1, outputTail });
    expect(result(127, 'sh: 1: jest: not found\n').spawnError).toBe('command not found: jest');
    expect(result(127, 'x\nflakegate: line 1: py.test: command not found\n').spawnError).toBe('command not found: py.test');
    expect(result(127, 'zsh: command not found: gotestsum').spawnError).toBe('command not found: gotestsum');
    expect(result(1, 'sh: 1: jest: not found').spawnError).toBeUndefined();
    expect(result(127, 'FAILED test_x - file not found').spawnError).toBeUndefined();
  });

  it('refuses a run id that could escape <out>/runs/', () => {
    expect(() => runDirectory('/out', '../etc')).toThrow(/unsafe run id/);
    expect(() => runDirectory('/out', '..')).toThrow(/unsafe run id/);
    expect(runDirectory('/out', 'd-001-w1')).toBe('/out/runs/d-001-w1');
  });
});
