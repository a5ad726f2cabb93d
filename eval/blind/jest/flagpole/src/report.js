'use strict';
// Usage reports built from the exposure collector.
const config = require('./config');

async function exposureSummary(flagKey, collectorUrl = config.collectorUrl) {
  const res = await fetch(`${collectorUrl}/exposures/summary?flag=${encodeURIComponent(flagKey)}`);
  if (!res.ok) throw new Error(`collector answered ${res.status}`);
  return res.json();
}

function formatTable(rows) {
  const header = ['flag', 'users', 'on', 'off'];
  const lines = rows.map((r) => [r.flag, String(r.users), String(r.byVariant.on || 0), String(r.byVariant.off || 0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const fmt = (cols) => cols.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

module.exports = { exposureSummary, formatTable };
