// How a verdict's statistic is printed, always with the sample it rests on (report.json
// tests[].sample): the terminal's evidence column, the comment's and summary's details, the
// annotations and the HTML page say the same thing in more or fewer words. Pure.
import type { DecisionSample, SampleArm, TestAnalysis } from '../model.js';
import { formatP, plural } from './format.js';

/** An e-value in a few characters: `1.0`, `41`, `3.1e3`. */
export function formatE(x: number): string {
  if (x < 10) return x.toFixed(1);
  if (x < 1000) return String(Math.round(x));
  return x.toExponential(1).replace('e+', 'e');
}

/** The evidence column: `e 3.1e3 ≥ 2.0e3` (confirmation runs), `p 0.084 (all runs)`, or `–`. */
export function evidenceCell(t: TestAnalysis): string {
  const s = t.sample;
  if (s === undefined) return '–';
  if (s.source === 'confirmation' && s.eValue !== undefined && s.threshold !== undefined) {
    return `e ${formatE(s.eValue)} ${s.eValue >= s.threshold ? '≥' : '<'} ${formatE(s.threshold)}`;
  }
  return t.pValue === null ? 'all runs' : `p ${formatP(t.pValue)} (all runs)`;
}

/** `serial 0/16 at 1 worker, parallel 7/8 at 4 workers`. */
export function armsText(s: DecisionSample): string {
  return `serial ${arm(s.serial)}, parallel ${arm(s.parallel)}`;
}

function arm(a: SampleArm): string {
  const at = a.workers.length === 0 ? '' : ` at ${a.workers.join('/')} ${a.workers.length === 1 && a.workers[0] === 1 ? 'worker' : 'workers'}`;
  return `${a.failed}/${a.n}${at}`;
}

/** `runs s-016…s-047 (16) and p-017…p-045 (8)`: where the counts came from (every id is in report.json). */
export function runsText(s: DecisionSample): string {
  const span = (a: SampleArm): string => {
    if (a.runs.length === 0) return 'none';
    if (a.runs.length <= 2) return a.runs.join(', ');
    return `${a.runs[0]}…${a.runs.at(-1)} (${a.runs.length})`;
  };
  return `runs ${span(s.serial)} and ${span(s.parallel)}`;
}

/**
 * The whole statement: which sample, its counts, the statistic and what it is compared with.
 * E.g. `confirmation runs (8 blocks): serial 0/16 at 1 worker, parallel 7/8 at 4 workers; e-value
 * 3.1e3 ≥ 2.0e3 = 20 suspects / 1%`.
 */
export function sampleSentence(t: TestAnalysis): string | null {
  const s = t.sample;
  if (s === undefined) return null;
  if (s.source === 'confirmation' && s.eValue !== undefined && s.threshold !== undefined) {
    const yardstick = s.suspects !== undefined && s.alpha !== undefined ? ` = ${plural(s.suspects, 'suspect')} / ${Math.round(s.alpha * 1000) / 10}%` : '';
    const blocks = s.blocks === undefined ? '' : ` (${plural(s.blocks, 'block')})`;
    return `confirmation runs${blocks}: ${armsText(s)}; e-value ${formatE(s.eValue)} ${s.eValue >= s.threshold ? '≥' : '<'} ${formatE(s.threshold)}${yardstick}`;
  }
  const stats: string[] = [];
  if (t.pValue !== null) stats.push(`Fisher one-sided p = ${formatP(t.pValue)}`);
  if (t.probParallelWorse !== null) stats.push(`P(parallel worse) = ${t.probParallelWorse.toFixed(2)}`);
  return `all counted runs (descriptive: no guarantee rests on them): ${armsText(s)}${stats.length > 0 ? `; ${stats.join(', ')}` : ''}`;
}

/** `about 12 more runs would decide`, for a parallel-only test below `confirmed`. */
export function decideText(t: TestAnalysis): string | null {
  if (t.verdict !== 'parallel-only' || t.confidence === 'confirmed' || t.runsToDecide === undefined) return null;
  return `about ${plural(t.runsToDecide, 'more run')} would decide`;
}
