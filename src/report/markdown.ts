// The full markdown report: report.md and the job summary. Pure and deterministic (sorted input,
// no clock), built within a budget so the job summary never exceeds GitHub's 1 MiB per step.
import { costLine } from './cost-line.js';
import type { Report } from '../model.js';
import { renderBudgeted, utf8Bytes, type Section } from './budget.js';
import { failureChart } from './chart.js';
import { findings, plural } from './format.js';
import { headline } from './headline.js';
import { JOB_SUMMARY_MAX_BYTES } from './limits.js';
import { notesSections, runTableSections } from './run-table.js';
import { codeSpan } from './sanitize.js';
import { testDetails } from './test-details.js';
import { testTableSections } from './test-table.js';

export { renderBudgeted, type Section } from './budget.js';

export interface MarkdownOptions {
  /** Secret values to redact from every untrusted string (see `collectSecrets`). */
  readonly secrets?: readonly string[];
  /** Budget in UTF-8 bytes; default: the job summary limit with room for other steps' text. */
  readonly maxBytes?: number;
  /** Link to the workflow run, when rendering inside Actions. */
  readonly runUrl?: string;
  /** Where the reader finds what the budget dropped. */
  readonly omittedHint?: string;
}

/** Leave 5% of the step's 1 MiB for anything else written to the same summary. */
const DEFAULT_MAX_BYTES = Math.floor(JOB_SUMMARY_MAX_BYTES * 0.95);

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const secrets = opts.secrets ?? [];
  const hint = opts.omittedHint ?? 'report.json';
  const tests = findings(report);
  const sections: Section[] = [{ text: headline(report, secrets), required: true }];

  if (tests.length === 0) {
    sections.push({ text: `\nNo test failed or went missing in any of the ${plural(report.runs.length, 'run')}.`, required: true });
  } else {
    sections.push({ text: '\n### Tests\n', required: true });
    sections.push(...testTableSections(report, tests, { secrets, group: 'tests' }));
    const chart = failureChart(report, tests, secrets);
    if (chart !== '') sections.push({ text: chart, group: 'chart', counted: false });
    sections.push({ text: '\n### Evidence and fixes\n', group: 'test details', counted: false });
    for (const t of tests) sections.push({ text: `${testDetails(report, t, { secrets })}\n`, group: 'test details' });
  }
  sections.push(...runTableSections(report, secrets));
  sections.push(...notesSections(report, secrets));
  const cost = costLine(report);
  if (cost !== '') sections.push({ text: `\n${cost}\n`, required: true });
  sections.push({ text: footer(report, secrets, opts.runUrl), required: true });

  const rendered = renderBudgeted(sections, opts.maxBytes ?? DEFAULT_MAX_BYTES, {
    measure: utf8Bytes,
    note: (group, n) => omittedNote(group, n, hint),
  });
  return rendered.endsWith('\n') ? rendered : `${rendered}\n`;
}

/** The visible line for what the budget dropped; the tests' count is what readers look for. */
export function omittedNote(group: string, n: number, hint: string): string {
  switch (group) {
    case 'tests':
      return `\n_${plural(n, 'test')} omitted — see ${hint}._\n`;
    case 'test details':
      return `\n_Evidence for ${plural(n, 'test')} omitted — see ${hint}._\n`;
    case 'runs':
      return `\n_${plural(n, 'run')} omitted — see ${hint}._\n`;
    default:
      return `\n_${plural(n, group === 'notes' || group === 'warnings' ? group.slice(0, -1) : 'section')} omitted — see ${hint}._\n`;
  }
}

function footer(report: Report, secrets: readonly string[], runUrl: string | undefined): string {
  const c = report.config;
  const run = runUrl === undefined ? '' : ` · [workflow run](${safeUrl(runUrl)})`;
  return `\n<sub>${report.tool.name} ${report.tool.version} · framework ${c.framework} · command ${codeSpan(c.command, { secrets, max: 200 })}${run}</sub>`;
}

/** Percent-encodes what could end a markdown link or start HTML. */
export function safeUrl(url: string): string {
  return encodeURI(url).replace(/[()<>"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
