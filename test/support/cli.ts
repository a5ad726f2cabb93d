// Runs the bundled CLI (dist/cli.js) as a child process, the way users run `npx flakegate`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 600_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A private copy of a fixture project (its state files must not leak between tests); node_modules is linked. */
export function copyFixture(relative: string): string {
  const src = join(ROOT, 'test', 'fixtures', relative);
  const dest = join(mkdtempSync(join(tmpdir(), 'fg-fixture-')), 'project');
  cpSync(src, dest, {
    recursive: true,
    filter: (p) => !/(^|\/)(node_modules|\.fixture-state|\.pytest_cache|__pycache__|\.flakegate)(\/|$)/.test(p.slice(src.length)),
  });
  if (existsSync(join(src, 'node_modules'))) symlinkSync(join(src, 'node_modules'), join(dest, 'node_modules'));
  return dest;
}

/** Call in beforeAll of every suite that runs the bundles. */
export function bundleProblem(error: string): string | null {
  return error === '' ? null : `npm run bundle failed, the e2e tests would run a stale dist/: ${error}`;
}
