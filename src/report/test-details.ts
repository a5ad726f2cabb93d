// Per-test evidence, collapsed: location, statistics, cluster partners, every cause with its
// fix and evidence, and a few failure messages. Everything from the test process is sanitised.
import { scoreLabel } from '../explain/score-scale.js';
import type { CauseFinding, Report, TestAnalysis } from '../model.js';
import { plural, VERDICT_MEANING } from './format.js';
import { decideText, runsText, sampleSentence } from './sample-label.js';
import { codeSpan, htmlCode, sanitizeBlock, sanitizeInline } from './sanitize.js';

export interface DetailsOptions {
  readonly secrets: readonly string[];
  /** Failure messages shown per test. */
  readonly messages?: number;
  /** Characters per message block. */
  readonly messageMax?: number;
}

export function testDetails(report: Report, t: TestAnalysis, opts: DetailsOptions): string {
  const { secrets } = opts;
  const summary = `<b>${t.verdict}</b> ${htmlCode(t.display, { secrets, max: 120 })} — ${VERDICT_MEANING[t.verdict]}${
    t.threshold === null ? '' : `, from ${plural(t.threshold, 'worker')}`
  }`;
  const lines: string[] = [`- **Id:** ${codeSpan(t.display, { secrets, max: 300 })}`];
  if (t.file !== undefined) lines.push(`- **Location:** ${codeSpan(t.line === undefined ? t.file : `${t.file}:${t.line}`, { secrets })}`);
  lines.push(`- **Confidence:** ${t.confidence}${statistics(t)}`);
  const cluster = t.cluster === null ? undefined : report.clusters.find((c) => c.id === t.cluster);
  if (cluster !== undefined) {
    const partners = cluster.tests.filter((id) => id !== t.id);
    const names = partners.slice(0, 10).map((id) => codeSpan(nameOf(report, id), { secrets, max: 80 }));
    const more = partners.length > 10 ? ` and ${partners.length - 10} more` : '';
    lines.push(`- **Fails together with** (cluster #${cluster.id}, ${plural(cluster.runs.length, 'run')}): ${names.join(', ')}${more}`);
  }
  if (t.partners !== undefined && t.partners.length > 0) {
    const names = t.partners.slice(0, 10).map((id) => codeSpan(nameOf(report, id), { secrets, max: 80 }));
    const how = t.probe !== undefined && t.probe.length > 0 ? 'partner search, or the tests the resource probe saw on the same resource' : 'partner search: fails when run concurrently with';
    lines.push(
      t.partnersRunBefore === true
        ? `- **Needs to run after** (serial replays of what ran before it: passes after it, fails without): ${names.join(', ')}`
        : `- **Collision partner${t.partners.length === 1 ? '' : 's'}** (${how}): ${names.join(', ')}`,
    );
  }
  for (const f of (t.probe ?? []).slice(0, 3)) {
    const runs = `${plural(f.runs.length, 'failing parallel run')} (${f.runs.slice(0, 3).join(', ')}${f.runs.length > 3 ? ', …' : ''})`;
    lines.push(`- **Shared resource** (resource probe): ${codeSpan(f.resource, { secrets, max: 200 })}, ${f.ops.join('/')} by ${plural(f.processes, 'process', 'processes')} in ${runs}${f.err === undefined ? '' : `, ${f.err}`}`);
  }
  if (t.causes.length === 0) lines.push('- **Likely cause:** not determined (no matching evidence)');
  for (const c of t.causes) lines.push(...causeLines(c, secrets));
  const messages = t.messages.slice(0, opts.messages ?? 2);
  if (messages.length > 0) {
    lines.push('', '**Failure messages:**');
    for (const m of messages) lines.push('', sanitizeBlock(m, { secrets, max: opts.messageMax ?? 1500 }));
  }
  return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

/** The statistic with the sample it rests on, and what would decide it. */
function statistics(t: TestAnalysis): string {
  const parts: string[] = [];
  const sample = t.sample === undefined ? null : sampleSentence(t);
  if (sample !== null && t.sample !== undefined) parts.push(`on ${sample} (${runsText(t.sample)})`);
  const decide = decideText(t);
  if (decide !== null) parts.push(decide);
  else if (t.runsToDecide !== undefined && t.confidence === 'insufficient') parts.push(`about ${plural(t.runsToDecide, 'more run')} per arm would decide`);
  return parts.length > 0 ? ` — ${parts.join('; ')}` : '';
}

function causeLines(c: CauseFinding, secrets: readonly string[]): string[] {
  const out = [`- **Cause \`${c.cause}\`** (${scoreLabel(c.score)}, score ${c.score.toFixed(2)}): ${sanitizeInline(c.fix.summary, { secrets, max: 400 })}`];
  for (const e of c.evidence.slice(0, 8)) {
    const where = e.file === undefined ? '' : ` at ${codeSpan(e.line === undefined ? e.file : `${e.file}:${e.line}`, { secrets })}`;
    out.push(`  - _${e.kind}_: ${sanitizeInline(e.text, { secrets, max: 300 })}${where}`);
  }
  if (c.evidence.length > 8) out.push(`  - … ${plural(c.evidence.length - 8, 'more piece')} of evidence in report.json`);
  if (c.fix.example !== undefined) out.push('', indent(sanitizeBlock(c.fix.example, { secrets, max: 1500 })));
  return out;
}

function indent(block: string): string {
  return block
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function nameOf(report: Report, id: string): string {
  const t = report.tests.find((x) => x.id === id);
  return t === undefined ? id : t.display;
}
