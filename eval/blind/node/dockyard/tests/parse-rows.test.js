'use strict';
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { parseManifest, toShipment } = require('../src/manifest');

describe('manifest rows', () => {
  test('parses quoted fields and trims whitespace', () => {
    const rows = parseManifest('tracking_id,lane,weight_kg,scanned_at,status\n DY1000001 ,"AMS-BRU", 4.5 ,2026-11-02T06:00:00Z,"held, customs"\n');
    assert.deepEqual(rows, [{ tracking_id: 'DY1000001', lane: 'AMS-BRU', weight_kg: '4.5', scanned_at: '2026-11-02T06:00:00Z', status: 'held, customs' }]);
  });

  test('skips blank lines', () => {
    assert.equal(parseManifest('tracking_id,lane\n\nDY1000001,AMS-BRU\n\n').length, 1);
  });

  test('normalises a row into a shipment', () => {
    const { shipment } = toShipment({ tracking_id: 'DY1000002', lane: 'RTM-HAM', weight_kg: '12.345', scanned_at: '2026-11-02 07:15:00Z' });
    assert.deepEqual(shipment, { trackingId: 'DY1000002', lane: 'RTM-HAM', weightKg: 12.35, scannedAt: '2026-11-02T07:15:00.000Z', status: 'manifested' });
  });

  test('lists every problem of a bad row', () => {
    const { problems } = toShipment({ tracking_id: 'X1', lane: 'AMS', weight_kg: '0', scanned_at: 'soon' });
    assert.equal(problems.length, 4);
  });

  test('rejects a non-numeric weight', () => {
    const { problems } = toShipment({ tracking_id: 'DY1000003', lane: 'AMS-BRU', weight_kg: 'heavy', scanned_at: '2026-11-02T06:00:00Z' });
    assert.deepEqual(problems, ['bad weight "heavy"']);
  });
});
