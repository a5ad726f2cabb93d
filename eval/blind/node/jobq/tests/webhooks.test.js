const { describe, it, before, after, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const { sign, verify, loadKeyRing } = require('../src/webhooks');
const { startService, postJob } = require('./helpers/api');

describe('inbound webhooks', () => {
  let service;
  let keyRing;

  before(async () => {
    keyRing = await loadKeyRing();
    service = await startService();
  });

  after(async () => {
    if (service) await service.stop();
  });

  it('turns a signed partner event into a job', async () => {
    const body = JSON.stringify({ type: 'sync-partner', payload: { partner: keyRing[0] } });
    assert.ok(verify(body, sign(body)));
    const { status, body: job } = await postJob(service.url, JSON.parse(body));
    assert.equal(status, 201);
    assert.equal(job.type, 'sync-partner');
  });

  it('queues one job per partner in the key ring', async () => {
    for (const partner of keyRing) await postJob(service.url, { type: 'sync-partner', payload: { partner } });
    assert.equal(service.queue.list('queued').length, 3);
  });
});

describe('webhook signatures', () => {
  const saved = process.env.WEBHOOK_SECRET;
  afterEach(() => {
    if (saved === undefined) delete process.env.WEBHOOK_SECRET;
    else process.env.WEBHOOK_SECRET = saved;
  });

  it('signs with the secret from WEBHOOK_SECRET', () => {
    process.env.WEBHOOK_SECRET = 'rotated';
    const signature = sign('{"a":1}');
    assert.ok(verify('{"a":1}', signature, 'rotated'));
    assert.ok(!verify('{"a":1}', signature, 'dev-webhook-secret'));
  });
});
