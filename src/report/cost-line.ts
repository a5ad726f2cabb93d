// What the check cost, for the comment and the job summary: what users pay for is runner time.
import type { Report } from '../model.js';

/** `Runner time: **12.3 min** (15 runs: 11.9 min; estimated 11.0 min after the first run)`, or '' without cost data. */
export function costLine(report: Report): string {
  const cost = report.cost;
  if (cost === undefined) return '';
  const runs = report.runs.length;
  const estimates = cost.estimates.map((e, i) => `${minutes(e.totalMs)} ${i === 0 ? 'after the first run' : `after ${e.afterRun}`}`);
  const estimated = estimates.length > 0 ? `; estimated ${estimates.join(', ')}` : '';
  const cut = budgetCuts(report);
  return `Runner time: **${minutes(cost.actualMs)}** (${runs} run${runs === 1 ? '' : 's'} took ${minutes(cost.runsMs)}${estimated}).${cut === '' ? '' : ` Cut to fit: ${cut}.`}`;
}

/** What the budget (or the experiments' time share) left out, from the planner's `budget` notes. */
export function budgetCuts(report: Pick<Report, 'planner'>): string {
  const texts = report.planner.filter((n) => n.kind === 'budget').map((n) => n.text);
  const parts: string[] = [];
  const discovery = texts.find((t) => t.startsWith('discovery budget'))?.match(/skipped \d+ of \d+ planned full-suite runs/)?.[0];
  if (discovery !== undefined) parts.push(`discovery ${discovery}`);
  if (texts.some((t) => t.startsWith('budget:'))) parts.push('confirmation runs the budget did not fit (planner notes)');
  const searches = texts.filter((t) => t.includes('partner search stopped')).length;
  if (searches > 0) parts.push(`the partner search of ${searches} test${searches === 1 ? '' : 's'}`);
  const replays = texts.filter((t) => t.includes('order replay stopped')).length;
  if (replays > 0) parts.push(`the order replay of ${replays} test${replays === 1 ? '' : 's'}`);
  return parts.join('; ');
}

function minutes(ms: number): string {
  return ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
