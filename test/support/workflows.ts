// Every GitHub Actions workflow the project documents or runs: .github/workflows/*.yml, and the
// ```yaml blocks of README.md and docs/*.md that are workflows or step lists (a step list is
// wrapped in a one-job workflow so it can be linted like the rest).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WorkflowSource {
  /** `README.md:123` (the block's first line) or `.github/workflows/ci.yml`. */
  readonly where: string;
  /** Workflow YAML as linted (a step list already wrapped). */
  readonly yaml: string;
  /** Lines added before the documented text (wrapping), to map lint lines back. */
  readonly offset: number;
}

/** A documented YAML block that is neither a workflow nor a step list, nor declared as another kind of file. */
export interface UnclassifiedBlock {
  readonly where: string;
  readonly first: string;
}

const STEP_LIST_HEADER = ['name: documented-steps', 'on: pull_request', 'jobs:', '  documented:', '    runs-on: ubuntu-latest', '    steps:'];

/** Top-level keys of YAML files that are not workflows but are shown in the docs (the quarantine file). */
const OTHER_FILES = /^quarantine:/m;

export function collectWorkflows(root: string): { workflows: WorkflowSource[]; unclassified: UnclassifiedBlock[] } {
  const workflows: WorkflowSource[] = [];
  const unclassified: UnclassifiedBlock[] = [];
  const dir = join(root, '.github', 'workflows');
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    workflows.push({ where: `.github/workflows/${name}`, yaml: readFileSync(join(dir, name), 'utf8'), offset: 0 });
  }
  const docs = ['README.md', ...readdirSync(join(root, 'docs')).filter((n) => n.endsWith('.md')).sort().map((n) => `docs/${n}`)];
  for (const doc of docs) {
    for (const block of yamlBlocks(readFileSync(join(root, doc), 'utf8'))) {
      const where = `${doc}:${block.line}`;
      const first = block.text.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
      if (OTHER_FILES.test(block.text)) continue;
      if (/^jobs:/m.test(block.text)) workflows.push({ where, yaml: block.text, offset: 0 });
      else if (/^\s+- (uses|run|name):/.test(first)) workflows.push({ where, yaml: wrapSteps(block.text), offset: STEP_LIST_HEADER.length });
      else unclassified.push({ where, first });
    }
  }
  return { workflows, unclassified };
}

/** ```yaml fenced blocks (also indented ones inside list items) with the line of their first text line. */
export function yamlBlocks(markdown: string): { line: number; text: string }[] {
  const lines = markdown.split('\n');
  const blocks: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```ya?ml\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? ''); j++) body.push((lines[j] ?? '').slice(indent));
    blocks.push({ line: i + 2, text: `${body.join('\n')}\n` });
    i = j;
  }
  return blocks;
}

/** A documented step list, dedented to step level and put in a minimal job. */
function wrapSteps(text: string): string {
  const lines = text.split('\n');
  const indent = Math.min(...lines.filter((l) => /^\s*- /.test(l)).map((l) => l.length - l.trimStart().length));
  const steps = lines.map((l) => (l.trim() === '' ? '' : l.trim().startsWith('#') && l.length - l.trimStart().length < indent ? `      ${l.trim()}` : `      ${l.slice(indent)}`));
  return [...STEP_LIST_HEADER, ...steps].join('\n');
}
