// Writes the README's inputs and outputs tables from action.yml, between marker comments, so the
// two cannot drift. `--check` exits 1 when the README is out of date (a unit test runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..');
const START = '<!-- action-docs:start (generated from action.yml by `node scripts/action-docs.mjs`) -->';
const END = '<!-- action-docs:end -->';

export function renderActionDocs(actionYaml) {
  const action = parse(actionYaml);
  const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) => `| \`${name}\` | ${cell(i.description)} | ${i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return [
    START,
    '',
    '| Input | Description | Default |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs,
    '',
    END,
  ].join('\n');
}

export function updateReadme(readme, docs) {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error('README.md has no action-docs markers');
  return readme.slice(0, from) + docs + readme.slice(to + END.length);
}

if (process.argv[1] === import.meta.filename) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = updateReadme(readme, renderActionDocs(readFileSync(join(root, 'action.yml'), 'utf8')));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md inputs/outputs tables are out of date: run node scripts/action-docs.mjs');
      process.exit(1);
    }
  } else if (next !== readme) writeFileSync(readmePath, next);
}
