'use strict';
// Carrier manifests: CSV rows to validated shipment records.
const { parse } = require('csv-parse/sync');

const TRACKING_RE = /^DY\d{7}$/;
const LANE_RE = /^[A-Z]{3}-[A-Z]{3}$/;

function parseManifest(text) {
  return parse(text, { columns: true, skip_empty_lines: true, trim: true });
}

/** One CSV row to a shipment, or a list of problems. */
function toShipment(row) {
  const problems = [];
  if (!TRACKING_RE.test(row.tracking_id || '')) problems.push(`bad tracking id ${JSON.stringify(row.tracking_id)}`);
  const weight = Number(row.weight_kg);
  if (!Number.isFinite(weight) || weight <= 0) problems.push(`bad weight ${JSON.stringify(row.weight_kg)}`);
  if (!LANE_RE.test(row.lane || '')) problems.push(`bad lane ${JSON.stringify(row.lane)}`);
  const scannedAt = Date.parse(row.scanned_at);
  if (Number.isNaN(scannedAt)) problems.push(`bad scan time ${JSON.stringify(row.scanned_at)}`);
  if (problems.length) return { problems };
  return {
    shipment: {
      trackingId: row.tracking_id,
      lane: row.lane,
      weightKg: Math.round(weight * 100) / 100,
      scannedAt: new Date(scannedAt).toISOString(),
      status: row.status || 'manifested',
    },
  };
}

module.exports = { parseManifest, toShipment, TRACKING_RE, LANE_RE };
