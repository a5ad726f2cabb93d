// Which tests a quarantine entry names. Entries are pasted from flakegate's own output (the display
// form, `TestAnalysis.display`) or from elsewhere: the full id from report.json, a pytest node id,
// the `classname > name` older reports printed, `file::name`, a Jest or Vitest title path. Pure.
import { pytestNodeId } from '../frameworks/pytest-node-id.js';
import type { TestAnalysis } from '../model.js';

export type EntryMatch =
  /** The tests it names: by id or display form (exact or `*` glob), or by one other form naming one test. */
  | { readonly kind: 'tests'; readonly tests: readonly TestAnalysis[] }
  /** Another form that fits several tests: none is quarantined. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly TestAnalysis[] }
  /** Nothing; `closest` is the display form of the most similar test, when one is near. */
  | { readonly kind: 'none'; readonly closest?: string };

/** Compares forms loosely: whitespace runs, `\` vs `/`, a leading `./` and Jest's ` › ` vs ` > ` do not matter. */
export function looseForm(text: string): string {
  let s = text.replace(/\s+/g, ' ').trim().replace(/\\/g, '/').replace(/ › /g, ' > ');
  while (s.startsWith('./')) s = s.slice(2);
  return s;
}

/** `*` matches any run of characters; everything else is literal. A pattern without `*` must match exactly. */
export function matchesPattern(pattern: string, id: string): boolean {
  if (!pattern.includes('*')) return pattern === id;
  return globRegExp(pattern).test(id);
}

function globRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 's');
}

/** The other forms a person may paste for a test (see the header); loose forms. */
export function otherForms(t: TestAnalysis): string[] {
  const file = t.file ?? '';
  const forms = [pytestNodeId({ file, classname: t.classname, name: t.name })];
  if (file !== '') forms.push(`${file}::${t.name}`, `${file} > ${t.name}`);
  if (t.classname !== '') forms.push(`${t.classname} > ${t.name}`, `${t.classname}::${t.name}`, `${t.classname}.${t.name}`);
  if (file !== '' && t.classname !== '' && t.classname !== file) forms.push(`${file} > ${t.classname} > ${t.name}`);
  return [...new Set(forms.map(looseForm))];
}

export interface TestIndex {
  /** `suggest`: look for the closest test when nothing matches (bounded work: callers limit how often). */
  match(pattern: string, suggest?: boolean): EntryMatch;
}

/** Looks entries up against one run's tests; the other-forms index is built on first need. */
export function createTestIndex(tests: readonly TestAnalysis[]): TestIndex {
  const exact = new Map<string, TestAnalysis[]>();
  for (const t of tests) for (const form of new Set([looseForm(t.id), looseForm(t.display)])) push(exact, form, t);
  let others: Map<string, TestAnalysis[]> | null = null;
  const otherIndex = (): Map<string, TestAnalysis[]> => {
    if (others === null) {
      others = new Map();
      for (const t of tests) for (const form of otherForms(t)) push(others, form, t);
    }
    return others;
  };
  return {
    match(pattern, suggest = true) {
      const loose = looseForm(pattern);
      if (pattern.includes('*')) {
        const re = globRegExp(loose);
        const found = tests.filter((t) => re.test(looseForm(t.id)) || re.test(looseForm(t.display)));
        return found.length > 0 ? { kind: 'tests', tests: found } : { kind: 'none' };
      }
      const byId = exact.get(loose);
      if (byId !== undefined) return { kind: 'tests', tests: byId };
      const other = otherIndex().get(loose) ?? [];
      if (other.length === 1) return { kind: 'tests', tests: other };
      if (other.length > 1) return { kind: 'ambiguous', candidates: other };
      const closest = suggest ? closestDisplay(loose, tests) : undefined;
      return closest === undefined ? { kind: 'none' } : { kind: 'none', closest };
    },
  };
}

function push(map: Map<string, TestAnalysis[]>, key: string, t: TestAnalysis): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [t]);
  else if (!list.includes(t)) list.push(t);
}

/**
 * The display form nearest to `loose` by edit distance, if within a third of its length (a typo,
 * a renamed parameter, a moved file; not an unrelated test). Ties go to the first in id order.
 */
export function closestDisplay(loose: string, tests: readonly TestAnalysis[]): string | undefined {
  const limit = Math.max(2, Math.floor(loose.length / 3));
  // Tests whose name the entry contains are the likely ones (a changed file or class); else all.
  const named = tests.filter((t) => t.name !== '' && loose.includes(looseForm(t.name)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const t of [...(named.length > 0 ? named : tests)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const d = boundedDistance(loose, looseForm(t.display), bestDistance - 1);
    if (d < bestDistance) {
      best = t.display;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max` (a band of width 2*max+1). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min((prev[j] ?? Infinity) + 1, (row[j - 1] ?? Infinity) + 1, (prev[j - 1] ?? Infinity) + cost);
      row.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
