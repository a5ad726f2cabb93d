'use strict';
const { describe, test, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const store = require('../src/store');
const { importManifest } = require('../src/importer');
const { shipments, manifestCsv, trackingId } = require('./support/data');

describe('manifest import', () => {
  beforeEach(() => store.reset());

  test('imports every valid row of a manifest', () => {
    const result = importManifest(manifestCsv(shipments(6000)));
    assert.deepEqual(result, { rows: 6000, inserted: 6000, duplicates: 0, rejected: [] });
    assert.equal(store.list().length, 6000);
  });

  test('keeps the earliest scan of a shipment manifested twice', () => {
    const [first] = shipments(1);
    importManifest(manifestCsv([{ ...first, scannedAt: '2026-11-02T09:00:00.000Z' }]));
    const again = importManifest(manifestCsv([first]));
    assert.equal(again.duplicates, 1);
    assert.equal(store.get(first.trackingId).scannedAt, first.scannedAt);
  });

  test('reports bad rows with their line numbers and stores the rest', () => {
    const csv = manifestCsv(shipments(3)).replace('AMS-CDG', 'AMSCDG') + 'DY12,AMS-BRU,-4,yesterday,manifested\n';
    const result = importManifest(csv);
    assert.equal(result.inserted, 2);
    assert.deepEqual(
      result.rejected.map((r) => r.line),
      [3, 5],
    );
  });

  test('updates a shipment status', () => {
    importManifest(manifestCsv(shipments(3000)));
    store.updateStatus(trackingId(1), 'loaded');
    assert.deepEqual(
      store.list({ status: 'loaded' }).map((s) => s.trackingId),
      [trackingId(1)],
    );
  });
});
