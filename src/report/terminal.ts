// The CLI's end-of-run table: compact, coloured on a TTY, plain text otherwise. Pure.
import type { Report, TestAnalysis, Verdict } from '../model.js';
import { decideText, evidenceCell, sampleSentence } from './sample-label.js';
import { sanitizeTerminal } from './sanitize-terminal.js';

export interface TerminalOptions {
  readonly color: boolean;
  /** Columns available; names are shortened to fit. */
  readonly width?: number;
  /** Also list stable and skipped tests. */
  readonly all?: boolean;
}

const COLOR: Readonly<Record<Verdict, string>> = {
  'parallel-only': '\u001b[1;31m',
  flaky: '\u001b[33m',
  broken: '\u001b[35m',
  lost: '\u001b[36m',
  stable: '\u001b[32m',
  skipped: '\u001b[2m',
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';

export function renderTerminal(report: Report, opts: TerminalOptions): string {
  const paint = (code: string, text: string): string => (opts.color ? `${code}${text}${RESET}` : text);
  const width = Math.max(60, opts.width ?? 100);
  const { summary, gate, config } = report;
  const lines: string[] = [];
  lines.push(
    paint(BOLD, 'flakegate') +
      `: ${summary.parallelOnly} parallel-only, ${summary.flaky} flaky, ${summary.broken} broken, ${summary.lost} lost, ` +
      `${summary.stable} stable, ${summary.skipped} skipped  (${report.runs.length} runs, workers ${config.workers.join(',')})`,
  );
  const shown = report.tests.filter((t) => opts.all || (t.verdict !== 'stable' && t.verdict !== 'skipped'));
  if (shown.length > 0) {
    const counts = config.workers.map(String);
    const header = ['verdict', 'tier', ...counts.map((w) => `w${w}`), 'evidence', 'cause', 'test'];
    const rows = shown.map((t) => row(t, counts));
    const widths = header.slice(0, -1).map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const fixed = widths.reduce((a, b) => a + b + 2, 0);
    const nameWidth = Math.max(20, width - fixed);
    lines.push('');
    lines.push(paint(BOLD, pad(header, widths, nameWidth)));
    shown.forEach((t, i) => {
      lines.push(paint(COLOR[t.verdict], pad(rows[i] ?? [], widths, nameWidth)));
      lines.push(paint(DIM, `  ${detail(t, counts)}`));
    });
  }
  const pairs = partnerLines(report);
  if (pairs.length > 0) {
    lines.push('', paint(BOLD, 'collision partners (found by rerunning the victim with halves of its co-runners):'));
    for (const p of pairs) lines.push(`  ${p}`);
  }
  const needs = predecessorLines(report);
  if (needs.length > 0) {
    lines.push('', paint(BOLD, 'tests that need an earlier test (found by replaying serially what ran before them):'));
    for (const p of needs) lines.push(`  ${p}`);
  }
  const skippedNotes = report.planner.filter((n) => n.kind === 'budget' || n.kind === 'fallback');
  for (const note of skippedNotes) lines.push(`note: ${sanitizeTerminal(note.text)}`);
  if (report.warnings.length > 0) {
    lines.push('');
    for (const w of report.warnings.slice(0, 10)) lines.push(paint(COLOR.lost, `warning: ${sanitizeTerminal(w, 300)}`));
    if (report.warnings.length > 10) lines.push(`(${report.warnings.length - 10} more warnings in report.json)`);
  }
  lines.push('');
  lines.push(gate.failed ? paint(COLOR['parallel-only'], `gate: FAILED - ${gate.reason}`) : paint(COLOR.stable, `gate: passed - ${gate.reason}`));
  return lines.join('\n') + '\n';
}

function row(t: TestAnalysis, counts: readonly string[]): string[] {
  const cells = counts.map((w) => {
    const s = t.byWorkers[w];
    return s ? `${s.failed}/${s.passed + s.failed}${s.lost > 0 ? `+${s.lost}L` : ''}` : '-';
  });
  const cause = t.causes[0]?.cause ?? '';
  const verdict = t.quarantined === undefined ? t.verdict : `${t.verdict} (quarantined)`;
  return [verdict, t.confidence, ...cells, evidenceCell(t), cause, sanitizeTerminal(t.display, 400)];
}

/** Threshold, cluster, the sample the evidence column rests on, and the 95% interval of the failure rate at each worker count. */
function detail(t: TestAnalysis, counts: readonly string[]): string {
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  const rates = counts
    .map((w) => {
      const s = t.byWorkers[w];
      const n = s ? s.passed + s.failed : 0;
      return s && n > 0 ? `w${w} ${pct(s.failed / n)} [${pct(s.rateLow)}-${pct(s.rateHigh)}]` : `w${w} -`;
    })
    .join(', ');
  const parts = [t.threshold === null ? 'no failures' : `fails from ${t.threshold} worker${t.threshold === 1 ? '' : 's'}`];
  if (t.cluster !== null) parts.push(`cluster #${t.cluster}`);
  const decide = decideText(t);
  if (decide !== null) parts.push(decide);
  else if (t.runsToDecide !== undefined && t.confidence === 'insufficient') parts.push(`~${t.runsToDecide} more runs per arm would decide`);
  const sample = sampleSentence(t);
  if (sample !== null) parts.push(`evidence on ${sample}`);
  parts.push(`failure rate (95% CI) ${rates}`);
  return parts.join(' · ');
}

/** "A  <->  B" once per pair, in report order. */
function partnerLines(report: Report): string[] {
  const byId = new Map(report.tests.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of report.tests) {
    if (t.partnersRunBefore === true) continue;
    for (const p of t.partners ?? []) {
      const key = [t.id, p].sort().join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const other = byId.get(p);
      out.push(`${sanitizeTerminal(t.display, 120)}  <->  ${sanitizeTerminal(other ? other.display : p, 120)}`);
    }
  }
  return out;
}

/** "A  needs  B  run before it", once per test whose partners are its needed predecessors. */
function predecessorLines(report: Report): string[] {
  const byId = new Map(report.tests.map((t) => [t.id, t]));
  return report.tests
    .filter((t) => t.partnersRunBefore === true)
    .flatMap((t) => (t.partners ?? []).map((p) => `${sanitizeTerminal(t.display, 120)}  needs  ${sanitizeTerminal(byId.get(p)?.display ?? p, 120)}  to run before it`));
}

function pad(cells: readonly string[], widths: readonly number[], nameWidth: number): string {
  return cells
    .map((c, i) => {
      const w = widths[i];
      if (w === undefined) return shorten(c, nameWidth);
      return c.padEnd(w);
    })
    .join('  ');
}

/** Keeps both ends: the file and the test name are the informative parts. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 1) * 0.35);
  return `${text.slice(0, head)}…${text.slice(text.length - (max - 1 - head))}`;
}
