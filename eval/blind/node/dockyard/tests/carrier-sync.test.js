'use strict';
const { describe, test, before, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { syncStatuses, statusOf } = require('../src/carrier');
const { ensureCarrierMock, loadCarrierFixtures } = require('./support/carrier-mock');
const { trackingId } = require('./support/data');

const TYPES = ['picked_up', 'departed_hub', 'out_for_delivery', 'delivered', 'exception'];
const ids = Array.from({ length: 20 }, (_, i) => trackingId(i));

// Every shipment has a scan trail ending in TYPES[i % 5].
const carrierView = Object.fromEntries(
  ids.map((id, i) => [
    id,
    {
      promisedBy: '2026-11-05T18:00:00.000Z',
      events: TYPES.slice(0, (i % 5) + 1).map((type, k) => ({ type, at: new Date(Date.UTC(2026, 10, 3, 8 + k)).toISOString() })),
    },
  ]),
);

describe('carrier status sync', () => {
  before(() => ensureCarrierMock());
  beforeEach(() => loadCarrierFixtures(carrierView, { latencyMs: 30 }));

  test('maps the latest carrier scan to a shipment status', async () => {
    const statuses = await syncStatuses(ids.slice(0, 12));
    const expected = ['in_transit', 'in_transit', 'out_for_delivery', 'delivered', 'exception'];
    assert.deepEqual(
      Object.values(statuses),
      ids.slice(0, 12).map((_, i) => expected[i % 5]),
    );
  });

  test('syncs a second batch after the first without losing updates', async () => {
    const first = await syncStatuses(ids.slice(0, 6));
    const second = await syncStatuses(ids.slice(6, 12));
    assert.equal(Object.keys({ ...first, ...second }).length, 12);
    assert.equal(second[trackingId(8)], 'delivered');
  });

  test('reports an exception scan as an exception', () => {
    const events = [
      { type: 'picked_up', at: '2026-11-03T08:00:00Z' },
      { type: 'exception', at: '2026-11-03T11:00:00Z' },
    ];
    assert.equal(statusOf(events), 'exception');
  });

  test('orders scans by time, not by the order the carrier lists them', () => {
    const events = [
      { type: 'delivered', at: '2026-11-03T15:00:00Z' },
      { type: 'picked_up', at: '2026-11-03T08:00:00Z' },
    ];
    assert.equal(statusOf(events), 'delivered');
    assert.equal(statusOf([]), 'manifested');
  });
});
