'use strict';
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { exportDaily, readExport, COLUMNS } = require('../src/exporter');
const { shipments } = require('./support/data');

describe('daily export', () => {
  test('writes one row per shipment under the finance header', async () => {
    const day = shipments(40000);
    const { file, rows } = await exportDaily(day);
    assert.equal(rows, 40000);
    const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.equal(lines[0], COLUMNS.join(','));
    assert.deepEqual(
      lines.slice(1).map((l) => l.slice(0, 9)),
      day.map((s) => s.trackingId),
    );
  });

  test('round-trips weights and scan times', async () => {
    const day = shipments(30000, { start: 500 });
    await exportDaily(day);
    const back = readExport();
    assert.equal(back.length, 30000);
    assert.deepEqual(back[17], {
      tracking_id: day[17].trackingId,
      lane: day[17].lane,
      weight_kg: day[17].weightKg.toFixed(2),
      status: day[17].status,
      scanned_at: day[17].scannedAt,
    });
  });

  test('quotes a lane note containing a comma', async () => {
    // A throwaway file of its own: this test only checks quoting.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockyard-export-'));
    const file = path.join(dir, 'quoted.csv');
    await exportDaily([{ trackingId: 'DY1000001', lane: 'AMS-BRU', weightKg: 3, status: 'held, customs', scannedAt: '2026-11-02T06:00:00.000Z' }], file);
    assert.match(fs.readFileSync(file, 'utf8'), /"held, customs"/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
