// Test ids never read as options, with the real runners: a pull request adds a test file named
// like an option (`--junitxml=evil_test.py` for pytest, `--config=evil.test.js` for Jest and Vitest,
// `--inspect=evil.test.mjs` for node:test), or a report names a Go package `-exec=...`. A subset
// rerun of that test must run it and write flakegate's report where flakegate reads it (before the
// fix pytest took the id for `--junitxml` and the rerun's report went missing). A custom command,
// whose parser flakegate cannot know, refuses such an id: the run widens to the full suite, says
// so, and loses nothing.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../src/frameworks/index.js';
import type { Config, FrameworkName, Logger, RunResult, RunSpec } from '../../src/model.js';
import { collectRun } from '../../src/parse/collect-run.js';
import { executeRun } from '../../src/run/execute-run.js';
import { ROOT } from '../support/cli.js';
import { record } from './harness.js';

interface IdCase {
  readonly framework: Exclude<FrameworkName, 'auto'>;
  readonly input: string;
  /** Files of the project; `node_modules` comes from the named fixture. */
  readonly files: Readonly<Record<string, string>>;
  readonly modules?: string;
  readonly command?: string;
  /** The hostile test, as the full run's report names it. */
  readonly evil: (c: { readonly file?: string; readonly classname: string; readonly name: string }) => boolean;
  /** The id to rerun: the full run's id of the hostile test, or one a hostile report could carry. */
  readonly rerunId?: (found: string) => string;
  /** A custom command refuses the id and widens the rerun to the full suite. */
  readonly widens?: boolean;
}

const js = (title: string): string => `const test = require('node:test'); test(${JSON.stringify(title)}, () => {});\n`;
const CASES: readonly IdCase[] = [
  {
    framework: 'pytest',
    input: 'pytest: test file --junitxml=evil_test.py',
    files: { '--junitxml=evil_test.py': 'def test_x():\n    pass\n', 'ok_test.py': 'def test_ok():\n    pass\n' },
    evil: (c) => c.name === 'test_x',
  },
  {
    framework: 'pytest',
    input: 'pytest: test file @args_test.py (an arguments file to argparse)',
    files: { '@args_test.py': 'def test_at():\n    pass\n', 'ok_test.py': 'def test_ok():\n    pass\n' },
    evil: (c) => c.name === 'test_at',
  },
  {
    framework: 'jest',
    input: 'jest: test file --config=evil.test.js',
    modules: 'jest/basic',
    files: { 'package.json': '{"name":"ids","private":true}', '--config=evil.test.js': "test('evil', () => {});\n", 'ok.test.js': "test('ok', () => {});\n" },
    evil: (c) => c.name === 'evil',
  },
  {
    framework: 'vitest',
    input: 'vitest: test file --config=evil.test.js',
    modules: 'vitest/basic',
    files: { 'package.json': '{"name":"ids","private":true,"type":"module"}', '--config=evil.test.js': "import { test } from 'vitest';\ntest('evil', () => {});\n", 'ok.test.js': "import { test } from 'vitest';\ntest('ok', () => {});\n" },
    evil: (c) => c.name.endsWith('evil'),
  },
  {
    framework: 'node',
    input: 'node:test: test file --inspect=evil.test.cjs',
    files: { 'package.json': '{"name":"ids","private":true}', '--inspect=evil.test.cjs': js('evil'), 'ok.test.cjs': js('ok') },
    evil: (c) => c.name === 'evil',
  },
  {
    framework: 'mocha',
    input: 'mocha: test titled --exit in test/--require=evil.spec.js',
    modules: 'mocha/basic',
    files: { 'package.json': '{"name":"ids","private":true}', 'test/--require=evil.spec.js': "it('--exit', () => {});\n", 'test/ok.spec.js': "it('ok', () => {});\n" },
    evil: (c) => c.name === '--exit',
  },
  {
    framework: 'go',
    input: 'go: a report naming the package -exec=/bin/false',
    files: { 'go.mod': 'module example.com/ids\n\ngo 1.21\n', 'ids_test.go': 'package ids\n\nimport "testing"\n\nfunc TestEvil(t *testing.T) {}\n\nfunc TestOk(t *testing.T) {}\n' },
    evil: (c) => c.name === 'TestEvil',
    rerunId: () => '-exec=/bin/false::-exec=/bin/false::TestEvil',
  },
  {
    framework: 'custom',
    input: 'custom command: id --junitxml=evil_test.py::... refused, full suite instead',
    command: 'WORKERS={workers} python3 -m pytest -p no:cacheprovider -o junit_family=xunit1 --junitxml={junit} {tests}',
    files: { '--junitxml=evil_test.py': 'def test_x():\n    pass\n', 'ok_test.py': 'def test_ok():\n    pass\n' },
    evil: (c) => c.name === 'test_x',
    widens: true,
  },
];

const quiet: Logger = { info: () => {}, warn: () => {}, debug: () => {} };

function project(c: IdCase): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fg-ids-')), 'project');
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(c.files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  if (c.modules) symlinkSync(join(ROOT, 'test', 'fixtures', c.modules, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('test ids that look like options, through the real runners', () => {
  it.each(CASES)('$input', async (c) => {
    const dir = project(c);
    const out = join(dir, '.flakegate');
    const config: Config = { framework: c.framework, command: c.command ?? null, workers: [1, 2], iterations: 1, timeoutMs: 300_000, budgetMs: null, confirm: true, failOn: 'parallel-only', failOnConfidence: 'confirmed', cwd: dir, out };
    const preset = await resolvePreset(config, quiet);
    const run = async (spec: RunSpec): Promise<RunResult & { note?: string }> => {
      const executed = await executeRun(spec, preset, config, quiet);
      return { ...(await collectRun(executed, out, dir)), ...(executed.note === undefined ? {} : { note: executed.note }) };
    };
    const full = await run({ id: 'd-001-w1', workers: 1, iteration: 1, phase: 'discovery' });
    const found = full.cases.find(c.evil);
    expect(found, JSON.stringify(full.record)).toBeDefined();
    const id = c.rerunId ? c.rerunId(found?.id ?? '') : (found?.id ?? '');
    const rerun = await run({ id: 's-002-w1', workers: 1, iteration: 1, phase: 'confirm-serial', tests: [id] });
    const evilRan = rerun.cases.some((x) => c.evil(x) && x.outcome === 'passed');
    // Nothing may have been written where an option would have sent it.
    const strays = readdirSync(dir).filter((name) => /evil_test\.py::|\.xml$/.test(name));
    const clear = rerun.record.parse === 'ok' && evilRan && strays.length === 0 && (c.widens ? rerun.record.subset === undefined && /ran the full suite instead/.test(rerun.note ?? '') : rerun.record.subset !== undefined);
    record({ category: 'ids', input: c.input, clearStatus: clear, resultsLost: evilRan ? 0 : 1, processesLeft: 0, duplicateComments: 0, secretsLeaked: 0, note: `${rerun.record.parse}, ${rerun.cases.length} case(s)` });

    expect(rerun.record.parse, JSON.stringify(rerun.record)).toBe('ok');
    expect(evilRan).toBe(true);
    expect(strays).toEqual([]);
    if (c.widens) {
      expect(rerun.record.subset).toBeUndefined();
      expect(rerun.note).toMatch(/^not passing test ids to custom that it could misread: .*ran the full suite instead$/);
      expect(rerun.cases.map((x) => x.name).sort()).toEqual(['test_ok', 'test_x']);
    } else {
      expect(rerun.record.subset).toEqual([id]);
      // The subset ran, not the suite: the harmless neighbour was not selected.
      expect(rerun.cases.filter((x) => x.outcome === 'passed' && !c.evil(x)).map((x) => x.name)).toEqual([]);
    }
    expect(existsSync(join(out, 'runs', 's-002-w1', 'junit.xml'))).toBe(true);
  }, 300_000);
});
