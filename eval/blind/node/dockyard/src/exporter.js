'use strict';
// Daily export for the finance team, streamed row by row so large days do not sit in memory.
const fs = require('node:fs');
const path = require('node:path');
const { once } = require('node:events');
const { stringify } = require('csv-stringify/sync');
const { parse } = require('csv-parse/sync');
const config = require('./config');

const COLUMNS = ['tracking_id', 'lane', 'weight_kg', 'status', 'scanned_at'];

function dailyFile() {
  return path.join(config.exportDir, 'daily.csv');
}

async function exportDaily(shipments, file = dailyFile()) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const out = fs.createWriteStream(file);
  out.write(stringify([COLUMNS]));
  let n = 0;
  for (const s of shipments) {
    const line = stringify([[s.trackingId, s.lane, s.weightKg.toFixed(2), s.status, s.scannedAt]]);
    if (!out.write(line)) await once(out, 'drain');
    n += 1;
    // Give the event loop a turn every few rows so a big export does not stall the API.
    if (n % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  out.end();
  await once(out, 'finish');
  return { file, rows: n };
}

function readExport(file = dailyFile()) {
  return parse(fs.readFileSync(file, 'utf8'), { columns: true });
}

function summarise(rows) {
  const byLane = {};
  for (const r of rows) {
    const lane = (byLane[r.lane] ||= { shipments: 0, weightKg: 0 });
    lane.shipments += 1;
    lane.weightKg = Math.round((lane.weightKg + Number(r.weight_kg)) * 100) / 100;
  }
  return byLane;
}

module.exports = { exportDaily, readExport, summarise, dailyFile, COLUMNS };
