// What the check cost, for the comment and the job summary: what users pay for is runner time.
import type { Report } from '../model.js';

/** `Runner time: **12.3 min** (15 runs: 11.9 min; estimated 11.0 min after the first run)`, or '' without cost data. */
export function costLine(report: Report): string {
  const cost = report.cost;
  if (cost === undefined) return '';
  const runs = report.runs.length;
  const estimates = cost.estimates.map((e, i) => `${minutes(e.totalMs)} ${i === 0 ? 'after the first run' : `after ${e.afterRun}`}`);
  const estimated = estimates.length > 0 ? `; estimated ${estimates.join(', ')}` : '';
  return `Runner time: **${minutes(cost.actualMs)}** (${runs} run${runs === 1 ? '' : 's'} took ${minutes(cost.runsMs)}${estimated}).`;
}

function minutes(ms: number): string {
  return ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
