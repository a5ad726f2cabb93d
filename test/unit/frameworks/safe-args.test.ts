// Test ids never read as options: which ids each preset refuses, and what a run does with them.
import { describe, expect, it } from 'vitest';
import { resolveCustom } from '../../../src/frameworks/custom.js';
import { goSelection, isImportPath } from '../../../src/frameworks/go.js';
import { pathArgument, unpassableId } from '../../../src/frameworks/safe-args.js';
import type { Config } from '../../../src/model.js';
import { passableSubset } from '../../../src/run/execute-run.js';

const config = (command: string): Config => ({
  framework: 'custom', command, workers: [1, 2], iterations: 1, timeoutMs: 60_000, budgetMs: null, confirm: true, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd: '/tmp', out: '/tmp/out',
});

describe('safe arguments', () => {
  it('puts ./ before a relative path, so it can never be an option or an @file', () => {
    expect(pathArgument('--junitxml=evil_test.py::t')).toBe('./--junitxml=evil_test.py::t');
    expect(pathArgument('@args.txt')).toBe('./@args.txt');
    expect(pathArgument('/abs/x.py')).toBe('/abs/x.py');
    expect(pathArgument('./x.py')).toBe('./x.py');
  });

  it('refuses ids no command line can carry', () => {
    expect(unpassableId('a\u0000b')).toMatch(/NUL/);
    expect(unpassableId('x'.repeat(9000))).toMatch(/9000 characters long/);
    expect(unpassableId('tests/a.py::t::n[--x]')).toBeNull();
  });

  it('custom: an id starting with -, + or @ is refused, and the run widens to the full suite with a note', () => {
    const preset = resolveCustom(config('pytest -n {workers} --junitxml={junit} {tests}'), 'test');
    expect(preset.cannotPass('--junitxml=evil_test.py::evil::test_x')).toMatch(/starts with '-'/);
    expect(preset.cannotPass('@args::c::n')).toMatch(/arguments file/);
    expect(preset.cannotPass('tests/a.py::c::n')).toBeNull();
    const spec = { id: 's-003-w1', workers: 1, iteration: 1, phase: 'confirm-serial' as const, tests: ['tests/a.py::c::n', '--junitxml=evil_test.py::evil::test_x'] };
    const chosen = passableSubset(spec, preset);
    expect(chosen.tests).toBeUndefined();
    expect(chosen.note).toMatch(/^not passing test ids to custom that it could misread: "--junitxml=evil_test.py::evil::test_x" \(it starts with '-'.*\); ran the full suite instead$/);
    expect(passableSubset({ ...spec, tests: ['tests/a.py::c::n'] }, preset)).toEqual({ tests: ['tests/a.py::c::n'] });
  });

  it('go: a package that is not a plain import path never reaches go test; the name filter runs over the module', () => {
    for (const pkg of ['-exec=/tmp/evil', 'std', 'all', './...', 'example.com/m/...', '../x', 'cmd/go', '']) expect(isImportPath(pkg), pkg).toBe(false);
    expect(isImportPath('example.com/m/internal/db')).toBe(true);
    expect(goSelection(['-exec=/tmp/evil::-exec=/tmp/evil::TestX'])).toEqual(['-run=^(?:TestX)$', './...']);
    expect(goSelection(['::example.com/m/db::TestX'])).toEqual(['-run=^(?:TestX)$', 'example.com/m/db']);
  });
});
