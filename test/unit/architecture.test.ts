// Dependency rules of the pipeline (docs/architecture.md): the model imports nothing, pure stages
// do no I/O, and @actions/core is imported in exactly one file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
const imports = (file: string): string[] => [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');

describe('architecture', () => {
  it('model.ts imports nothing', () => expect(imports(join(src, 'model.ts'))).toEqual([]));

  it.each(['analyse', 'changes', 'confirm', 'cost', 'explain', 'locate', 'report'])('src/%s is pure: no fs, child_process, network or Actions toolkit', (stage) => {
    for (const file of files(join(src, stage))) {
      const bad = imports(file).filter((m) => /^(node:)?(fs|fs\/promises|child_process|net|http|https)$|^@actions\/|^@octokit\//.test(m));
      expect(bad, relative(root, file)).toEqual([]);
    }
  });

  it('@actions/core is imported by one file only', () => {
    const users = files(src).filter((f) => imports(f).includes('@actions/core')).map((f) => relative(root, f));
    expect(users).toEqual(['src/github/runner.ts']);
  });

  it('version matches package.json', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
