const { describe, it, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const { readLog, rotate } = require('../src/log');
const { startService, postJob } = require('./helpers/api');

const pause = (ms) => new Promise((r) => setTimeout(r, ms));

describe('jobs API', () => {
  let service;

  before(async () => {
    service = await startService();
  });

  beforeEach(() => {
    rotate();
  });

  after(async () => {
    await service.stop();
  });

  it('accepts jobs and lists them in order', async () => {
    for (const type of ['resize', 'transcode', 'thumbnail', 'resize', 'archive']) {
      const { status } = await postJob(service.url, { type, payload: { source: `s3://bucket/${type}` } });
      assert.equal(status, 201);
      await pause(300);
    }
    const res = await fetch(`${service.url}/jobs`);
    assert.deepEqual((await res.json()).map((j) => `${j.id}:${j.type}`), ['1:resize', '2:transcode', '3:thumbnail', '4:resize', '5:archive']);
  });

  it('rejects a job without a type', async () => {
    const { status, body } = await postJob(service.url, { payload: {} });
    assert.equal(status, 400);
    assert.equal(body.error, 'job type is required');
  });

  it('logs each accepted job', async () => {
    for (const type of ['email', 'email', 'webhook', 'email', 'report']) {
      await postJob(service.url, { type, payload: {} });
      await pause(300);
    }
    assert.deepEqual(readLog().map((l) => `${l.event} ${l.type}`), ['job.accepted email', 'job.accepted email', 'job.accepted webhook', 'job.accepted email', 'job.accepted report']);
  });
});
