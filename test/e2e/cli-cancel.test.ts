// Ctrl-C during a run: the run's whole process tree ends, the report of the finished runs is
// written, and the CLI exits 130.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, inject, it } from 'vitest';
import type { Report } from '../../src/model.js';
import { bundleProblem, CLI } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

// Two quick runs, then a third that hangs (and leaves its pid behind for the check).
const SUITE = `
const fs = require('node:fs');
const [workers, junit] = process.argv.slice(2);
const n = fs.existsSync('count') ? Number(fs.readFileSync('count', 'utf8')) : 0;
fs.writeFileSync('count', String(n + 1));
if (n >= 2) { fs.writeFileSync('hung.pid', String(process.pid)); setInterval(() => {}, 1000); }
else fs.writeFileSync(junit, '<testsuite><testcase classname="c" name="t' + '"/></testsuite>');
`;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

it('stops the current run, keeps the finished ones and exits 130', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fg-cancel-'));
  writeFileSync(join(dir, 'suite.cjs'), SUITE);
  const child = spawn(process.execPath, [CLI, 'run', '--command', 'node suite.cjs {workers} {junit}', '--workers', '1,2', '--iterations', '3', '--no-confirm', '--out', 'out'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 600 && !existsSync(join(dir, 'hung.pid')); i++) await new Promise((r) => setTimeout(r, 100));
  const hung = Number(readFileSync(join(dir, 'hung.pid'), 'utf8'));
  expect(alive(hung)).toBe(true);
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stderr).toMatch(/SIGINT: stopping the current run/);
  for (let i = 0; i < 100 && alive(hung); i++) await new Promise((r) => setTimeout(r, 100));
  expect(alive(hung)).toBe(false);
  const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')) as Report;
  expect(report.runs).toHaveLength(2);
  expect(report.planner.some((n) => /cancelled after 2 runs/.test(n.text))).toBe(true);
}, 120_000);
