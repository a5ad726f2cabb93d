'use strict';
const { parseManifest, toShipment } = require('./manifest');
const store = require('./store');

/** Imports a manifest CSV; bad rows are reported with their line number, good rows stored. */
function importManifest(text) {
  const rows = parseManifest(text);
  const good = [];
  const rejected = [];
  rows.forEach((row, i) => {
    const { shipment, problems } = toShipment(row);
    if (shipment) good.push(shipment);
    else rejected.push({ line: i + 2, problems });
  });
  const { inserted, duplicates } = store.insertMany(good);
  return { rows: rows.length, inserted, duplicates, rejected };
}

module.exports = { importManifest };
