'use strict';
const { describe, test, before, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { estimateDelivery } = require('../src/carrier');
const { ensureCarrierMock, loadCarrierFixtures } = require('./support/carrier-mock');
const { trackingId } = require('./support/data');

const ids = Array.from({ length: 20 }, (_, i) => trackingId(i));

// Shipments 0-19 are still on the road; every fourth one had an exception scan.
const carrierView = Object.fromEntries(
  ids.map((id, i) => [
    id,
    {
      promisedBy: '2026-11-06T18:00:00.000Z',
      events: [{ type: 'picked_up', at: '2026-11-04T08:00:00.000Z' }, ...(i % 4 === 0 ? [{ type: 'exception', at: '2026-11-04T12:00:00.000Z' }] : [])],
    },
  ]),
);

describe('delivery estimates', () => {
  before(() => ensureCarrierMock());
  beforeEach(() => loadCarrierFixtures(carrierView, { latencyMs: 30 }));

  test('pushes the estimate back a day per exception scan', async () => {
    const estimates = [];
    for (const id of ids) estimates.push(await estimateDelivery(id));
    assert.deepEqual(
      estimates.map((e) => e.eta),
      ids.map((_, i) => (i % 4 === 0 ? '2026-11-07T18:00:00.000Z' : '2026-11-06T18:00:00.000Z')),
    );
  });

  test('marks shipments with an exception as late', async () => {
    const late = [];
    for (const id of ids) if ((await estimateDelivery(id)).late) late.push(id);
    assert.deepEqual(late, [trackingId(0), trackingId(4), trackingId(8), trackingId(12), trackingId(16)]);
  });
});
