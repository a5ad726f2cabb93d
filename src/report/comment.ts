// The sticky pull-request comment: found again by its hidden marker, carries a digest of the
// result so the next run can say what changed, and stays under GitHub's 65,536-character limit.
import type { Report } from '../model.js';
import { renderBudgeted, type Section } from './budget.js';
import { describeChanges, digestOf, formatDigest, parseDigest } from './digest.js';
import { costLine } from './cost-line.js';
import { findings, plural } from './format.js';
import { headline } from './headline.js';
import { COMMENT_BODY_MAX_CHARS } from './limits.js';
import { omittedNote, safeUrl } from './markdown.js';
import { testDetails } from './test-details.js';
import { testTableSections } from './test-table.js';

export interface CommentOptions {
  /** Link to the workflow run (job summary and artifacts live there). */
  readonly runUrl?: string;
  /** Hidden marker from `commentMarker(key)`; the comment is found again by it. */
  readonly marker: string;
  /** Body of the comment this one replaces, for the "since the last run" lines. */
  readonly previous?: string;
  readonly secrets?: readonly string[];
  /** Defaults to GitHub's limit with a small margin. */
  readonly maxChars?: number;
}

/** Leave room for GitHub's own normalisation (e.g. CRLF) and for the marker/digest. */
const DEFAULT_MAX_CHARS = COMMENT_BODY_MAX_CHARS - 1_000;

/**
 * `<!-- flakegate:comment key=<job-key> -->`. The key comes from an input (the job name by
 * default), so it is reduced to characters that cannot end the HTML comment.
 */
export function commentMarker(key: string): string {
  const safe = key.trim().replace(/[^A-Za-z0-9._/ -]/g, '_').replace(/-{2,}/g, '-').slice(0, 100) || 'default';
  return `<!-- flakegate:comment key=${safe} -->`;
}

export function renderComment(report: Report, opts: CommentOptions): string {
  const secrets = opts.secrets ?? [];
  const tests = findings(report);
  const link = opts.runUrl === undefined ? 'the job summary' : `[the job summary](${safeUrl(opts.runUrl)})`;
  const sections: Section[] = [{ text: `${opts.marker}\n${headline(report, secrets, 3)}`, required: true }];
  const changes = describeChanges(report, opts.previous === undefined ? null : parseDigest(opts.previous), secrets);
  if (changes !== '') sections.push({ text: `\n${changes}`, required: true });
  if (tests.length > 0) {
    sections.push({ text: '', required: true });
    sections.push(...testTableSections(report, tests, { secrets, group: 'tests' }));
    sections.push({ text: `\n<details><summary>Evidence and fixes (${plural(tests.length, 'test')})</summary>\n`, required: true });
    for (const t of tests) sections.push({ text: testDetails(report, t, { secrets, messages: 1, messageMax: 800 }), group: 'test details' });
    sections.push({ text: '\n</details>', required: true });
  }
  const cost = costLine(report);
  if (cost !== '') sections.push({ text: `\n${cost}`, required: true });
  sections.push({ text: `\nFull report with every run: ${link}.`, required: true });
  sections.push({ text: formatDigest(digestOf(report)), required: true });
  return renderBudgeted(sections, opts.maxChars ?? DEFAULT_MAX_CHARS, {
    note: (group, n) => omittedNote(group, n, 'the job summary / report.json'),
  });
}
