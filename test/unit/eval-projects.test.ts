// The pure parts of scripts/eval-causes.mjs (scripts/eval/projects.mjs): options, the framework a
// project directory runs with, the tune/holdout side of each blind project, the install command.
import { describe, expect, it } from 'vitest';
import { assignSides, frameworkOf, installArgv, parseCausesArgs, UsageError } from '../../scripts/eval/projects.mjs';

const project = (id: string, ecosystem: string) => ({ id, ecosystem });
const many = (n: number, framework: string, ecosystem: string) => Array.from({ length: n }, (_, i) => project(`${framework}/suite-${i}`, ecosystem));

describe('eval projects: options', () => {
  it('keeps the fixtures run as it was: no root, no split', () => {
    expect(parseCausesArgs([])).toEqual({ iterations: 5, only: [], json: null, from: null, reanalyse: false, root: null, split: null });
  });

  it('defaults a split root to the tune side', () => {
    expect(parseCausesArgs(['--root', 'eval/blind'])).toMatchObject({ root: 'eval/blind', split: 'tune' });
    expect(parseCausesArgs(['--root', 'eval/blind', '--split', 'holdout', '--iterations', '3'])).toMatchObject({ split: 'holdout', iterations: 3 });
  });

  it('rejects a side that is not tune or holdout, a split without a root, and bad values', () => {
    expect(() => parseCausesArgs(['--root', 'eval/blind', '--split', 'all'])).toThrow(/--split must be one of tune, holdout/);
    expect(() => parseCausesArgs(['--split', 'tune'])).toThrow(/--split needs --root/);
    expect(() => parseCausesArgs(['--iterations', '0'])).toThrow(UsageError);
    expect(() => parseCausesArgs(['--root'])).toThrow(/--root needs a value/);
    expect(() => parseCausesArgs(['--root', '--split', 'tune'])).toThrow(/--root needs a value/);
    expect(() => parseCausesArgs(['--reanalyse'])).toThrow(/--reanalyse needs --from/);
    expect(() => parseCausesArgs(['--bogus'])).toThrow(/unknown argument: --bogus/);
  });

  it('collects repeated --fixture filters', () => {
    expect(parseCausesArgs(['--fixture', 'jest', '--fixture', 'go/']).only).toEqual(['jest', 'go/']);
  });
});

describe('eval projects: framework of a project', () => {
  it("takes expected.json's framework, else the directory name, and maps node's runner spellings", () => {
    expect(frameworkOf('pytest', { framework: 'pytest' })).toBe('pytest');
    expect(frameworkOf('whatever', { framework: 'Vitest' })).toBe('vitest');
    expect(frameworkOf('node-test', {})).toBe('node');
    expect(frameworkOf('x', { framework: 'node:test' })).toBe('node');
    expect(frameworkOf('go', undefined)).toBe('go');
  });
});

describe('eval projects: sides', () => {
  it('is deterministic and does not depend on the order of the projects', () => {
    const projects = [...many(3, 'pytest', 'python'), ...many(2, 'go', 'go'), ...many(5, 'jest', 'javascript')];
    const a = assignSides(projects);
    expect(assignSides([...projects].reverse())).toEqual(a);
    expect(assignSides(projects)).toEqual(a);
  });

  it('balances each ecosystem and puts projects on both sides', () => {
    const projects = [...many(3, 'pytest', 'python'), ...many(2, 'go', 'go'), ...many(4, 'vitest', 'javascript')];
    const sides = assignSides(projects);
    for (const eco of ['python', 'go', 'javascript']) {
      const mine = projects.filter((p) => p.ecosystem === eco);
      const tune = mine.filter((p) => sides[p.id] === 'tune').length;
      expect(Math.abs(tune - (mine.length - tune))).toBeLessThanOrEqual(1);
    }
    const values = Object.values(sides);
    expect(values).toContain('tune');
    expect(values).toContain('holdout');
  });

  it('spreads ecosystems of one project each over both sides', () => {
    const sides = assignSides([project('pytest/a', 'python'), project('go/b', 'go')]);
    expect(new Set(Object.values(sides))).toEqual(new Set(['tune', 'holdout']));
  });

  it('keeps the sides already written and only assigns new projects', () => {
    const first = many(4, 'mocha', 'javascript');
    const kept = assignSides(first);
    const grown = assignSides([...first, ...many(9, 'mocha', 'javascript').slice(4)], kept);
    for (const p of first) expect(grown[p.id]).toBe(kept[p.id]);
    // A side is never taken from anything but the file: an unknown value is reassigned.
    const fixed = assignSides([project('go/x', 'go')], { 'go/x': 'everything' });
    expect(['tune', 'holdout']).toContain(fixed['go/x']);
  });
});

describe('eval projects: install command', () => {
  it('installs from the lock file without lifecycle scripts, and only JS projects', () => {
    expect(installArgv(['package.json', 'package-lock.json', 'test'])).toEqual(['npm', 'ci', '--ignore-scripts', '--no-audit', '--no-fund']);
    expect(installArgv(['package.json'])).toEqual(['npm', 'install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock']);
    expect(installArgv(['go.mod', 'main_test.go'])).toBeNull();
  });
});
