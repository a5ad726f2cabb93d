// The project edge: listing and reading confined to the project directory and bounded, each
// test's file and the project's ecosystem found from real files on disk.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestAnalysis } from '../../../src/model.js';
import { testId } from '../../../src/parse/test-id.js';
import { gatherProject } from '../../../src/project/gather.js';
import { listProject } from '../../../src/project/list-files.js';
import { createProjectReader, isRelativeInside, MAX_FILE_BYTES } from '../../../src/project/read-files.js';
import { analysis } from '../explain/build.js';
import { tempProject } from '../frameworks/temp-project.js';

function reported(parts: { classname: string; name: string }): TestAnalysis {
  const { file: _f, ...rest } = analysis({ file: '', ...parts });
  return { ...rest, id: testId(parts) };
}

describe('listProject', () => {
  it('lists sources and manifests, skipping installed and generated directories and the out dir', async () => {
    const dir = tempProject({
      'package.json': '{}',
      'src/a.js': '',
      'test/a.test.js': '',
      'README.md': '',
      'node_modules/x/index.js': '',
      '.venv/lib/site.py': '',
      '.flakegate/runs/x.py': '',
      'reports/out.py': '',
    });
    const { files, complete } = await listProject(dir, ['reports']);
    expect(files).toEqual(['package.json', 'src/a.js', 'test/a.test.js']);
    expect(complete).toBe(true);
  });

  it('does not follow symbolic links out of the project', async () => {
    const outside = tempProject({ 'secret/test_leak.py': 'x' });
    const dir = tempProject({ 'tests/test_a.py': '' });
    symlinkSync(join(outside, 'secret'), join(dir, 'tests', 'linked'));
    symlinkSync(join(outside, 'secret', 'test_leak.py'), join(dir, 'tests', 'test_link.py'));
    expect((await listProject(dir)).files).toEqual(['tests/test_a.py']);
  });
});

describe('createProjectReader', () => {
  it('reads only regular files inside the project, bounded in size', async () => {
    const outside = tempProject({ 'leak.py': 'secret' });
    const dir = tempProject({ 'ok.py': 'fine', 'big.py': 'x'.repeat(MAX_FILE_BYTES + 1) });
    mkdirSync(join(dir, 'sub'));
    symlinkSync(outside, join(dir, 'sub', 'out'));
    symlinkSync(join(outside, 'leak.py'), join(dir, 'link.py'));
    const texts = new Map<string, string>();
    await createProjectReader(dir).read(['ok.py', 'big.py', 'sub/out/leak.py', 'link.py', '../leak.py', '/etc/passwd', 'missing.py'], texts);
    expect([...texts]).toEqual([['ok.py', 'fine']]);
  });

  it('accepts only relative paths without dot segments', () => {
    expect(['a/b.py', 'b.py'].every(isRelativeInside)).toBe(true);
    expect(['', '/a.py', '../a.py', 'a/../b.py', 'a//b.py', './a.py', 'C:/a.py', 'a\\b.py'].some(isRelativeInside)).toBe(false);
  });
});

describe('gatherProject', () => {
  it('finds a Go test file in its package and reads it for the scan (no special case for Go)', async () => {
    const dir = tempProject({
      'go.mod': 'module example.com/m\n\ngo 1.21\n',
      'store/store.go': 'package store\n',
      'store/store_test.go': 'package store\n\nfunc TestSave(t *testing.T) {}\n',
    });
    const t = { ...reported({ classname: 'example.com/m/store', name: 'TestSave' }), verdict: 'parallel-only' as const };
    const got = await gatherProject({ cwd: dir, tests: [t], runs: [], framework: 'custom' });
    expect(got.tests[0]?.source).toEqual({ file: 'store/store_test.go', via: 'go-package' });
    expect(got.project).toMatchObject({ ecosystem: 'go' });
    expect(got.sources.get('store/store_test.go')).toMatch(/func TestSave/);
  });

  it('gives a custom command the ecosystem and framework of the project, whatever the command', async () => {
    const dir = tempProject({
      'package.json': JSON.stringify({ scripts: { test: 'bash scripts/test.sh' }, devDependencies: { jest: '30.0.0' } }),
      'jest.config.js': 'module.exports = {};\n',
      'scripts/test.sh': 'npx jest\n',
      'scripts/release.py': '',
      '__tests__/env.test.js': "describe('config', () => { it('reads the mode', () => {}); });\n",
    });
    const t = { ...reported({ classname: 'config reads the mode', name: 'config reads the mode' }), verdict: 'parallel-only' as const };
    const got = await gatherProject({ cwd: dir, tests: [t], runs: [], framework: 'custom' });
    expect(got.project).toEqual({ ecosystem: 'javascript', framework: 'jest', evidence: "the report's tests are in 1 javascript file(s)" });
    expect(got.tests[0]?.source).toEqual({ file: '__tests__/env.test.js', via: 'title-search', line: 1 });
  });

  it('keeps a preset framework and its ecosystem', async () => {
    const dir = tempProject({ 'tests/test_a.py': 'def test_a():\n    pass\n', 'package.json': '{}' });
    const t = reported({ classname: 'tests.test_a', name: 'test_a' });
    const got = await gatherProject({ cwd: dir, tests: [t], runs: [], framework: 'pytest' });
    expect(got.project).toEqual({ ecosystem: 'python', framework: 'pytest', evidence: 'framework pytest' });
    expect(got.tests[0]?.source).toEqual({ file: 'tests/test_a.py', via: 'python-module' });
  });

  it('never reads a file a report names outside the project', async () => {
    const outside = tempProject({ 'test_leak.py': 'def test_leak():\n    pass\n' });
    const dir = tempProject({ 'tests/test_a.py': '' });
    writeFileSync(join(dir, 'notes.txt'), '');
    const rel = join('..', outside.split('/').at(-1) ?? '', 'test_leak.py');
    const t = { ...analysis({ file: rel, name: 'test_leak' }), verdict: 'parallel-only' as const };
    const got = await gatherProject({ cwd: dir, tests: [t], runs: [], framework: 'pytest' });
    expect(got.tests[0]?.source).toBeUndefined();
    expect([...got.sources.keys()]).not.toContain(rel);
  });

  it('reads the project modules a test imports, two levels down, never a linked module outside the project', async () => {
    const outside = tempProject({ 'leak.py': 'SECRET = 1\n' });
    const dir = tempProject({
      'tests/test_a.py': 'from shop.jobs import run\nfrom shop import linked\nimport requests\n\n\ndef test_a():\n    assert run()\n',
      'shop/__init__.py': '',
      'shop/jobs.py': 'from shop import storage\n',
      'shop/storage.py': 'from shop import deeper\nPATH = "/tmp/shop.json"\n',
      'shop/deeper.py': '',
    });
    symlinkSync(join(outside, 'leak.py'), join(dir, 'shop', 'linked.py'));
    const t = { ...reported({ classname: 'tests.test_a', name: 'test_a' }), verdict: 'parallel-only' as const };
    const got = await gatherProject({ cwd: dir, tests: [t], runs: [], framework: 'pytest' });
    expect([...got.sources.keys()].filter((f) => f.startsWith('shop/')).sort()).toEqual(['shop/__init__.py', 'shop/jobs.py', 'shop/storage.py']);
  });
});
