'use strict';
const { describe, test, before } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const config = require('../src/config');
const { buildLaneIndex, saveLaneIndex } = require('../src/lanes');
const { networkLegs } = require('./support/data');

describe('lane index builder', () => {
  // Always rebuild from the network plan: a stale index would route to closed doors.
  before(() => fs.rmSync(config.laneIndexFile, { force: true }));

  test('keeps the earliest cut-off per lane', () => {
    const index = buildLaneIndex([
      { from: 'AMS', to: 'BRU', door: 4, cutoff: '17:30', carrier: 'DHL' },
      { from: 'AMS', to: 'BRU', door: 9, cutoff: '16:00', carrier: 'GLS' },
      { from: 'AMS', to: 'BRU', door: 2, cutoff: '16:00', carrier: 'PostNL' },
    ]);
    assert.deepEqual(index['AMS-BRU'], { door: 2, cutoff: '16:00', carrier: 'PostNL' });
  });

  test('builds and saves the index for the whole network plan', () => {
    const legs = networkLegs(1000000);
    const index = buildLaneIndex(legs);
    assert.equal(Object.keys(index).length, 8);
    saveLaneIndex(index);
    assert.ok(fs.statSync(config.laneIndexFile).size > 0);
  });
});
