import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** How to start a locally installed JS test runner's binary, per the project's package manager. */
export interface JsRunner {
  readonly manager: 'npm' | 'pnpm' | 'yarn';
  readonly file: string;
  /** Arguments before the binary's name. */
  readonly prefix: readonly string[];
  /** Yarn Plug'n'Play: no node_modules, so packages cannot be resolved from disk. */
  readonly pnp: boolean;
}

/**
 * Picks the runner from the lockfile: `pnpm exec` (pnpm-lock.yaml), `yarn` (yarn.lock), else npx.
 * npx gets `--no` (never download a runner that is not installed: in CI npx would do so silently)
 * and `--`, without which npx takes the runner's own flags such as `--reporters` for npm config.
 */
export function detectJsRunner(cwd: string): JsRunner {
  const pnp = existsSync(join(cwd, '.pnp.cjs')) || existsSync(join(cwd, '.pnp.js'));
  if (existsSync(join(cwd, 'pnpm-lock.yaml'))) return { manager: 'pnpm', file: 'pnpm', prefix: ['exec'], pnp };
  if (existsSync(join(cwd, 'yarn.lock'))) return { manager: 'yarn', file: 'yarn', prefix: [], pnp };
  return { manager: 'npm', file: 'npx', prefix: ['--no', '--'], pnp };
}

/** Whether `name` resolves from the project, as the runner will resolve it (Node's algorithm). */
export function canResolve(cwd: string, name: string): boolean {
  try {
    createRequire(join(cwd, 'package.json')).resolve(`${name}/package.json`);
    return true;
  } catch {
    // Packages whose "exports" hide package.json still resolve by their main entry.
    try {
      createRequire(join(cwd, 'package.json')).resolve(name);
      return true;
    } catch {
      return false;
    }
  }
}

/** The install command for a missing dev dependency, in the project's package manager. */
export function installHint(runner: JsRunner, packages: readonly string[]): string {
  const list = packages.join(' ');
  switch (runner.manager) {
    case 'pnpm':
      return `pnpm add --save-dev ${list}`;
    case 'yarn':
      return `yarn add --dev ${list}`;
    case 'npm':
      return `npm install --save-dev ${list}`;
  }
}
