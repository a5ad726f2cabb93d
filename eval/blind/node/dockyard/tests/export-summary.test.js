'use strict';
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { exportDaily, readExport, summarise } = require('../src/exporter');
const { shipments, LANES } = require('./support/data');

describe('export summary', () => {
  test('summarises the daily export per lane', async () => {
    const day = shipments(35000, { start: 100000 });
    await exportDaily(day);
    const summary = summarise(readExport());
    assert.deepEqual(Object.keys(summary).sort(), [...LANES].sort());
    for (const lane of LANES) assert.equal(summary[lane].shipments, 7000);
  });

  test('totals the weight of a lane to the gram', async () => {
    const day = shipments(30000, { start: 200000 });
    await exportDaily(day);
    const expected = Math.round(day.filter((s) => s.lane === 'RTM-HAM').reduce((kg, s) => kg + s.weightKg, 0) * 100) / 100;
    assert.equal(summarise(readExport())['RTM-HAM'].weightKg, expected);
  });
});
