// The findings table: one row per reported test, one column per worker count with its failure
// rate and Wilson interval, the evidence with the sample it rests on, then threshold, cluster and
// the most likely cause.
import { scoreLabel } from '../explain/score-scale.js';
import type { Report, TestAnalysis } from '../model.js';
import type { Section } from './budget.js';
import { formatInterval, formatRate, workerKeys } from './format.js';
import { armsText, evidenceCell } from './sample-label.js';
import { codeSpan, sanitizeInline, tableCell } from './sanitize.js';

export interface TableOptions {
  readonly secrets: readonly string[];
  /** Budget group of the rows (dropped rows are counted under this name). */
  readonly group: string;
}

/** Header (with heading) as a required section, then one optional section per row. */
export function testTableSections(report: Report, tests: readonly TestAnalysis[], opts: TableOptions): Section[] {
  const keys = workerKeys(report);
  const header = ['Test', 'Verdict', ...keys.map((k) => `${k} ${k === '1' ? 'worker' : 'workers'}`), 'Evidence', 'Threshold', 'Cluster', 'Likely cause'];
  const align = ['---', '---', ...keys.map(() => '---:'), '---', '---:', '---:', '---'];
  const head = `| ${header.join(' | ')} |\n| ${align.join(' | ')} |`;
  const rows = tests.map((t): Section => ({ text: row(t, keys, opts.secrets), group: opts.group }));
  return [{ text: head, required: true }, ...rows];
}

function row(t: TestAnalysis, keys: readonly string[], secrets: readonly string[]): string {
  const cells = [
    codeSpan(t.display, { secrets, max: 120 }),
    `${t.verdict} (${t.confidence})${t.quarantined === undefined ? '' : ', quarantined'}`,
    ...keys.map((k) => rateCell(t, k)),
    evidence(t),
    t.threshold === null ? '–' : String(t.threshold),
    t.cluster === null ? '–' : `#${t.cluster}`,
    causeCell(t, secrets),
  ];
  return `| ${cells.map(tableCell).join(' | ')} |`;
}

function rateCell(t: TestAnalysis, key: string): string {
  const s = t.byWorkers[key];
  const interval = formatInterval(s);
  return interval === '–' ? formatRate(s) : `${formatRate(s)}<br><sub>95% CI ${interval}</sub>`;
}

/** The statistic and, below it, the sample it rests on (serial and parallel counts of that sample). */
function evidence(t: TestAnalysis): string {
  const cell = evidenceCell(t);
  if (t.sample === undefined) return cell;
  const source = t.sample.source === 'confirmation' ? 'confirmation runs' : 'all runs';
  return `${cell}<br><sub>${source}: ${armsText(t.sample)}</sub>`;
}

function causeCell(t: TestAnalysis, secrets: readonly string[]): string {
  const top = t.causes[0];
  if (top === undefined) return '–';
  // The first sentence; the whole fix and its example are in the evidence section.
  const first = top.fix.summary.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? top.fix.summary;
  return `\`${top.cause}\` (${scoreLabel(top.score)}, score ${top.score.toFixed(2)}): ${sanitizeInline(first, { secrets, max: 160 })}`;
}
