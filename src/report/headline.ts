// The first lines of every rendering (report.md, job summary, PR comment, check run title): the
// verdict in one glance, then the counts behind it.
import type { Report } from '../model.js';
import { plural } from './format.js';
import { sanitizeInline } from './sanitize.js';

/** One-line verdict, e.g. `flakegate: 2 parallel-only tests — gate failed`. Plain text (no markdown). */
export function verdictTitle(report: Report): string {
  const s = report.summary;
  const parts: string[] = [];
  if (s.parallelOnly > 0) parts.push(plural(s.parallelOnly, 'parallel-only test'));
  if (s.flaky > 0) parts.push(plural(s.flaky, 'flaky test'));
  if (s.broken > 0) parts.push(plural(s.broken, 'broken test'));
  if (s.lost > 0) parts.push(plural(s.lost, 'lost test'));
  const found = parts.length > 0 ? parts.join(', ') : 'no parallel-only or flaky tests';
  return `flakegate: ${found} — gate ${report.gate.failed ? 'failed' : 'passed'}`;
}

/** `## ❌ flakegate: ...` heading, the gate's reason, and the counts line. */
export function headline(report: Report, secrets: readonly string[], level = 2): string {
  const icon = report.gate.failed ? '❌' : report.summary.parallelOnly + report.summary.flaky > 0 ? '⚠️' : '✅';
  const reason = report.gate.reason ? `\n> ${sanitizeInline(report.gate.reason, { secrets })}\n` : '';
  return `${'#'.repeat(level)} ${icon} ${sanitizeInline(verdictTitle(report), { secrets })}\n${reason}\n${countsLine(report)}`;
}

/** `**2** parallel-only · **1** flaky · ... across 15 runs (workers 1, 2, 4 × 5 iterations, fail-on parallel-only)`. */
export function countsLine(report: Report): string {
  const s = report.summary;
  const counts = [
    `**${s.parallelOnly}** parallel-only`,
    `**${s.flaky}** flaky`,
    `**${s.broken}** broken`,
    `**${s.lost}** lost`,
    `**${s.stable}** stable`,
    `**${s.skipped}** skipped`,
  ].join(' · ');
  const c = report.config;
  return `${counts} — ${plural(report.runs.length, 'run')} (workers ${c.workers.join(', ')} × ${c.iterations} iterations, fail-on \`${c.failOn}\`)`;
}
