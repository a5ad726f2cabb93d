import type { Logger } from '../model.js';
import { SetupError } from './errors.js';
import { canResolve, installHint, type JsRunner } from './js-runner.js';

/**
 * Throws a `SetupError` with the install command when a package the preset runs is not
 * resolvable from the project. Yarn Plug'n'Play projects have no node_modules to look in, so
 * their check is left to the run itself.
 */
/** `why` completes the message, e.g. `framework jest runs Jest with the jest-junit reporter`. */
export function requirePackages(runner: JsRunner, cwd: string, packages: readonly string[], why: string, log: Logger): void {
  if (runner.pnp) {
    log.debug(`Yarn Plug'n'Play project: not checking that ${packages.join(', ')} ${packages.length > 1 ? 'are' : 'is'} installed`);
    return;
  }
  const missing = packages.filter((name) => !canResolve(cwd, name));
  if (missing.length === 0) return;
  throw new SetupError(`${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed in ${cwd} (${why})`, installHint(runner, missing));
}
