// report.html: one self-contained page (inline CSS, JS and data; a CSP that forbids every
// network load) with the failure-rate heatmap, run timelines, filters and per-test evidence.
// Pure: the same report and timelines give the same bytes.
import type { Report } from '../../model.js';
import { CLIENT_SCRIPT } from './client-script.js';
import { embedJson } from './embed-json.js';
import { pageData } from './page-data.js';
import { STYLES } from './styles.js';
import { MAX_TIMELINE_RUNS, type RunTimeline } from './timeline.js';

export { selectTimelines, type RunTimeline } from './timeline.js';

export interface HtmlExtra {
  /** Runs to draw as timelines (see selectTimelines); report.json does not keep per-test timing. */
  readonly timelines?: readonly RunTimeline[];
  /** Secret values to redact from every untrusted string. */
  readonly secrets?: readonly string[];
}

/** No network, no plugins, no frames: only the inline style and script of this page. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export function renderHtml(report: Report, extra: HtmlExtra = {}): string {
  const data = pageData(report, extra.timelines ?? [], extra.secrets ?? []);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>flakegate report</title>
<style>${STYLES}</style>
</head>
<body>
<header>
<h1 id="fg-title">flakegate report</h1>
<div id="fg-gate" class="gate"></div>
<p id="fg-summary" class="muted"></p>
<noscript><p>This report draws its tables with JavaScript; the same data is in report.json and report.md.</p></noscript>
</header>
<main>
<h2>Failure rate by worker count</h2>
<p class="muted">Each cell is the share of runs at that worker count where the test failed; hover for the counts and the 95% Wilson interval. Failing and suspect tests come first.</p>
<div class="filters">
<span>Verdict:</span><span id="fg-verdicts"></span>
<label>Cause: <select id="fg-cause"><option value="">all causes</option></select></label>
<span id="fg-count" class="muted"></span>
</div>
<table class="heat" id="fg-heatmap"><thead id="fg-heat-head"></thead><tbody id="fg-heat-body"></tbody></table>
<p id="fg-omitted" class="muted"></p>
<h2>Timelines</h2>
<p class="muted">The runs where a parallel-only or flaky test failed (full-suite parallel runs first, then partner-search probes; at most ${MAX_TIMELINE_RUNS}). One lane per worker; each bar runs from a test's start to its end. Choose a failing test (or click its bar) to outline it and its collision partners.</p>
<p class="muted legend"><span><i class="swatch focus"></i>failing test in focus</span><span><i class="swatch partner"></i>its collision partner</span><span><i class="swatch failed"></i>other failures</span><span><i class="swatch passed"></i>passed</span></p>
<div id="fg-timelines"></div>
<h2>Evidence and fixes</h2>
<div id="fg-details"></div>
<h2>Planner notes and warnings</h2>
<ul id="fg-notes"></ul>
</main>
<footer id="fg-footer"></footer>
<script type="application/json" id="fg-data">${embedJson(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
