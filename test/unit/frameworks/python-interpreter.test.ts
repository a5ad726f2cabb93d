// Interpreter resolution with real interpreters: this machine's Pythons (one of which must have
// pytest and pytest-xdist, e.g. Debian's /usr/bin/python3 with python3-pytest-xdist) and
// throwaway virtualenvs, one with a stand-in `pytest` module and no xdist.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SetupError } from '../../../src/frameworks/errors.js';
import { findPytestInterpreter, pythonCandidates } from '../../../src/frameworks/python-interpreter.js';
import { tempProject } from './temp-project.js';

/** A virtualenv without pip (fast); with `stubPytest`, a module named pytest that is not pytest. */
function venv(stubPytest: boolean): string {
  const dir = tempProject();
  const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  execFileSync(python, ['-m', 'venv', '--without-pip', join(dir, '.venv')]);
  const bin = join(dir, '.venv', 'bin', 'python');
  if (stubPytest) {
    const site = execFileSync(bin, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], { encoding: 'utf8' }).trim();
    writeFileSync(join(site, 'pytest.py'), '__version__ = "0.0-stub"\n');
  }
  return dir;
}

describe('pythonCandidates', () => {
  it('tries $FLAKEGATE_PYTHON, the project venvs, PATH, then the system Python', () => {
    expect(pythonCandidates('/repo', { FLAKEGATE_PYTHON: '/opt/py/bin/python' })).toEqual([
      '/opt/py/bin/python', '/repo/.venv/bin/python', '/repo/venv/bin/python', 'python3', 'python', '/usr/bin/python3',
    ]);
    expect(pythonCandidates('/repo', {})[0]).toBe('/repo/.venv/bin/python');
  });
});

describe('findPytestInterpreter', () => {
  it('finds an interpreter with pytest and xdist among this machine\'s candidates', async () => {
    const cwd = tempProject();
    const found = await findPytestInterpreter(pythonCandidates(cwd, process.env), cwd, process.env);
    expect(existsSync(found.executable)).toBe(true);
    expect(found.pytestVersion).toMatch(/^\d+\./);
    expect(found.xdistVersion).not.toBe('');
  });

  it('names the interpreter and the fix when pytest is there but xdist is not', async () => {
    const dir = venv(true);
    const python = join(dir, '.venv', 'bin', 'python');
    const error = await findPytestInterpreter([python], dir, process.env).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect((error as SetupError).message).toBe(
      `pytest-xdist is not installed for ${python} (found pytest 0.0-stub; flakegate runs tests with pytest -n <workers>)`,
    );
    expect((error as SetupError).hint).toContain(`${python} -m pip install pytest-xdist (or apt-get install python3-pytest-xdist)`);
  });

  it('says pytest is missing when no candidate has it, and skips candidates that do not exist', async () => {
    const dir = venv(false);
    const python = join(dir, '.venv', 'bin', 'python');
    const error = await findPytestInterpreter([join(dir, 'nope', 'python'), python], dir, process.env).catch((e: unknown) => e);
    expect((error as SetupError).message).toBe(`pytest is not installed for any Python found (${python})`);
  });

  it('says no Python was found when none runs', async () => {
    const error = await findPytestInterpreter(['/nonexistent/python', 'flakegate-no-such-python'], tempProject(), process.env).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect((error as SetupError).message).toContain('no Python interpreter found for framework pytest');
    expect((error as SetupError).hint).toContain('FLAKEGATE_PYTHON');
  });
});
