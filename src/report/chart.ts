// A mermaid `xychart-beta` of failure rate against worker count for the top tests. Mermaid has no
// legend for xychart lines, so the lines are numbered in a list under the chart.
import type { Report, TestAnalysis } from '../model.js';
import { failureRate, workerKeys } from './format.js';
import { codeSpan } from './sanitize.js';

const MAX_LINES = 5;

/** Empty string when there is nothing to plot (one worker count, or no failing test). */
export function failureChart(report: Report, tests: readonly TestAnalysis[], secrets: readonly string[]): string {
  const keys = workerKeys(report);
  const plotted = tests.filter((t) => t.verdict === 'parallel-only' || t.verdict === 'flaky').slice(0, MAX_LINES);
  if (keys.length < 2 || plotted.length === 0) return '';
  const lines = plotted.map((t) => `    line [${keys.map((k) => rateOf(t, k)).join(', ')}]`);
  const legend = plotted.map((t, i) => `${i + 1}. ${codeSpan(t.display, { secrets, max: 120 })}`);
  return [
    '\n### Failure rate by worker count\n',
    '```mermaid',
    'xychart-beta',
    '    title "Failure rate (%) by worker count"',
    `    x-axis "workers" [${keys.map((k) => `"${k}"`).join(', ')}]`,
    '    y-axis "failure rate (%)" 0 --> 100',
    ...lines,
    '```',
    '',
    'Lines, in order:',
    '',
    ...legend,
  ].join('\n');
}

function rateOf(t: TestAnalysis, key: string): number {
  const s = t.byWorkers[key];
  const rate = s === undefined ? null : failureRate(s);
  return rate === null ? 0 : Math.round(rate * 100);
}
