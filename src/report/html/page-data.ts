// The data the HTML page renders, built from the report: every untrusted string cleaned
// (controls stripped, secrets redacted, length bounded) and the test list bounded, findings first.
import type { Report, TestAnalysis } from '../../model.js';
import { compareFindings, failureRate, workerKeys } from '../format.js';
import { decideText, evidenceCell, sampleSentence } from '../sample-label.js';
import { redactSecrets, stripControl, truncate } from '../sanitize.js';
import type { RunTimeline } from './timeline.js';

/** Non-stable tests embedded in full; beyond this they are counted, not drawn. */
export const MAX_FINDING_ROWS = 2000;
/** Stable tests are collapsed: only this many rows are embedded. */
export const MAX_STABLE_ROWS = 100;

const NAME_MAX = 300;
const TEXT_MAX = 1000;
const EXAMPLE_MAX = 4000;

export interface Cell {
  readonly w: string;
  readonly ran: number;
  readonly failed: number;
  readonly lost: number;
  /** Failure rate over runs where it ran; null when it never ran at this count. */
  readonly rate: number | null;
  readonly low: number;
  readonly high: number;
}

export interface PageTest {
  readonly id: string;
  readonly name: string;
  readonly location: string;
  readonly verdict: string;
  readonly confidence: string;
  /** The statistic in a few words (`e 3.1e3 ≥ 2.0e3`), and the sentence naming the sample it rests on. */
  readonly evidence: string;
  readonly sample: string;
  /** `about 12 more runs would decide`, or ''. */
  readonly decide: string;
  readonly threshold: number | null;
  readonly cluster: number | null;
  readonly partners: readonly string[];
  /** The partners are tests it needs to run before it, not collision partners. */
  readonly partnersRunBefore: boolean;
  /** Resources the probe saw shared where it failed in parallel, one line each. */
  readonly shared: readonly string[];
  readonly cells: readonly Cell[];
  readonly messages: readonly string[];
  readonly causes: readonly {
    readonly cause: string;
    readonly score: number;
    readonly evidence: readonly { readonly kind: string; readonly text: string; readonly at: string }[];
    readonly fix: { readonly summary: string; readonly example: string };
  }[];
}

export interface PageData {
  readonly title: string;
  readonly gate: { readonly failed: boolean; readonly reason: string };
  readonly summary: Report['summary'];
  readonly workers: readonly string[];
  readonly runs: number;
  readonly tests: readonly PageTest[];
  readonly omitted: { readonly findings: number; readonly stable: number };
  readonly timelines: readonly RunTimeline[];
  readonly notes: readonly string[];
  readonly warnings: readonly string[];
  readonly command: string;
  readonly version: string;
}

export function pageData(report: Report, timelines: readonly RunTimeline[], secrets: readonly string[]): PageData {
  const clean = (text: string, max = TEXT_MAX): string => truncate(redactSecrets(stripControl(text), secrets), max);
  const workers = workerKeys(report);
  const sorted = [...report.tests].sort(compareFindings);
  const findings = sorted.filter((t) => t.verdict !== 'stable');
  const stable = sorted.filter((t) => t.verdict === 'stable');
  const shown = [...findings.slice(0, MAX_FINDING_ROWS), ...stable.slice(0, MAX_STABLE_ROWS)];
  const toPage = (t: TestAnalysis): PageTest => ({
    id: clean(t.id, NAME_MAX),
    name: clean(t.display, NAME_MAX),
    location: t.file === undefined ? '' : clean(t.line === undefined ? t.file : `${t.file}:${t.line}`, NAME_MAX),
    verdict: t.verdict,
    confidence: t.confidence,
    evidence: evidenceCell(t),
    sample: clean(sampleSentence(t) ?? ''),
    decide: decideText(t) ?? '',
    threshold: t.threshold,
    cluster: t.cluster,
    partners: (t.partners ?? []).slice(0, 20).map((p) => clean(p, NAME_MAX)),
    partnersRunBefore: t.partnersRunBefore === true,
    shared: (t.probe ?? []).slice(0, 3).map((f) => clean(`${f.resource} (${f.ops.join('/')} by ${f.processes} processes in ${f.runs.length} failing parallel run${f.runs.length === 1 ? '' : 's'}${f.err === undefined ? '' : `, ${f.err}`})`, NAME_MAX)),
    cells: workers.map((w) => {
      const s = t.byWorkers[w];
      if (s === undefined) return { w, ran: 0, failed: 0, lost: 0, rate: null, low: 0, high: 0 };
      return { w, ran: s.passed + s.failed, failed: s.failed, lost: s.lost, rate: failureRate(s), low: s.rateLow, high: s.rateHigh };
    }),
    messages: t.verdict === 'stable' ? [] : t.messages.slice(0, 3).map((m) => clean(m)),
    causes: t.causes.slice(0, 5).map((c) => ({
      cause: c.cause,
      score: c.score,
      evidence: c.evidence.slice(0, 10).map((e) => ({ kind: e.kind, text: clean(e.text), at: e.file === undefined ? '' : clean(e.line === undefined ? e.file : `${e.file}:${e.line}`, NAME_MAX) })),
      fix: { summary: clean(c.fix.summary), example: clean(c.fix.example ?? '', EXAMPLE_MAX) },
    })),
  });
  const cleanTimeline = (tl: RunTimeline): RunTimeline => {
    const failing = tl.failing.map((id) => clean(id, NAME_MAX));
    if (tl.kind === 'untimed') return { ...tl, failing };
    return { ...tl, failing, bars: tl.bars.map((b) => ({ ...b, test: clean(b.test, NAME_MAX), worker: clean(b.worker, 40) })) };
  };
  return {
    title: `flakegate report: ${report.gate.failed ? 'gate failed' : 'gate passed'}`,
    gate: { failed: report.gate.failed, reason: clean(report.gate.reason) },
    summary: report.summary,
    workers,
    runs: report.runs.length,
    tests: shown.map(toPage),
    omitted: { findings: Math.max(0, findings.length - MAX_FINDING_ROWS), stable: Math.max(0, stable.length - MAX_STABLE_ROWS) },
    timelines: timelines.map(cleanTimeline),
    notes: report.planner.slice(0, 50).map((n) => clean(`${n.kind}: ${n.text}`)),
    warnings: report.warnings.slice(0, 50).map((w) => clean(w)),
    command: clean(report.config.command, NAME_MAX),
    version: report.tool.version,
  };
}
