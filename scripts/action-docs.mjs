// Writes action.yml and the README's generated blocks (inputs and outputs tables, the CLI's --help)
// from the declarations in src/inputs.ts, so none of them can drift from what the code reads.
// `--check` exits 1 when a file is out of date (test/unit/inputs.test.ts checks the same).
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const GENERATED = '# Generated from src/inputs.ts by `npm run docs`: edit the declarations there, not this file.';
const BLOCKS = {
  inputs: { start: '<!-- inputs:start (generated from src/inputs.ts by `npm run docs`) -->', end: '<!-- inputs:end -->' },
  cli: { start: '<!-- cli-help:start (generated from src/inputs.ts by `npm run docs`) -->', end: '<!-- cli-help:end -->' },
};

/** YAML single-quoted scalar: only `'` needs escaping (doubled). */
const quote = (text) => `'${String(text).replace(/'/g, "''")}'`;

/** action.yml: the action's metadata with every declared action input and output. */
export function renderActionYml(inputs, outputs) {
  const lines = [
    GENERATED,
    'name: flakegate',
    'description: Run your tests at several worker counts and fail on tests that fail only in parallel, with causes and fixes.',
    'author: flakegate',
    'branding:',
    '  icon: git-pull-request',
    '  color: orange',
    '',
    'inputs:',
  ];
  for (const input of inputs.filter((i) => i.action)) {
    lines.push(`  ${input.name}:`, `    description: ${quote(input.description)}`, '    required: false', `    default: ${quote(input.default)}`);
  }
  lines.push('', 'outputs:');
  for (const output of outputs) lines.push(`  ${output.name}:`, `    description: ${quote(output.description)}`);
  lines.push('', 'runs:', '  using: node24', '  main: dist/index.js', '');
  return lines.join('\n');
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

/** The README's inputs and outputs tables. */
export function renderInputTables(inputs, outputs) {
  const rows = inputs
    .filter((i) => i.action)
    .map((i) => {
      const cli = i.cli === null ? 'action only' : `\`--${i.cli.flag}\`${i.cli.negatable ? ` / \`--no-${i.cli.flag}\`` : ''}`;
      return `| \`${i.name}\` | ${cell(i.description)} | ${i.default === '' ? '' : `\`${cell(i.default)}\``} | ${cli} |`;
    });
  return [
    '| Input | Description | Default | CLI |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
  ].join('\n');
}

/** The README's CLI block: --help itself. */
export function renderCliBlock(help) {
  return ['```', help.trimEnd(), '```'].join('\n');
}

/** Replaces the text between a block's markers. */
export function replaceBlock(text, block, body, file) {
  const { start, end } = BLOCKS[block];
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${block} markers (${start})`);
  return `${text.slice(0, from)}${start}\n\n${body}\n\n${text.slice(to)}`;
}

/** The README with both generated blocks current. */
export function renderReadme(readme, { INPUTS, OUTPUTS, HELP }) {
  const withTables = replaceBlock(readme, 'inputs', renderInputTables(INPUTS, OUTPUTS), 'README.md');
  return replaceBlock(withTables, 'cli', renderCliBlock(HELP), 'README.md');
}

/** The declarations and the help text, compiled from the TypeScript sources (no dist/ needed). */
export async function loadDeclarations() {
  const result = await build({
    stdin: { contents: "export { INPUTS, OUTPUTS } from './src/inputs.ts'; export { HELP } from './src/cli-help.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

if (process.argv[1] === import.meta.filename) {
  const declarations = await loadDeclarations();
  const files = [
    ['action.yml', () => renderActionYml(declarations.INPUTS, declarations.OUTPUTS)],
    ['README.md', (current) => renderReadme(current, declarations)],
  ];
  let stale = false;
  for (const [file, render] of files) {
    const path = join(root, file);
    const current = readFileSync(path, 'utf8');
    const next = render(current);
    if (next === current) continue;
    if (process.argv.includes('--check')) {
      console.error(`${file} is out of date: run npm run docs`);
      stale = true;
    } else writeFileSync(path, next);
  }
  if (stale) process.exit(1);
}
