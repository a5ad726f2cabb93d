// Framework detection on throwaway project directories, through the real resolvePreset.
import { describe, expect, it } from 'vitest';
import { chooseFramework } from '../../../src/frameworks/choose-framework.js';
import { detectFrameworks } from '../../../src/frameworks/detect.js';
import { SetupError } from '../../../src/frameworks/errors.js';
import { resolvePreset } from '../../../src/frameworks/index.js';
import { extraScriptArgs } from '../../../src/frameworks/script-args.js';
import type { Config } from '../../../src/model.js';
import { installedPackage, recordingLogger, tempProject } from './temp-project.js';

async function choose(files: Record<string, string>) {
  const dir = tempProject(files);
  return chooseFramework(await detectFrameworks(dir), dir);
}

const pkg = (manifest: object): string => JSON.stringify(manifest);

describe('detectFrameworks + chooseFramework', () => {
  it.each([
    [{ 'pytest.ini': '[pytest]\n' }, 'pytest', 'detected pytest via pytest.ini'],
    [{ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.pytest.ini_options]\naddopts = "-q"\n' }, 'pytest', 'via pyproject.toml [tool.pytest.ini_options]'],
    [{ 'setup.cfg': '[metadata]\nname = x\n[tool:pytest]\ntestpaths = tests\n' }, 'pytest', 'via setup.cfg [tool:pytest]'],
    [{ 'tox.ini': '[tox]\nenvlist = py311\n[pytest]\naddopts = -q\n' }, 'pytest', 'via tox.ini [pytest]'],
    [{ 'conftest.py': '' }, 'pytest', 'via conftest.py'],
    [{ 'tests/conftest.py': '' }, 'pytest', 'via tests/conftest.py'],
    [{ 'requirements-dev.txt': 'pytest==8.3\npytest-xdist\n' }, 'pytest', 'via requirements-dev.txt'],
    [{ 'package.json': pkg({ jest: { testEnvironment: 'node' } }) }, 'jest', 'detected Jest via package.json "jest"'],
    [{ 'package.json': pkg({ devDependencies: { jest: '^30.0.0' } }) }, 'jest', 'detected Jest via package.json devDependencies'],
    [{ 'package.json': pkg({ dependencies: { vitest: '^4.0.0' } }) }, 'vitest', 'detected Vitest via package.json dependencies'],
    [{ 'package.json': pkg({ devDependencies: { mocha: '^12.0.0' } }), '.mocharc.yml': 'spec: test\n' }, 'mocha', 'detected Mocha via .mocharc.yml'],
    [{ 'package.json': pkg({ scripts: { test: 'node --test test/' } }) }, 'node', 'detected node:test via package.json scripts.test ("node --test test/")'],
    [{ 'package.json': pkg({ scripts: { test: 'node --experimental-vm-modules --test' } }) }, 'node', 'node:test via package.json scripts.test'],
    [{ 'go.mod': 'module example.com/x\n\ngo 1.22\n' }, 'go', 'detected Go via go.mod'],
  ] as const)('%j -> %s', async (files, name, reason) => {
    const choice = await choose(files);
    expect(choice.name).toBe(name);
    expect(choice.reason).toContain(reason);
  });

  it('prefers what the test script runs over a mere dependency, and says what else it found', async () => {
    const choice = await choose({ 'package.json': pkg({ scripts: { test: 'vitest run' }, devDependencies: { jest: '^29', vitest: '^4' } }) });
    expect(choice.name).toBe('vitest');
    expect(choice.reason).toContain('detected Vitest via package.json scripts.test ("vitest run")');
    expect(choice.reason).toContain('also found Jest (package.json devDependencies)');
    expect(choice.reason).toContain('the test script runs it');
  });

  it('prefers a framework config file over a dependency across ecosystems', async () => {
    const choice = await choose({ 'pytest.ini': '[pytest]\n', 'package.json': pkg({ devDependencies: { jest: '^30' } }) });
    expect(choice.name).toBe('pytest');
    expect(choice.reason).toContain('also found Jest');
  });

  it('breaks ties by the documented priority and says so', async () => {
    const choice = await choose({ 'conftest.py': '', 'jest.config.js': 'module.exports = {};\n', 'go.mod': 'module x\n' });
    expect(choice.name).toBe('pytest');
    expect(choice.reason).toContain('by priority pytest > jest > vitest > mocha > node > go');
  });

  it('does not read `vitest` in a script as `jest`, nor a plain `node` script as node:test', async () => {
    expect((await choose({ 'package.json': pkg({ scripts: { test: 'npx vitest' } }) })).name).toBe('vitest');
    await expect(choose({ 'package.json': pkg({ scripts: { test: 'node scripts/test.js' } }) })).rejects.toThrow(SetupError);
  });

  it('ignores the npm init placeholder and a package.json that is not JSON', async () => {
    await expect(choose({ 'package.json': pkg({ scripts: { test: 'echo "Error: no test specified" && exit 1' } }) })).rejects.toThrow(SetupError);
    await expect(choose({ 'package.json': '{ not json' })).rejects.toThrow(SetupError);
  });

  it('throws a SetupError naming the framework setting when nothing is found', async () => {
    const error = await choose({ 'README.md': '# nothing\n' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    const setup = error as SetupError;
    expect(setup.message).toContain('framework auto found no test framework');
    expect(setup.hint).toContain('set framework to one of pytest, jest, vitest, mocha, node, go');
    expect(setup.hint).toContain('framework custom');
  });
});

describe('resolvePreset', () => {
  const config = (cwd: string, overrides: Partial<Config> = {}): Config => ({
    framework: 'auto', command: null, workers: [1, 4], iterations: 1, timeoutMs: 60_000, budgetMs: null,
    confirm: false, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd, out: `${cwd}/.flakegate`, ...overrides,
  });

  it('detects, logs the reason and returns the preset', async () => {
    const dir = tempProject({
      'package.json': pkg({ devDependencies: { jest: '^30', 'jest-junit': '^17' } }),
      ...installedPackage('jest'),
      ...installedPackage('jest-junit'),
    });
    const log = recordingLogger();
    const preset = await resolvePreset(config(dir), log);
    expect(preset.name).toBe('jest');
    expect(preset.reason).toBe('detected Jest via package.json devDependencies');
    expect(log.lines).toContain('debug: detected Jest via package.json devDependencies');
  });

  it('uses the configured framework without detecting', async () => {
    const dir = tempProject({ 'go.mod': 'module x\n' });
    const preset = await resolvePreset(config(dir, { framework: 'node' }), recordingLogger());
    expect(preset.name).toBe('node');
    expect(preset.reason).toBe('framework node as configured');
  });

  it('rejects an empty project with a SetupError', async () => {
    await expect(resolvePreset(config(tempProject()), recordingLogger())).rejects.toThrow(SetupError);
  });
});

describe('extraScriptArgs', () => {
  it('finds what the test script passes to the runner beyond what the preset covers', () => {
    expect(extraScriptArgs('jest --config jest.unit.js', 'jest')).toBe('--config jest.unit.js');
    expect(extraScriptArgs('jest', 'jest')).toBeNull();
    expect(extraScriptArgs('tsc && vitest run', 'vitest', ['run'])).toBeNull();
    expect(extraScriptArgs('node scripts/build.js && node --test test/unit/', 'node', ['--test'], '--test')).toBe('test/unit/');
    expect(extraScriptArgs('./node_modules/.bin/mocha "test/**/*.js"', 'mocha')).toBe('"test/**/*.js"');
  });

  it('warns through resolvePreset, naming the fix', async () => {
    const dir = tempProject({ 'package.json': pkg({ scripts: { test: 'node --test test/unit/' } }) });
    const log = recordingLogger();
    await resolvePreset({ framework: 'auto', command: null, workers: [1, 2], iterations: 1, timeoutMs: 1000, budgetMs: null, confirm: false, failOn: 'never', failOnConfidence: 'confirmed', cwd: dir, out: dir }, log);
    expect(log.lines.some((line) => line.startsWith('warn: package.json scripts.test passes "test/unit/" to node') && line.includes('framework custom'))).toBe(true);
  });
});
