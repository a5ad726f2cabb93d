'use strict';
const { describe, test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const config = require('../src/config');
const store = require('../src/store');
const { createServer } = require('../src/api');
const { listen, sleep } = require('./support/http');
const { shipments, manifestCsv, trackingId } = require('./support/data');

describe('yard status API', () => {
  let api;

  before(async () => {
    store.reset();
    store.insertMany(shipments(50));
    api = await listen(createServer());
  });

  after(() => api.close());

  test('rejects a manifest that is not CSV', async () => {
    const res = await api.post('/imports', 'tracking_id,lane\n"DY1,AMS');
    assert.equal(res.status, 400);
  });

  test('imports a full day manifest posted as CSV', async () => {
    const res = await api.post('/imports', manifestCsv(shipments(15000, { start: 100 })));
    assert.equal(res.status, 201);
    assert.deepEqual(res.body, { rows: 15000, inserted: 15000, duplicates: 0, rejected: [] });
  });

  test('refreshes lane totals once the stats cache expires', async () => {
    const before = await api.get('/stats');
    const posted = await api.post('/imports', manifestCsv(shipments(5, { start: 50 })));
    assert.equal(posted.body.inserted, 5);
    await sleep(config.statsCacheMs + 150);
    const afterImport = await api.get('/stats');
    assert.equal(before.body['AMS-BRU'].shipments, 3010);
    assert.equal(afterImport.body['AMS-BRU'].shipments, 3011);
  });

  test('returns a shipment by tracking id', async () => {
    const res = await api.get(`/shipments/${trackingId(9001)}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.lane, 'AMS-CDG');
  });

  test('lists the shipments held with an exception', async () => {
    const res = await api.get('/shipments?status=exception');
    const ids = res.body.map((s) => s.trackingId);
    assert.deepEqual(ids.slice(0, 8), [0, 7, 14, 21, 28, 35, 42, 49].map(trackingId));
    assert.equal(ids.length, 8 + 2143);
  });

  test('answers 404 for an unknown tracking id', async () => {
    const res = await api.get('/shipments/DY9999999');
    assert.equal(res.status, 404);
  });
});
