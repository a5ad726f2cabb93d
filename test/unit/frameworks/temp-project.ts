// Shared by the framework tests: throwaway project directories, a recording logger, and running
// a built CommandSpec for real (argv, no shell), as the run stage would.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CommandSpec } from '../../../src/frameworks/types.js';
import type { Logger } from '../../../src/model.js';

/** A fresh directory holding `files` (relative path -> content). */
export function tempProject(files: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'flakegate-fw-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A package.json for a fake installed package, enough for Node's resolver. */
export function installedPackage(name: string): Record<string, string> {
  return { [`node_modules/${name}/package.json`]: JSON.stringify({ name, version: '0.0.0', main: 'index.js' }), [`node_modules/${name}/index.js`]: '' };
}

export interface RecordingLogger extends Logger {
  readonly lines: string[];
}

export function recordingLogger(): RecordingLogger {
  const lines: string[] = [];
  return {
    lines,
    info: (message) => void lines.push(`info: ${message}`),
    warn: (message) => void lines.push(`warn: ${message}`),
    debug: (message) => void lines.push(`debug: ${message}`),
  };
}

export interface Finished {
  readonly code: number | null;
  readonly output: string;
}

/** Runs a command spec in `cwd` with the spec's env over this process's env. */
export function runSpec(spec: CommandSpec, cwd: string, extraEnv: Readonly<Record<string, string>> = {}): Promise<Finished> {
  return new Promise((resolve) => {
    execFile(
      spec.file,
      [...spec.args],
      { cwd, env: { ...process.env, ...spec.env, ...extraEnv }, timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}
