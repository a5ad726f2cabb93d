// Scoring of the wild evaluation: top-1 cause per case, per split, cause and ecosystem, the
// confusion matrix and the causes claimed on stable tests. Pure: rows in, numbers and text out.
import type { Ecosystem, Framework, Split, WildCause } from './cases.js';

export interface CaseRow {
  readonly id: string;
  readonly repo: string;
  readonly split: Split;
  readonly framework: Framework;
  readonly ecosystem: Ecosystem;
  readonly expected: WildCause;
  /** Top-1 cause of the primary victim; `missing` = not in the report, `none` = no cause listed. */
  readonly predicted: string;
  readonly score: number | null;
  readonly verdict: string;
  readonly runnerUp: string;
  readonly evidence: readonly string[];
  readonly hasFailureText: boolean;
  /** Where the report found the victim's file (empty = none). */
  readonly file: string;
  /** How the run was made: `replay` (reports written from the case's facts) or `real`. */
  readonly mode: 'replay' | 'real';
}

export interface StableClaim {
  readonly id: string;
  readonly test: string;
  readonly verdict: string;
  readonly cause: string;
  readonly score: number;
  readonly label: string | null;
}

export interface Tally {
  readonly hit: number;
  readonly n: number;
}

export interface Summary {
  readonly overall: Tally;
  readonly bySplit: Readonly<Record<string, Tally>>;
  readonly byCause: Readonly<Record<string, Readonly<Record<string, Tally>>>>;
  readonly byEcosystem: Readonly<Record<string, Readonly<Record<string, Tally>>>>;
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly stable: { readonly tests: number; readonly withCause: number; readonly aboveWeakest: number };
}

export const correct = (r: Pick<CaseRow, 'expected' | 'predicted'>): boolean => r.predicted === r.expected;

function tally(rows: readonly CaseRow[]): Tally {
  return { hit: rows.filter(correct).length, n: rows.length };
}

function grouped(rows: readonly CaseRow[], key: (r: CaseRow) => string): Record<string, Record<string, Tally>> {
  const out: Record<string, Record<string, Tally>> = {};
  const keys = [...new Set(rows.map(key))].sort();
  for (const k of keys) {
    const mine = rows.filter((r) => key(r) === k);
    out[k] = { all: tally(mine), tune: tally(mine.filter((r) => r.split === 'tune')), holdout: tally(mine.filter((r) => r.split === 'holdout')) };
  }
  return out;
}

/**
 * `aboveWeakest(claim)` says whether a claim on a stable test is stronger than the weakest label
 * the report uses (the issue's acceptance: none is).
 */
export function summarise(rows: readonly CaseRow[], stableTests: number, claims: readonly StableClaim[], aboveWeakest: (c: StableClaim) => boolean): Summary {
  const confusion: Record<string, Record<string, number>> = {};
  for (const r of rows) {
    const line = (confusion[r.expected] ??= {});
    line[r.predicted] = (line[r.predicted] ?? 0) + 1;
  }
  return {
    overall: tally(rows),
    bySplit: { tune: tally(rows.filter((r) => r.split === 'tune')), holdout: tally(rows.filter((r) => r.split === 'holdout')) },
    byCause: grouped(rows, (r) => r.expected),
    byEcosystem: grouped(rows, (r) => r.ecosystem),
    confusion,
    stable: { tests: stableTests, withCause: claims.length, aboveWeakest: claims.filter(aboveWeakest).length },
  };
}

export const pct = (t: Tally): string => (t.n === 0 ? '–' : `${t.hit}/${t.n} (${Math.round((100 * t.hit) / t.n)}%)`);

export function table(header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>): string {
  const cell = (c: string | number) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

const short = (s: string, n: number): string => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/** The printed evaluation (Markdown, so it pastes into docs/evaluation.md as is). */
export function renderSummary(rows: readonly CaseRow[], s: Summary, claims: readonly StableClaim[]): string {
  const out: string[] = [];
  out.push('#### Top-1 cause, by split\n');
  out.push(table(['split', 'top-1 correct'], [['tune', pct(s.bySplit.tune!)], ['holdout', pct(s.bySplit.holdout!)], ['both', pct(s.overall)]]));
  for (const [title, groups] of [['cause (expected)', s.byCause], ['ecosystem', s.byEcosystem]] as const) {
    out.push(`\n#### Top-1 cause, by ${title}\n`);
    out.push(table([title, 'tune', 'holdout', 'both'], Object.entries(groups).map(([k, g]) => [k, pct(g.tune!), pct(g.holdout!), pct(g.all!)])));
  }
  out.push('\n#### Confusion matrix (rows: expected, columns: top-1; both halves)\n');
  const predicted = [...new Set(rows.map((r) => r.predicted))].sort();
  out.push(rows.length === 0 ? '(no cases scored)' : table(['expected \\ top-1', ...predicted], Object.keys(s.confusion).sort().map((e) => [e, ...predicted.map((p) => s.confusion[e]?.[p] ?? '.')])));
  out.push('\n#### Causes claimed on stable tests\n');
  out.push(`stable tests: ${s.stable.tests}; with a cause listed: ${s.stable.withCause}; above the weakest label: ${s.stable.aboveWeakest} (target 0)`);
  for (const c of claims) out.push(`- ${c.id} ${c.test} (verdict ${c.verdict}): ${c.cause} ${c.score}${c.label ? ` (${c.label})` : ''}`);
  out.push('\n#### Cases\n');
  out.push(
    table(
      ['case', 'split', 'framework', 'mode', 'expected', 'top-1', 'score', 'ok', 'verdict', 'runner-up', 'text', 'file found', 'evidence (top-1)'],
      rows.map((r) => [r.id, r.split, r.framework, r.mode, r.expected, r.predicted, r.score ?? '–', correct(r) ? 'yes' : 'NO', r.verdict, r.runnerUp || '–', r.hasFailureText ? 'yes' : 'none', r.file || '–', short(r.evidence.join(' / ') || '–', 160)]),
    ),
  );
  return out.join('\n');
}
