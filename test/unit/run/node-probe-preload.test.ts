// The Node probe preload itself (src/assets/flakegate-probe.cjs), in real Node processes: off
// without a probe directory, the same results and errors with it, the line cap, one record per
// identical call, ESM named imports under node:test and Vitest.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../../src/frameworks/index.js';
import type { Config, FrameworkName, Logger } from '../../../src/model.js';
import { executeRun } from '../../../src/run/execute-run.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PRELOAD = join(ROOT, 'src', 'assets', 'flakegate-probe.cjs');
const quiet: Logger = { info: () => {}, warn: () => {}, debug: () => {} };

interface Sandbox {
  readonly project: string;
  readonly probeDir: string;
}

function sandbox(files: Readonly<Record<string, string>>): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'fg-preload-'));
  const project = join(root, 'project');
  const probeDir = join(root, 'probe');
  mkdirSync(project);
  mkdirSync(probeDir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(project, name), text);
  return { project, probeDir };
}

/** Runs `node <script>` in the project with the preload; returns its stdout. */
function runNode(box: Sandbox, script: string, probe = true): string {
  const env = { ...process.env, NODE_OPTIONS: `--require ${PRELOAD}`, ...(probe ? { FLAKEGATE_PROBE_DIR: box.probeDir } : {}) };
  if (!probe) delete env['FLAKEGATE_PROBE_DIR'];
  return execFileSync(process.execPath, [script], { cwd: box.project, env, encoding: 'utf8' });
}

function records(box: Sandbox): Array<Record<string, unknown>> {
  return readdirSync(box.probeDir).flatMap((f) => readFileSync(join(box.probeDir, f), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>));
}

// Results, thrown errors and callback arguments a script sees, printed as one JSON line.
const OBSERVED = `
const fs = require('fs');
const net = require('net');
const out = {};
const dir = require('os').tmpdir() + '/fg-preload-' + process.pid;
fs.rmSync(dir, { recursive: true, force: true });
out.mkdir = fs.mkdirSync(dir, { recursive: true }) === dir;
try { fs.mkdirSync(dir); } catch (e) { out.eexist = [e.code, e.syscall, e.constructor.name, Object.keys(e).sort()]; }
out.write = fs.writeFileSync(dir + '/a', 'x');
fs.renameSync(dir + '/a', dir + '/renamed');
fs.copyFileSync(dir + '/renamed', dir + '/a');
out.fd = typeof fs.openSync(dir + '/a', 'a');
out.read = fs.readFileSync(dir + '/a', 'utf8');
try { fs.readFileSync(dir + '/export.json'); } catch (e) { out.readMissing = [e.code, e.message.replace(dir, 'D')]; }
out.code = fs.readFileSync(__filename, 'utf8').length > 0;
fs.closeSync(fs.openSync(dir + '/a', 'r'));
try { fs.unlinkSync(dir + '/missing'); } catch (e) { out.enoent = [e.code, e.message.replace(dir, 'D')]; }
out.cwdBefore = process.cwd() === __dirname;
fs.appendFile(dir + '/b', 'y', function (err) {
  out.cb = [err, arguments.length];
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const second = net.createServer();
    second.on('error', (e) => {
      out.listenError = [e.code, e.port === port, second.listening];
      server.close(() => console.log(JSON.stringify(out)));
    });
    second.listen(port, '127.0.0.1');
  });
});
`;

describe('the Node probe preload', () => {
  it('does nothing without FLAKEGATE_PROBE_DIR: no wrapper installed, no file written', () => {
    const box = sandbox({ 'check.cjs': "const fs = require('fs'); console.log(JSON.stringify([globalThis[Symbol.for('flakegate.probe')] ?? null, fs.writeFileSync.toString().includes('observe(')])); fs.writeFileSync('x.txt', '1');" });
    expect(JSON.parse(runNode(box, 'check.cjs', false))).toEqual([null, false]);
    expect(readdirSync(box.probeDir)).toEqual([]);
  });

  it('leaves results, errors and callbacks exactly as they are, and records them', () => {
    const box = sandbox({ 'observed.cjs': OBSERVED });
    const plain = runNode(box, 'observed.cjs', false);
    expect(readdirSync(box.probeDir)).toEqual([]);
    expect(runNode(box, 'observed.cjs')).toBe(plain);
    const seen = records(box);
    expect(seen.filter((r) => r['kind'] === 'mkdir').map((r) => r['err'] ?? null)).toEqual([null, 'EEXIST']);
    expect(seen.find((r) => r['kind'] === 'remove' && String(r['res']).endsWith('/missing'))?.['err']).toBe('ENOENT');
    expect(seen.filter((r) => r['kind'] === 'write').map((r) => String(r['res']).replace(/.*\//, ''))).toEqual(['a', 'renamed', 'b']);
    // Data files read, with the missing one's ENOENT; the script's own code is not a read.
    expect(seen.filter((r) => r['kind'] === 'read').map((r) => `${String(r['res']).replace(/.*\//, '')} ${String(r['err'] ?? '')}`.trim())).toEqual(['a', 'export.json ENOENT']);
    // The bind on port 0 is not recorded; the refused bind on the port it got is.
    expect(seen.filter((r) => r['kind'] === 'listen').map((r) => r['err'])).toEqual(['EADDRINUSE']);
    expect(seen.every((r) => JSON.stringify(r['files']) === JSON.stringify([join(box.project, 'observed.cjs')]))).toBe(true);
  });

  it('writes identical records once and stops at 5,000 lines', () => {
    const box = sandbox({ 'many.cjs': "const fs = require('fs'); for (let i = 0; i < 6000; i++) { fs.writeFileSync('same.txt', 'x'); fs.rmSync('gone' + (i % 5500), { force: true }); } console.log('ok');" });
    expect(runNode(box, 'many.cjs').trim()).toBe('ok');
    const lines = readdirSync(box.probeDir).map((f) => readFileSync(join(box.probeDir, f), 'utf8').split('\n').filter((l) => l !== ''));
    expect(lines.map((l) => l.length)).toEqual([5000]);
    expect(lines[0]?.filter((l) => l.includes('"res":"' + join(box.project, 'same.txt') + '"'))).toHaveLength(1);
  });

  it('leaves a process whose working directory is gone unprobed, not broken', () => {
    const box = sandbox({});
    const gone = mkdtempSync(join(tmpdir(), 'fg-preload-gone-'));
    const script = `process.chdir(${JSON.stringify(gone)}); require('fs').rmdirSync(${JSON.stringify(gone)}); require('child_process').execFileSync(process.execPath, ['-e', 'console.log(1 + 1)'], { stdio: 'inherit' });`;
    const env: NodeJS.ProcessEnv = { ...process.env, FLAKEGATE_PROBE_DIR: box.probeDir };
    // The child starts in the removed directory with the preload (process.cwd() throws there).
    const out = execFileSync(process.execPath, ['-e', script], { env: { ...env, NODE_OPTIONS: `--require ${PRELOAD}` }, encoding: 'utf8' });
    expect(out.trim()).toBe('2');
  });

  it('records nothing a project file did not ask for (no project file on the stack)', () => {
    const box = sandbox({ 'inner.cjs': "require('fs').writeFileSync(process.argv[2] ?? 'y.txt', '1');" });
    const elsewhere = mkdtempSync(join(tmpdir(), 'fg-preload-other-'));
    const env = { ...process.env, NODE_OPTIONS: `--require ${PRELOAD}`, FLAKEGATE_PROBE_DIR: box.probeDir, FLAKEGATE_PROBE_PROJECT: elsewhere };
    execFileSync(process.execPath, ['inner.cjs'], { cwd: box.project, env });
    expect(readdirSync(box.probeDir)).toEqual([]);
  });
});

/** One serial run of a temp project's tests through the preset and the run stage, with the probe. */
async function probedRun(framework: FrameworkName, box: Sandbox): Promise<Array<Record<string, unknown>>> {
  const config: Config = {
    framework, command: null, workers: [1, 2], iterations: 1, timeoutMs: 120_000, budgetMs: null,
    confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd: box.project, out: join(box.project, '..', 'out'),
  };
  const preset = await resolvePreset(config, quiet);
  const run = await executeRun({ id: 'p-001-w1', workers: 1, iteration: 1, phase: 'discovery' }, preset, config, quiet);
  expect(run.process.exitCode).toBe(0);
  return records({ ...box, probeDir: join(config.out, 'runs', 'p-001-w1', 'probe') });
}

const ESM_TEST = (framework: string): string => `
import { writeFileSync, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
${framework === 'vitest' ? "import { test } from 'vitest';" : "import { test } from 'node:test';"}
test('named imports', async () => {
  mkdirSync('out', { recursive: true });
  writeFileSync('out/named.txt', 'x');
  await rm('out/named.txt');
  const server = createServer();
  await new Promise((resolve) => server.listen(0, resolve));
  await new Promise((resolve) => server.close(resolve));
});
`;

describe('ESM named imports of node:fs are seen', () => {
  it('under node:test', async () => {
    const box = sandbox({ 'package.json': JSON.stringify({ name: 'esm-probe', type: 'module', scripts: { test: 'node --test' } }), 'named.test.mjs': ESM_TEST('node') });
    const seen = await probedRun('node', box);
    expect(seen.map((r) => [r['kind'], r['res']])).toEqual(expect.arrayContaining([['mkdir', join(box.project, 'out')], ['write', join(box.project, 'out', 'named.txt')], ['remove', join(box.project, 'out', 'named.txt')]]));
    expect(seen.every((r) => (r['files'] as string[])[0] === join(box.project, 'named.test.mjs'))).toBe(true);
  }, 120_000);

  it('under Vitest', async () => {
    const box = sandbox({ 'package.json': JSON.stringify({ name: 'esm-probe', type: 'module', scripts: { test: 'vitest run' }, devDependencies: { vitest: '*' } }), 'named.test.js': ESM_TEST('vitest') });
    symlinkSync(join(ROOT, 'test', 'fixtures', 'vitest', 'basic', 'node_modules'), join(box.project, 'node_modules'));
    const seen = await probedRun('vitest', box);
    expect(seen.map((r) => [r['kind'], r['res']])).toEqual(expect.arrayContaining([['write', join(box.project, 'out', 'named.txt')], ['remove', join(box.project, 'out', 'named.txt')]]));
  }, 120_000);
});
