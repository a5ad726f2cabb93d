// The page's only script (inline, allowed by the page's CSP). It reads the embedded JSON and
// builds the DOM; every test-derived string goes in through textContent, title or setAttribute,
// never innerHTML, so a hostile test name stays text. Plain ES2017, no template literals inside.
export const CLIENT_SCRIPT = String.raw`(function () {
'use strict';
var data = JSON.parse(document.getElementById('fg-data').textContent);
var VERDICTS = ['parallel-only', 'flaky', 'broken', 'lost', 'skipped', 'stable'];
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function pct(x) { return Math.round(x * 100) + '%'; }
function byId(id) { return document.getElementById(id); }
var testsById = {};
data.tests.forEach(function (t, i) { t.index = i; testsById[t.id] = t; });

// Header
byId('fg-title').textContent = data.title;
var gate = byId('fg-gate');
gate.textContent = (data.gate.failed ? 'Gate FAILED: ' : 'Gate passed: ') + data.gate.reason;
gate.className = data.gate.failed ? 'gate failed' : 'gate passed';
var s = data.summary;
byId('fg-summary').textContent = s.parallelOnly + ' parallel-only · ' + s.flaky + ' flaky · ' + s.broken + ' broken · ' + s.lost + ' lost · ' + s.stable + ' stable · ' + s.skipped + ' skipped, over ' + data.runs + ' runs at worker counts ' + data.workers.join(', ');

// Filters
var present = {};
var causes = {};
data.tests.forEach(function (t) { present[t.verdict] = (present[t.verdict] || 0) + 1; t.causes.forEach(function (c) { causes[c.cause] = true; }); });
var verdictBox = byId('fg-verdicts');
VERDICTS.forEach(function (v) {
  if (!present[v]) return;
  var label = el('label', 'filter');
  var box = el('input');
  box.type = 'checkbox';
  box.checked = true;
  box.value = v;
  box.setAttribute('data-verdict-filter', v);
  box.addEventListener('change', applyFilters);
  label.appendChild(box);
  label.appendChild(el('span', 'verdict v-' + v, v + ' (' + present[v] + ')'));
  verdictBox.appendChild(label);
});
var causeSelect = byId('fg-cause');
Object.keys(causes).sort().forEach(function (c) { var o = el('option', '', c); o.value = c; causeSelect.appendChild(o); });
causeSelect.addEventListener('change', applyFilters);

// Heatmap
var head = byId('fg-heat-head');
var hr = el('tr');
hr.appendChild(el('th', '', 'Test'));
hr.appendChild(el('th', '', 'Verdict'));
data.workers.forEach(function (w) { hr.appendChild(el('th', 'num', w + (w === '1' ? ' worker' : ' workers'))); });
head.appendChild(hr);
var body = byId('fg-heat-body');
var rows = [];
data.tests.forEach(function (t) {
  var tr = el('tr', 'row');
  tr.setAttribute('data-verdict', t.verdict);
  tr.setAttribute('data-test', t.id);
  var name = el('td', 'name');
  var link = el('a', '', t.name);
  if (t.verdict !== 'stable') { link.href = '#fg-t' + t.index; link.addEventListener('click', function () { var d = byId('fg-t' + t.index); if (d) d.open = true; }); }
  name.appendChild(link);
  if (t.location) name.appendChild(el('div', 'loc', t.location));
  tr.appendChild(name);
  var vc = el('td');
  vc.appendChild(el('span', 'verdict v-' + t.verdict, t.verdict));
  if (t.verdict !== 'stable') vc.appendChild(el('span', 'tier', ' ' + t.confidence));
  tr.appendChild(vc);
  t.cells.forEach(function (c) {
    var td = el('td', 'cell num');
    if (c.rate === null) {
      td.textContent = c.lost > 0 ? c.lost + ' lost' : '–';
      td.title = c.lost > 0 ? c.lost + ' lost at ' + c.w + ' workers' : 'did not run at ' + c.w + ' workers';
      td.className += ' empty';
    } else {
      td.textContent = pct(c.rate);
      td.style.backgroundColor = c.failed === 0 ? 'rgba(46, 160, 67, 0.18)' : 'rgba(218, 54, 51, ' + (0.2 + 0.8 * c.rate).toFixed(2) + ')';
      if (c.rate >= 0.5) td.className += ' hot';
      td.title = c.failed + '/' + c.ran + ' failed at ' + c.w + ' workers (' + pct(c.rate) + '); 95% Wilson interval ' + pct(c.low) + '–' + pct(c.high) + (c.lost > 0 ? '; ' + c.lost + ' lost' : '');
    }
    td.setAttribute('data-workers', c.w);
    tr.appendChild(td);
  });
  body.appendChild(tr);
  rows.push({ el: tr, test: t });
});
var omitted = [];
if (data.omitted.findings > 0) omitted.push(data.omitted.findings + ' more failing or suspect tests not shown');
if (data.omitted.stable > 0) omitted.push(data.omitted.stable + ' more stable tests collapsed');
byId('fg-omitted').textContent = omitted.length ? omitted.join('; ') + ' (all are in report.json).' : '';

// Per-test details: verdict, tier, statistics, partners, causes with evidence and fixes.
var details = byId('fg-details');
var detailEls = [];
data.tests.forEach(function (t) {
  if (t.verdict === 'stable') return;
  var d = el('details', 'test');
  d.id = 'fg-t' + t.index;
  d.setAttribute('data-verdict', t.verdict);
  var sum = el('summary');
  sum.appendChild(el('span', 'verdict v-' + t.verdict, t.verdict));
  sum.appendChild(el('span', 'tname', ' ' + t.name));
  d.appendChild(sum);
  var dl = el('dl');
  function row(k, v) { dl.appendChild(el('dt', '', k)); dl.appendChild(el('dd', '', v)); }
  row('id', t.name);
  if (t.location) row('location', t.location);
  row('tier', t.confidence);
  row('evidence', t.evidence + (t.decide ? ' (' + t.decide + ')' : ''));
  if (t.sample) row('on the sample', t.sample);
  row('threshold', t.threshold === null ? '–' : 'fails from ' + t.threshold + ' workers');
  if (t.cluster !== null) row('cluster', '#' + t.cluster);
  row(t.partnersRunBefore ? 'needs to run after' : 'collision partners', t.partners.length ? t.partners.join(', ') : 'none found');
  if (t.shared.length) row('shared resource (probe)', t.shared.join('; '));
  d.appendChild(dl);
  t.messages.forEach(function (m) { d.appendChild(el('pre', 'msg', m)); });
  t.causes.forEach(function (c) {
    var box = el('div', 'cause');
    box.appendChild(el('h4', '', c.cause + ' (score ' + c.score.toFixed(2) + ')'));
    var ul = el('ul');
    c.evidence.forEach(function (e) {
      var li = el('li');
      li.appendChild(el('span', 'ekind', e.kind + ': '));
      li.appendChild(el('span', '', e.text));
      if (e.at) li.appendChild(el('code', 'at', ' ' + e.at));
      ul.appendChild(li);
    });
    box.appendChild(ul);
    box.appendChild(el('p', 'fix', 'Fix: ' + c.fix.summary));
    if (c.fix.example) box.appendChild(el('pre', 'example', c.fix.example));
    d.appendChild(box);
  });
  if (t.causes.length === 0) d.appendChild(el('p', 'muted', 'No cause identified.'));
  details.appendChild(d);
  detailEls.push({ el: d, test: t });
});
if (detailEls.length === 0) details.appendChild(el('p', 'muted', 'No test failed or went missing.'));

// Timelines: lanes per worker, bars from start to end; failing suspects and their partners marked.
var tlBox = byId('fg-timelines');
if (data.timelines.length === 0) tlBox.appendChild(el('p', 'muted', 'No run had a failing suspect test.'));
data.timelines.forEach(function (tl) {
  var sec = el('section', 'timeline');
  sec.setAttribute('data-run', tl.run);
  sec.appendChild(el('h3', '', 'Run ' + tl.run + ' (' + tl.phase + ', ' + tl.workers + (tl.workers === 1 ? ' worker)' : ' workers)')));
  // One failing suspect is in focus (outlined red) with its collision partners (amber); the
  // select moves the focus. Default: the first failing test whose partners are known.
  var focusable = tl.failing.filter(function (id) { return testsById[id]; });
  var withPartners = focusable.filter(function (id) { return testsById[id].partners.length > 0; });
  var pick = el('label', 'focus', 'Highlight failing test: ');
  var select = el('select');
  select.setAttribute('data-focus-run', tl.run);
  focusable.forEach(function (id) { var o = el('option', '', testsById[id].name); o.value = id; select.appendChild(o); });
  if (withPartners.length) select.value = withPartners[0];
  pick.appendChild(select);
  var partnerNote = el('span', 'muted');
  pick.appendChild(partnerNote);
  sec.appendChild(pick);
  if (tl.kind === 'untimed') {
    sec.appendChild(el('p', 'untimed', 'No timing data for this run (its reports record no worker and start/end times).'));
    tlBox.appendChild(sec);
    return;
  }
  var total = 1;
  var lanes = {};
  var bars = [];
  tl.bars.forEach(function (b) { total = Math.max(total, b.end); (lanes[b.worker] = lanes[b.worker] || []).push(b); });
  Object.keys(lanes).sort().forEach(function (w) {
    var lane = el('div', 'lane');
    lane.appendChild(el('div', 'lane-label', w));
    var track = el('div', 'track');
    lanes[w].forEach(function (b) {
      var bar = el('div', 'bar o-' + b.outcome);
      bar.setAttribute('data-test', b.test);
      bar.style.left = (100 * b.start / total).toFixed(3) + '%';
      bar.style.width = Math.max(0.4, 100 * (b.end - b.start) / total).toFixed(3) + '%';
      var t = testsById[b.test];
      bar.title = (t ? t.name : b.test) + ' — ' + b.outcome + ', ' + b.start + '–' + b.end + ' ms on ' + w;
      bar.addEventListener('click', function () { if (focusable.indexOf(b.test) >= 0) { select.value = b.test; highlight(); } });
      track.appendChild(bar);
      bars.push({ el: bar, test: b.test });
    });
    lane.appendChild(track);
    sec.appendChild(lane);
  });
  function highlight() {
    var focus = testsById[select.value];
    var partners = focus ? focus.partners : [];
    partnerNote.textContent = focus ? (partners.length ? ' — collision partners: ' + partners.map(function (p) { return testsById[p] ? testsById[p].name : p; }).join(', ') : ' — no collision partner found') : '';
    bars.forEach(function (b) {
      b.el.classList.toggle('failing', !!focus && b.test === focus.id);
      b.el.classList.toggle('partner', partners.indexOf(b.test) >= 0);
    });
  }
  select.addEventListener('change', highlight);
  highlight();
  if (tl.omittedBars > 0) sec.appendChild(el('p', 'muted', tl.omittedBars + ' more tests of this run not drawn.'));
  tlBox.appendChild(sec);
});

// Notes and warnings
var notes = byId('fg-notes');
data.notes.forEach(function (n) { notes.appendChild(el('li', '', n)); });
data.warnings.forEach(function (n) { notes.appendChild(el('li', 'warn', n)); });
byId('fg-footer').textContent = 'flakegate ' + data.version + ' · command: ' + data.command;

function applyFilters() {
  var on = {};
  Array.prototype.forEach.call(verdictBox.querySelectorAll('input'), function (b) { on[b.value] = b.checked; });
  var cause = causeSelect.value;
  var shown = 0;
  function visible(t) { return on[t.verdict] !== false && (cause === '' || t.causes.some(function (c) { return c.cause === cause; })); }
  rows.forEach(function (r) { var v = visible(r.test); r.el.hidden = !v; if (v) shown++; });
  detailEls.forEach(function (d) { d.el.hidden = !visible(d.test); });
  byId('fg-count').textContent = shown + ' of ' + rows.length + ' tests shown';
}
applyFilters();
document.body.setAttribute('data-ready', 'true');
})();`;
