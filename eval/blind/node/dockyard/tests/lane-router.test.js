'use strict';
const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { routeShipment, loadLaneIndex } = require('../src/lanes');

describe('lane router', () => {
  test('reports a shipment on an unknown lane', () => {
    assert.deepEqual(routeShipment({ trackingId: 'DY1000009', lane: 'XXX-YYY' }, {}), { trackingId: 'DY1000009', door: null, reason: 'no lane' });
  });

  test('routes a shipment to its lane door and cut-off', () => {
    const index = loadLaneIndex();
    const route = routeShipment({ trackingId: 'DY1000001', lane: 'AMS-BRU' }, index);
    assert.equal(route.door, 1);
    assert.equal(route.cutoff, '14:00');
  });
});
