// Dependency rules of the pipeline (docs/architecture.md): the model imports nothing, pure stages
// do no I/O, no folder imports a folder that imports it back, the decision rule's folders sit
// below everything that uses them, and @actions/core is imported in exactly one file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const imports = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');

/** The top-level src/ folder of a module path, or null for a file directly in src/ or outside it. */
const folderOf = (path: string): string | null => {
  const parts = relative(src, path).split(sep);
  return parts.length >= 2 && parts[0] !== '..' ? (parts[0] ?? null) : null;
};

/**
 * Folder -> folders it imports from (relative imports only). `typeOnly` false leaves out
 * `import type` lines: they vanish at compile time, so they order no modules at run time.
 */
function folderGraph(typeOnly: boolean): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files(src)) {
    const from = folderOf(file);
    if (from === null) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(import|export)(\s+type)?[^'"]*['"](\.[^'"]+)['"]/gm)) {
      if (!typeOnly && m[2] !== undefined) continue;
      const to = folderOf(resolve(dirname(file), m[3] ?? ''));
      if (to === null || to === from) continue;
      const set = graph.get(from) ?? new Set<string>();
      set.add(to);
      graph.set(from, set);
    }
  }
  return graph;
}

/** Every folder that can reach itself again, with one path that does. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const found: string[] = [];
  for (const start of graph.keys()) {
    const seen = new Set<string>();
    const walk = (node: string, path: readonly string[]): boolean => {
      for (const next of graph.get(node) ?? []) {
        if (next === start) {
          found.push([...path, next].join(' -> '));
          return true;
        }
        if (seen.has(next)) continue;
        seen.add(next);
        if (walk(next, [...path, next])) return true;
      }
      return false;
    };
    walk(start, [start]);
  }
  return found.sort();
}

describe('architecture', () => {
  it('model.ts imports nothing', () => expect(imports(join(src, 'model.ts'))).toEqual([]));

  it.each(['analyse', 'changes', 'confirm', 'cost', 'explain', 'locate', 'observe', 'price', 'report', 'stats', 'verdict'])('src/%s is pure: no fs, child_process, network or Actions toolkit', (stage) => {
    for (const file of files(join(src, stage))) {
      const bad = imports(file).filter((m) => /^(node:)?(fs|fs\/promises|child_process|net|http|https)$|^@actions\/|^@octokit\//.test(m));
      expect(bad, relative(root, file)).toEqual([]);
    }
  });

  it('no folder imports a folder that imports it back (run-time imports)', () => {
    expect(cycles(folderGraph(false))).toEqual([]);
  });

  it('analyse and confirm never import each other, not even a type: both read the verdict folder', () => {
    const graph = folderGraph(true);
    expect(graph.get('analyse')?.has('confirm') ?? false).toBe(false);
    expect(graph.get('confirm')?.has('analyse') ?? false).toBe(false);
  });

  it('the observation model, statistics and decision rule sit below every stage: they import only each other and the model', () => {
    const graph = folderGraph(true);
    expect([...(graph.get('stats') ?? [])]).toEqual([]);
    expect([...(graph.get('observe') ?? [])]).toEqual([]);
    expect([...(graph.get('verdict') ?? [])].sort()).toEqual(['observe', 'stats']);
  });

  it('one definition of "failed in this run": no stage outside src/observe reads a raw outcome as a failure', () => {
    const raw = /\.outcome === 'failed'|\.outcome === 'error' \|\|/;
    const users = files(src)
      .filter((f) => !['observe', 'parse'].includes(folderOf(f) ?? '') && raw.test(readFileSync(f, 'utf8')))
      .map((f) => relative(root, f));
    expect(users).toEqual([]);
  });

  it('@actions/core is imported by one file only', () => {
    const users = files(src).filter((f) => imports(f).includes('@actions/core')).map((f) => relative(root, f));
    expect(users).toEqual(['src/github/runner.ts']);
  });

  it('version matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
