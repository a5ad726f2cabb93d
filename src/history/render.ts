// The tracking issue's body, re-rendered from the merged history on every run. Pure and
// size-bounded: rows that do not fit are counted, never silently cut. Test ids are untrusted.
import { safeUrl } from '../report/markdown.js';
import { codeSpan, tableCell } from '../report/sanitize.js';
import type { History, TrackedTest } from './merge.js';

export const TRACKING_MARKER = '<!-- flakegate:tracking-issue -->';
export const TRACKING_TITLE = 'Parallel-only and flaky tests';
/** Newest runs linked at the bottom of the body. */
const LINKED_RUNS = 10;
/** Ids named in "newly appeared" / "newly fixed" before "and N more". */
const NAMED_IN_SECTION = 20;

export interface RenderOptions {
  readonly maxChars: number;
  readonly secrets?: readonly string[];
}

export function renderTrackingBody(history: History, opts: RenderOptions): string {
  const secrets = opts.secrets ?? [];
  const id = (text: string): string => codeSpan(text, { secrets, max: 200 });
  const active = history.tests.filter((t) => t.active);
  const latest = history.runs.at(-1);
  const head = [
    TRACKING_MARKER,
    `# ${TRACKING_TITLE}`,
    '',
    latest === undefined
      ? 'No stability run recorded yet.'
      : `Maintained by flakegate's scheduled stability job: ${history.runs.length} runs recorded, latest ${latest.at.slice(0, 16).replace('T', ' ')} UTC (${latest.tests.length} of ${latest.testsSeen} tests parallel-only or flaky). ` +
        'Each run appends a comment with its data; this body is rebuilt from all of them. Tests listed here count as known for `fail-on: new-parallel-only`.',
    '',
    `**Newly appeared:** ${names(history.newlyAppeared, id)}`,
    '',
    `**Newly fixed:** ${names(history.newlyFixed, id)}`,
    '',
  ].join('\n');
  const runs = history.runs
    .slice(-LINKED_RUNS)
    .reverse()
    .map((r) => (r.runUrl === null ? `run ${codeSpan(r.runId, { max: 40 })}` : `[${r.at.slice(0, 10)} #${codeSpan(r.runId, { max: 40 })}](${safeUrl(r.runUrl)})`));
  const tail = ['', `**Runs** (newest first): ${runs.length === 0 ? 'none' : runs.join(' · ')}`, ''].join('\n');
  const tableHead = ['| test | verdict | first seen | last seen | failure rate trend (oldest → newest) |', '|---|---|---|---|---|'];
  const rows = history.tests.map((t) => row(t, id));
  let budget = opts.maxChars - head.length - tail.length - tableHead.join('\n').length - 200;
  const shown: string[] = [];
  for (const r of rows) {
    if (r.length + 1 > budget) break;
    shown.push(r);
    budget -= r.length + 1;
  }
  const omitted = rows.length - shown.length;
  const table = rows.length === 0 ? ['No parallel-only or flaky test recorded.'] : [`${active.length} active, ${rows.length - active.length} fixed.`, '', ...tableHead, ...shown];
  if (omitted > 0) table.push('', `${omitted} more tests not shown (issue body limit); their data is in the run comments.`);
  return [head, ...table, tail].join('\n');
}

function names(ids: readonly string[], id: (s: string) => string): string {
  if (ids.length === 0) return 'none';
  const shown = ids.slice(0, NAMED_IN_SECTION).map(id).join(', ');
  return ids.length > NAMED_IN_SECTION ? `${shown} and ${ids.length - NAMED_IN_SECTION} more (see the table)` : shown;
}

function row(t: TrackedTest, id: (s: string) => string): string {
  const trend = t.trend.map((r) => r.toFixed(2)).join(' → ');
  const seen = (at: string, url: string | null): string => (url === null ? at.slice(0, 10) : `[${at.slice(0, 10)}](${safeUrl(url)})`);
  const verdict = t.active ? t.verdict : `fixed (was ${t.verdict})`;
  return `| ${[id(t.id), verdict, seen(t.firstSeen, t.firstRunUrl), seen(t.lastSeen, t.lastRunUrl), trend].map(tableCell).join(' | ')} |`;
}
