import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The parts of a package.json that framework detection reads. */
export interface PackageManifest {
  /** `dependencies` and `devDependencies` names, with where each was found. */
  readonly dependencies: ReadonlyMap<string, 'dependencies' | 'devDependencies'>;
  /** `scripts.test`, or '' when absent. */
  readonly testScript: string;
  /** Top-level keys: `jest` and `mocha` keep their configuration here too. */
  readonly keys: ReadonlySet<string>;
}

/** Reads `<cwd>/package.json`; null when absent or not JSON (then it says nothing about frameworks). */
export async function readPackageManifest(cwd: string): Promise<PackageManifest | null> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8'));
  } catch {
    return null;
  }
  if (!isRecord(value)) return null;
  const dependencies = new Map<string, 'dependencies' | 'devDependencies'>();
  for (const field of ['devDependencies', 'dependencies'] as const) {
    const deps = value[field];
    if (!isRecord(deps)) continue;
    for (const name of Object.keys(deps)) if (!dependencies.has(name)) dependencies.set(name, field);
  }
  const scripts = value['scripts'];
  const test = isRecord(scripts) ? scripts['test'] : undefined;
  return { dependencies, testScript: typeof test === 'string' ? test : '', keys: new Set(Object.keys(value)) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
