// End-to-end tests run the bundles as users do; rebuild them first so they match the source.
// A failed bundle does not stop unit tests; the e2e suites assert on it via inject('bundleError').
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    bundleError: string;
  }
}

export default function setup(project: TestProject): void {
  try {
    execFileSync(process.execPath, [join(import.meta.dirname, '..', '..', 'scripts', 'bundle.mjs')], { stdio: 'pipe' });
    project.provide('bundleError', '');
  } catch (error) {
    const e = error as { stderr?: Buffer; message: string };
    project.provide('bundleError', e.stderr?.toString() || e.message);
  }
}
