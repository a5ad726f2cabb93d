import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError } from './errors.js';
import { unique } from './test-id-parts.js';

/** A Python that can run `pytest -p xdist`. */
export interface PythonInterpreter {
  /** The candidate as tried (`python3`, `/repo/.venv/bin/python`). */
  readonly candidate: string;
  /** `sys.executable`: what runs the tests, so PATH changes between runs cannot switch it. */
  readonly executable: string;
  readonly pytestVersion: string;
  readonly xdistVersion: string;
}

interface Probe {
  readonly candidate: string;
  readonly executable: string;
  readonly pytest: string | null;
  readonly xdist: string | null;
}

// Reports what it finds instead of failing on the first missing import, so the error can say
// "pytest-xdist is not installed" rather than just "this one did not work".
const PROBE_SCRIPT = [
  'import json, sys',
  'r = {"executable": sys.executable, "pytest": None, "xdist": None}',
  'try:\n    import pytest\n    r["pytest"] = str(pytest.__version__)\nexcept Exception:\n    pass',
  'try:\n    import xdist\n    r["xdist"] = str(getattr(xdist, "__version__", "?"))\nexcept Exception:\n    pass',
  'print(json.dumps(r))',
].join('\n');

// Generous: a cold pyenv shim or a venv on a slow disk can take seconds to import pytest.
const PROBE_TIMEOUT_MS = 30_000;

/**
 * The interpreters tried, in order: an explicit `$FLAKEGATE_PYTHON`, the project's own virtualenv
 * (`.venv`, then `venv`), whatever `python3` / `python` are on PATH, and the distribution's
 * `/usr/bin/python3` last (where `apt-get install python3-pytest-xdist` puts the plugin).
 */
export function pythonCandidates(cwd: string, env: NodeJS.ProcessEnv): string[] {
  const candidates = [
    env['FLAKEGATE_PYTHON'] ?? '',
    join(cwd, '.venv', 'bin', 'python'),
    join(cwd, 'venv', 'bin', 'python'),
    'python3',
    'python',
    '/usr/bin/python3',
  ];
  return [...new Set(candidates.filter((candidate) => candidate !== ''))];
}

/**
 * The first candidate where `import pytest, xdist` succeeds (each spawned directly, no shell;
 * absolute candidates that do not exist, like a missing .venv, are skipped without a spawn).
 * Throws a `SetupError` naming the best near-miss: an interpreter with pytest but not xdist.
 */
export async function findPytestInterpreter(
  candidates: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<PythonInterpreter> {
  // Probed concurrently (a pyenv shim alone takes about a second), then taken in candidate order.
  const existing = candidates.filter((candidate) => !candidate.includes('/') || existsSync(candidate));
  const answers = await Promise.all(existing.map((candidate) => probePython(candidate, cwd, env)));
  const probes = answers.filter((probe): probe is Probe => probe !== null);
  for (const { candidate, executable, pytest, xdist } of probes) {
    if (pytest !== null && xdist !== null) return { candidate, executable, pytestVersion: pytest, xdistVersion: xdist };
  }
  const withPytest = probes.find((probe) => probe.pytest !== null);
  if (withPytest !== undefined) {
    throw new SetupError(
      `pytest-xdist is not installed for ${withPytest.executable} (found pytest ${withPytest.pytest}; flakegate runs tests with pytest -n <workers>)`,
      `${withPytest.executable} -m pip install pytest-xdist (or apt-get install python3-pytest-xdist), or set FLAKEGATE_PYTHON to a Python that has it`,
    );
  }
  const first = probes[0];
  if (first !== undefined) {
    throw new SetupError(
      `pytest is not installed for any Python found (${unique(probes.map((probe) => probe.executable)).join(', ')})`,
      `${first.executable} -m pip install pytest pytest-xdist, or set FLAKEGATE_PYTHON to a Python that has both`,
    );
  }
  throw new SetupError(
    `no Python interpreter found for framework pytest (tried ${candidates.join(', ')})`,
    'install Python 3 with pytest and pytest-xdist, or set FLAKEGATE_PYTHON=/path/to/python',
  );
}

function probePython(candidate: string, cwd: string, env: NodeJS.ProcessEnv): Promise<Probe | null> {
  return new Promise((resolve) => {
    execFile(candidate, ['-c', PROBE_SCRIPT], { cwd, env, timeout: PROBE_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      // Not found, not a Python, or a broken one: not a candidate. The probe itself never fails.
      if (error) return resolve(null);
      resolve(parseProbe(candidate, stdout));
    });
  });
}

function parseProbe(candidate: string, stdout: string): Probe | null {
  try {
    const value: unknown = JSON.parse(stdout.trim().split('\n').pop() ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Record<string, unknown>;
    const text = (key: string): string | null => (typeof record[key] === 'string' ? record[key] : null);
    return { candidate, executable: text('executable') ?? candidate, pytest: text('pytest'), xdist: text('xdist') };
  } catch {
    return null;
  }
}
