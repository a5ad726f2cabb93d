'use strict';
// Deterministic test data: the same manifests and network plan on every run.
const LANES = ['AMS-BRU', 'AMS-CDG', 'RTM-HAM', 'RTM-ANR', 'EIN-DUS'];

function trackingId(i) {
  return `DY${String(1000000 + i).padStart(7, '0')}`;
}

function shipments(n, { start = 0 } = {}) {
  const out = [];
  for (let i = start; i < start + n; i += 1) {
    out.push({
      trackingId: trackingId(i),
      lane: LANES[i % LANES.length],
      weightKg: 5 + ((i * 37) % 400) / 2,
      scannedAt: new Date(Date.UTC(2026, 10, 2, 6, 0, 0) + i * 60000).toISOString(),
      status: i % 7 === 0 ? 'exception' : 'manifested',
    });
  }
  return out;
}

function manifestCsv(list) {
  const rows = list.map((s) => `${s.trackingId},${s.lane},${s.weightKg},${s.scannedAt},${s.status}`);
  return ['tracking_id,lane,weight_kg,scanned_at,status', ...rows].join('\n') + '\n';
}

function networkLegs(n) {
  const hubs = ['AMS', 'BRU', 'CDG', 'RTM', 'HAM', 'ANR', 'EIN', 'DUS'];
  const legs = [];
  for (let i = 0; i < n; i += 1) {
    legs.push({
      from: hubs[i % hubs.length],
      to: hubs[(i * 3 + 1) % hubs.length],
      door: 1 + ((i * 7) % 40),
      cutoff: `${String(14 + ((i * 5) % 8)).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}`,
      carrier: ['PostNL', 'DHL', 'GLS'][i % 3],
    });
  }
  return legs;
}

module.exports = { LANES, trackingId, shipments, manifestCsv, networkLegs };
