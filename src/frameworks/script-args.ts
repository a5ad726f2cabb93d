import type { Logger } from '../model.js';
import { readPackageManifest } from './package-json.js';

/**
 * What the project's `scripts.test` passes to a runner beyond flakegate's own flags, e.g.
 * `--config jest.unit.js` in `jest --config jest.unit.js`; null when nothing (or no such script).
 * `ignored` are tokens the preset already covers (`run` for vitest, `--test` for node); with a
 * `marker`, only a command containing that word counts.
 */
export function extraScriptArgs(testScript: string, runner: string, ignored: readonly string[] = [], marker?: string): string | null {
  // The command of the script that runs the runner: scripts chain commands with && || ; |.
  for (const command of testScript.split(/&&|\|\||;|\|/)) {
    const words = command.trim().split(/\s+/);
    const at = words.findIndex((word) => word === runner || word.endsWith(`/${runner}`));
    // `node` runs many things; only the command with the marker (`--test`) is the test runner.
    if (at < 0 || (marker !== undefined && !words.includes(marker))) continue;
    const rest = words.slice(at + 1).filter((word) => !ignored.includes(word));
    return rest.length > 0 ? rest.join(' ') : null;
  }
  return null;
}

/**
 * Says so when the test script passes arguments flakegate will not: a preset runs the runner with
 * its own flags (and the project's config file), so `jest --config other.js` or
 * `node --test test/unit/` would otherwise be silently ignored.
 */
export async function warnAboutScriptArgs(cwd: string, runner: string, ignored: readonly string[], log: Logger, marker?: string): Promise<void> {
  const manifest = await readPackageManifest(cwd);
  const extra = manifest === null ? null : extraScriptArgs(manifest.testScript, runner, ignored, marker);
  if (extra === null) return;
  log.warn(
    `package.json scripts.test passes "${extra}" to ${runner}, which flakegate does not pass on; if the tests need it, use framework custom with a command containing {workers} and {junit}`,
  );
}
