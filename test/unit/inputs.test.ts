// The one declaration of every input (src/inputs.ts) drives action.yml, the README's tables and CLI
// block, the CLI's parser and help, and parseConfig. These tests fail when any of them drifts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLI_OPTIONS, HELP, settingsFromArgs } from '../../src/cli-help.js';
import { parseConfig, settingsFromInputs } from '../../src/config.js';
import { COMMENT_MODES } from '../../src/github/comment.js';
import { INPUTS, OUTPUTS, choicesOf, inputEnvName, type InputDeclaration } from '../../src/inputs.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { renderActionYml, renderReadme } from '../../scripts/action-docs.mjs';

const root = join(import.meta.dirname, '..', '..');
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const declared = INPUTS as readonly InputDeclaration[];
const base = mkdtempSync(join(tmpdir(), 'fg-inputs-'));

describe('generated files', () => {
  it('action.yml is generated from the declarations (run npm run docs)', () => {
    expect(renderActionYml(declared, OUTPUTS)).toBe(read('action.yml'));
  });

  it("the README's inputs tables and CLI block are generated from them", () => {
    const readme = read('README.md');
    expect(renderReadme(readme, { INPUTS, OUTPUTS, HELP })).toBe(readme);
  });

  it('generation is deterministic and the script agrees (npm run docs -- --check)', () => {
    expect(renderActionYml(declared, OUTPUTS)).toBe(renderActionYml(declared, OUTPUTS));
    const check = spawnSync(process.execPath, [join(root, 'scripts', 'action-docs.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('action.yml declares node24, dist/index.js and the contract inputs and outputs', () => {
    const action = parse(read('action.yml')) as { runs: unknown; inputs: Record<string, { default: string }>; outputs: Record<string, unknown> };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const output of ['parallel-only', 'flaky', 'report-json', 'gate']) expect(action.outputs, output).toHaveProperty(output);
    const contract = ['framework', 'command', 'workers', 'iterations', 'timeout-minutes', 'budget-minutes', 'confirm', 'fail-on', 'working-directory', 'comment', 'check-name', 'quarantine', 'token'];
    for (const input of contract) expect(action.inputs, input).toHaveProperty(input);
    for (const d of declared.filter((i) => i.action)) expect(action.inputs[d.name]?.default, d.name).toBe(d.default);
  });
});

describe('the declarations drive the parsers', () => {
  it('names are unique, and every action input has a description', () => {
    expect(new Set(declared.map((d) => d.name)).size).toBe(declared.length);
    const flags = declared.flatMap((d) => (d.cli === null ? [] : [d.cli.flag, ...(d.cli.negatable ? [`no-${d.cli.flag}`] : [])]));
    expect(new Set(flags).size).toBe(flags.length);
    for (const d of declared.filter((i) => i.action)) expect(d.description, d.name).not.toBe('');
    for (const d of declared.filter((i) => i.config)) expect(d.cli, `${d.name}: a config setting needs a CLI flag`).not.toBeNull();
  });

  it('parseConfig takes its defaults from the declarations', () => {
    const c = parseConfig({}, 'cli', base);
    const defaults = Object.fromEntries(declared.filter((d) => d.config).map((d) => [d.name, d.default]));
    expect(c.framework).toBe(defaults['framework']);
    expect(c.workers.join(',')).toBe(defaults['workers']);
    expect(String(c.iterations)).toBe(defaults['iterations']);
    expect(c.timeoutMs).toBe(Number(defaults['timeout-minutes']) * 60_000);
    expect(String(c.confirm)).toBe(defaults['confirm']);
    expect(c.failOn).toBe(defaults['fail-on']);
    expect(c.cwd).toBe(join(base, defaults['working-directory'] ?? ''));
    expect(c.out).toBe(join(base, defaults['out'] ?? ''));
  });

  it.each(declared.filter((d) => d.config && d.type === 'choice').map((d) => [d.name, d] as const))('%s: an unknown value names the declared values', (_, d) => {
    const key = d.cli?.flag ?? d.name;
    expect(() => parseConfig({ [key]: 'nonsense' }, 'action', base)).toThrow(`input '${d.name}': unknown`);
    expect(() => parseConfig({ [key]: 'nonsense' }, 'cli', base)).toThrow(`allowed: ${(d.values ?? []).join(', ')}`);
  });

  it('parseConfig refuses a setting nobody declared', () => {
    expect(() => parseConfig({ wrokers: '1,2' }, 'cli', base)).toThrow(/undeclared setting 'wrokers'/);
  });

  it("the action reads every config input under its action name (INPUT_<NAME>)", () => {
    const seen: string[] = [];
    const raw = settingsFromInputs((name) => (seen.push(inputEnvName(name)), ''));
    expect(Object.keys(raw).sort()).toEqual(declared.filter((d) => d.config).map((d) => d.cli?.flag).sort());
    expect(seen).toContain('INPUT_TIMEOUT-MINUTES');
    expect(seen).toContain('INPUT_WORKING-DIRECTORY');
    expect(parseConfig(settingsFromInputs((name) => ({ 'timeout-minutes': '3', 'working-directory': '.' })[name] ?? ''), 'action', base).timeoutMs).toBe(180_000);
  });

  it('every input the code reads by name is declared', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const names = files(join(root, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\binput\('([^']+)'\)/g)].map((m) => m[1]));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(declared.find((d) => d.name === name && d.action), `runner.input('${name}')`).toBeDefined();
  });

  it("the comment input's values are the comment modes", () => {
    expect([...choicesOf('comment')].sort()).toEqual([...COMMENT_MODES].sort());
  });
});

describe('CLI', () => {
  const args = (argv: string[]): Record<string, unknown> => parseArgs({ args: argv, options: CLI_OPTIONS, allowPositionals: true, strict: true }).values;

  it('--help lists every flag, --confirm and --no-confirm included', () => {
    for (const d of declared.filter((i) => i.cli !== null)) {
      expect(HELP, d.name).toContain(`--${d.cli?.flag}`);
      if (d.cli?.negatable) expect(HELP).toContain(`--no-${d.cli.flag}`);
    }
    expect(HELP).toMatch(/--confirm, --no-confirm\s+rerun suspects/);
  });

  it('--confirm and --no-confirm reach parseConfig', () => {
    expect(parseConfig(settingsFromArgs(args(['--no-confirm'])), 'cli', base).confirm).toBe(false);
    expect(parseConfig(settingsFromArgs(args(['--confirm'])), 'cli', base).confirm).toBe(true);
    expect(parseConfig(settingsFromArgs(args([])), 'cli', base).confirm).toBe(true);
  });

  it('every config flag reaches parseConfig under its key', () => {
    const raw = settingsFromArgs(args(['--timeout', '90s', '--cwd', '.', '--workers', '1,3', '--fail-on', 'never', '--budget', '5m']));
    const c = parseConfig(raw, 'cli', base);
    expect([c.timeoutMs, c.workers, c.failOn, c.budgetMs]).toEqual([90_000, [1, 3], 'never', 300_000]);
    expect(() => parseConfig(settingsFromArgs(args(['--timeout', 'soon'])), 'cli', base)).toThrow(/--timeout: 'soon'/);
  });
});
