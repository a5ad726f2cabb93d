import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ecosystem, FrameworkName } from '../model.js';
import { readPackageManifest, type PackageManifest } from './package-json.js';

export type DetectableFramework = Exclude<FrameworkName, 'auto' | 'custom'>;

/** One piece of evidence that a project uses a framework. */
export interface Detection {
  readonly name: DetectableFramework;
  /** 3: the test script runs it; 2: its own config file (or go.mod); 1: only a dependency. */
  readonly strength: 1 | 2 | 3;
  /** e.g. `package.json devDependencies` */
  readonly via: string;
}

/**
 * Ties between equally strong evidence are broken in this order: the ecosystems whose presets
 * flakegate exercises most come first, and a polyglot repository is more often a Python or JS app
 * with a small Go tool than the reverse. Anyone it guesses wrong for passes --framework.
 */
export const DETECTION_PRIORITY: readonly DetectableFramework[] = ['pytest', 'jest', 'vitest', 'mocha', 'node', 'go'];

export const FRAMEWORK_LABELS: Readonly<Record<DetectableFramework, string>> = {
  pytest: 'pytest',
  jest: 'Jest',
  vitest: 'Vitest',
  mocha: 'Mocha',
  node: 'node:test',
  go: 'Go',
};

/** The ecosystem each framework's tests are written in: whose error texts and fixes apply. */
export const FRAMEWORK_ECOSYSTEM: Readonly<Record<DetectableFramework, Ecosystem>> = {
  pytest: 'python',
  jest: 'javascript',
  vitest: 'javascript',
  mocha: 'javascript',
  node: 'javascript',
  go: 'go',
};

/** Every framework with evidence in `cwd`, strongest first (then by DETECTION_PRIORITY). */
export async function detectFrameworks(cwd: string): Promise<Detection[]> {
  const found = [...(await pythonEvidence(cwd)), ...jsEvidence(cwd, await readPackageManifest(cwd))];
  if (existsSync(join(cwd, 'go.mod'))) found.push({ name: 'go', strength: 2, via: 'go.mod' });
  // Keep the strongest evidence per framework.
  const best = new Map<DetectableFramework, Detection>();
  for (const detection of found) {
    const previous = best.get(detection.name);
    if (previous === undefined || detection.strength > previous.strength) best.set(detection.name, detection);
  }
  return [...best.values()].sort(
    (a, b) => b.strength - a.strength || DETECTION_PRIORITY.indexOf(a.name) - DETECTION_PRIORITY.indexOf(b.name),
  );
}

// Files whose mention of pytest only says it is a dependency (strength 1).
const PYTHON_DEPENDENCY_FILES = [
  'tox.ini',
  'pyproject.toml',
  'setup.py',
  'Pipfile',
  'requirements.txt',
  'requirements-dev.txt',
  'requirements-test.txt',
  'dev-requirements.txt',
  'test-requirements.txt',
];

async function pythonEvidence(cwd: string): Promise<Detection[]> {
  const read = (name: string): Promise<string | null> => readFile(join(cwd, name), 'utf8').catch(() => null);
  const [pyproject, setupCfg, toxIni] = await Promise.all([read('pyproject.toml'), read('setup.cfg'), read('tox.ini')]);
  const found: Detection[] = [];
  const add = (strength: Detection['strength'], via: string): void => {
    found.push({ name: 'pytest', strength, via });
  };
  for (const file of ['pytest.ini', '.pytest.ini']) if (existsSync(join(cwd, file))) add(2, file);
  if (pyproject !== null && /^\[tool\.pytest/m.test(pyproject)) add(2, 'pyproject.toml [tool.pytest.ini_options]');
  if (setupCfg !== null && /^\[tool:pytest\]/m.test(setupCfg)) add(2, 'setup.cfg [tool:pytest]');
  if (toxIni !== null && /^\[pytest\]/m.test(toxIni)) add(2, 'tox.ini [pytest]');
  for (const file of ['conftest.py', 'tests/conftest.py', 'test/conftest.py']) if (existsSync(join(cwd, file))) add(2, file);
  const mentions = await Promise.all(PYTHON_DEPENDENCY_FILES.map(async (file) => ({ file, text: await read(file) })));
  for (const { file, text } of mentions) if (text !== null && /\bpytest\b/.test(text)) add(1, file);
  return found;
}

const JS_CONFIG_FILES: Readonly<Record<'jest' | 'vitest' | 'mocha', readonly string[]>> = {
  jest: ['jest.config.js', 'jest.config.ts', 'jest.config.mjs', 'jest.config.cjs', 'jest.config.json'],
  vitest: ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.js', 'vitest.config.mjs', 'vitest.config.cjs', 'vitest.workspace.ts'],
  mocha: ['.mocharc.js', '.mocharc.cjs', '.mocharc.json', '.mocharc.jsonc', '.mocharc.yaml', '.mocharc.yml'],
};

// What the test script runs: the runner as a word of its own, at the start, after a space or a
// path (`./node_modules/.bin/jest`). node:test is recognised by its flag, not by `node`, which
// scripts run for many reasons.
const SCRIPT_PATTERNS: readonly { readonly name: DetectableFramework; readonly pattern: RegExp }[] = [
  { name: 'vitest', pattern: /(?:^|[\s/])vitest\b/ },
  { name: 'jest', pattern: /(?:^|[\s/])jest\b/ },
  { name: 'mocha', pattern: /(?:^|[\s/])mocha\b/ },
  { name: 'node', pattern: /(?:^|\s)node\s(?:[^&|;]*\s)?--test\b/ },
  { name: 'pytest', pattern: /(?:^|[\s/])pytest\b/ },
  { name: 'go', pattern: /(?:^|\s)go\s+test\b/ },
];

function jsEvidence(cwd: string, manifest: PackageManifest | null): Detection[] {
  const found: Detection[] = [];
  if (manifest !== null && manifest.testScript !== '') {
    for (const { name, pattern } of SCRIPT_PATTERNS) {
      if (pattern.test(manifest.testScript)) found.push({ name, strength: 3, via: `package.json scripts.test ("${manifest.testScript}")` });
    }
  }
  for (const name of ['jest', 'vitest', 'mocha'] as const) {
    const config = JS_CONFIG_FILES[name].find((file) => existsSync(join(cwd, file)));
    if (config !== undefined) found.push({ name, strength: 2, via: config });
    else if (name !== 'vitest' && manifest?.keys.has(name)) found.push({ name, strength: 2, via: `package.json "${name}"` });
    const field = manifest?.dependencies.get(name);
    if (field !== undefined) found.push({ name, strength: 1, via: `package.json ${field}` });
  }
  return found;
}
