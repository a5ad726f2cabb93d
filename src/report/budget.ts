// Build a document within a size budget and degrade visibly (dorny/test-reporter trims its
// report to GitHub's limit and says so): sections that do not fit are dropped, and each group of
// dropped sections leaves one line saying how many went and where to find them.
import { truncate } from './sanitize.js';

export interface Section {
  /** Markdown for this section; sections are joined with a newline. */
  readonly text: string;
  /** Always kept (headline, gate). */
  readonly required?: boolean;
  /**
   * Sections of one group are kept in order until one does not fit; the rest of the group is
   * dropped with it (the top N stay, never a random subset) and one note reports the count.
   */
  readonly group?: string;
  /** False for a group's heading: it is dropped with the group but not counted in the note. */
  readonly counted?: boolean;
}

export interface BudgetOptions {
  /** The note for `n` dropped sections of `group`; must not depend on anything but its inputs. */
  readonly note?: (group: string, n: number) => string;
  /** Size of a string in the budget's unit; defaults to UTF-16 length (never less than code points). */
  readonly measure?: (text: string) => number;
}

const UNGROUPED = 'sections';

export const defaultNote = (group: string, n: number): string =>
  `\n_${n} ${group} omitted — see report.json / the job summary._\n`;

/** Bytes as GitHub counts the job summary (UTF-8). */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Joins `sections` so that the result measures at most `max`. Required sections always stay (and
 * the whole is hard-truncated with a visible note if they alone are too big).
 */
export function renderBudgeted(sections: readonly Section[], max: number, opts: BudgetOptions = {}): string {
  const measure = opts.measure ?? ((t: string) => t.length);
  const noteFor = opts.note ?? defaultNote;
  const whole = sections.map((s) => s.text).join('\n');
  if (measure(whole) <= max) return whole;
  const groupOf = (s: Section): string => s.group ?? UNGROUPED;

  const sizes = new Map<string, number>();
  for (const s of sections) if (!s.required && s.counted !== false) sizes.set(groupOf(s), (sizes.get(groupOf(s)) ?? 0) + 1);
  // Worst case: every group needs its note; reserve that room up front.
  let reserve = 0;
  for (const [group, n] of sizes) reserve += measure(noteFor(group, n)) + 1;
  let used = sections.filter((s) => s.required).reduce((sum, s) => sum + measure(s.text) + 1, 0);

  const kept = new Array<boolean>(sections.length).fill(false);
  const closed = new Set<string>();
  for (const [i, s] of sections.entries()) {
    if (s.required) {
      kept[i] = true;
      continue;
    }
    const group = groupOf(s);
    const size = measure(s.text) + 1;
    if (closed.has(group) || used + size + reserve > max) {
      if (group !== UNGROUPED) closed.add(group);
      continue;
    }
    kept[i] = true;
    used += size;
  }

  const dropped = new Map<string, number>();
  const lastIndex = new Map<string, number>();
  for (const [i, s] of sections.entries()) {
    if (s.required) continue;
    lastIndex.set(groupOf(s), i);
    if (!kept[i] && s.counted !== false) dropped.set(groupOf(s), (dropped.get(groupOf(s)) ?? 0) + 1);
  }
  const parts: string[] = [];
  for (const [i, s] of sections.entries()) {
    if (kept[i]) parts.push(s.text);
    const group = groupOf(s);
    const n = dropped.get(group) ?? 0;
    if (!s.required && lastIndex.get(group) === i && n > 0) parts.push(noteFor(group, n));
  }
  return fitHard(parts.join('\n'), max, measure);
}

/** Last resort when required sections alone overflow: cut with truncate's visible note. */
function fitHard(text: string, max: number, measure: (t: string) => number): string {
  if (measure(text) <= max) return text;
  let lo = 0;
  let hi = Array.from(text).length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(truncate(text, mid)) <= max) lo = mid;
    else hi = mid - 1;
  }
  return truncate(text, lo);
}
