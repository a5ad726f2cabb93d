'use strict';
// Shipment store: one JSON document, read and rewritten whole on every change.
const fs = require('node:fs');
const path = require('node:path');
const config = require('./config');

function readAll() {
  try {
    return JSON.parse(fs.readFileSync(config.storeFile, 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return { shipments: {} };
    throw err;
  }
}

function writeAll(db) {
  fs.mkdirSync(path.dirname(config.storeFile), { recursive: true });
  fs.writeFileSync(config.storeFile, JSON.stringify(db));
}

function reset() {
  writeAll({ shipments: {} });
}

/** Inserts new shipments; a tracking id already stored keeps its earliest scan. */
function insertMany(shipments) {
  const db = readAll();
  let inserted = 0;
  let duplicates = 0;
  for (const s of shipments) {
    const old = db.shipments[s.trackingId];
    if (old) {
      duplicates += 1;
      if (s.scannedAt < old.scannedAt) old.scannedAt = s.scannedAt;
    } else {
      db.shipments[s.trackingId] = s;
      inserted += 1;
    }
  }
  writeAll(db);
  return { inserted, duplicates };
}

function get(trackingId) {
  return readAll().shipments[trackingId] || null;
}

function list({ status, lane } = {}) {
  return Object.values(readAll().shipments)
    .filter((s) => (!status || s.status === status) && (!lane || s.lane === lane))
    .sort((a, b) => a.trackingId.localeCompare(b.trackingId));
}

function updateStatus(trackingId, status) {
  const db = readAll();
  const s = db.shipments[trackingId];
  if (!s) throw new Error(`unknown shipment ${trackingId}`);
  s.status = status;
  writeAll(db);
  return s;
}

module.exports = { reset, insertMany, get, list, updateStatus };
