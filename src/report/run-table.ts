// The runs behind the verdicts (id, workers, phase, exit, signal, timeout, duration, parse
// status, tests), then the planner's decisions and the warnings, as budget sections.
import type { Report } from '../model.js';
import type { Section } from './budget.js';
import { formatDuration } from './format.js';
import { codeSpan, sanitizeInline, tableCell } from './sanitize.js';

export function runTableSections(report: Report, secrets: readonly string[]): Section[] {
  if (report.runs.length === 0) return [];
  const head = {
    text: '\n### Runs\n\n| Run | Workers | Phase | Exit | Signal | Timed out | Duration | Parse | Tests |\n| --- | ---: | --- | ---: | --- | --- | ---: | --- | ---: |',
    group: 'runs',
    counted: false,
  };
  const rows = report.runs.map((r): Section => {
    const cells = [
      codeSpan(r.id, { secrets, max: 60 }),
      String(r.workers),
      r.phase,
      r.exitCode === null ? '–' : String(r.exitCode),
      r.signal === null ? '–' : sanitizeInline(r.signal, { secrets, max: 20 }),
      r.timedOut ? '**yes**' : 'no',
      formatDuration(r.durationMs),
      r.error === undefined ? r.parse : `${r.parse}: ${sanitizeInline(r.error, { secrets, max: 120 })}`,
      String(r.tests),
    ];
    return { text: `| ${cells.map(tableCell).join(' | ')} |`, group: 'runs' };
  });
  return [head, ...rows];
}

export function notesSections(report: Report, secrets: readonly string[]): Section[] {
  const out: Section[] = [];
  if (report.planner.length > 0) {
    out.push({ text: '\n### Planner notes\n', group: 'notes', counted: false });
    for (const n of report.planner) out.push({ text: `- _${n.kind}_: ${sanitizeInline(n.text, { secrets })}`, group: 'notes' });
  }
  if (report.warnings.length > 0) {
    out.push({ text: '\n### Warnings\n', group: 'warnings', counted: false });
    for (const w of report.warnings) out.push({ text: `- ${sanitizeInline(w, { secrets })}`, group: 'warnings' });
  }
  return out;
}
