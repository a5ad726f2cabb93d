import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SetupError } from './errors.js';

/**
 * Absolute path of a helper file shipped in `src/assets/` (e.g. the pytest plugin).
 *
 * The same code runs from two layouts: from `src/frameworks/*.ts` under vitest (assets in
 * `../assets/`) and from the bundle `dist/cli.js` / `dist/index.js`, beside which
 * `scripts/bundle.mjs` copies them to `./assets/`. So both places are tried, relative to this
 * module's own URL rather than to the process cwd, which is the user's project.
 */
export function locateAsset(name: string, from: string = import.meta.url): string {
  const candidates = [`./assets/${name}`, `../assets/${name}`].map((relative) => fileURLToPath(new URL(relative, from)));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new SetupError(
      `flakegate's helper file ${name} is missing (looked in ${candidates.join(' and ')})`,
      'reinstall flakegate, or run `npm run bundle` so that dist/assets/ is next to dist/cli.js',
    );
  }
  return found;
}
