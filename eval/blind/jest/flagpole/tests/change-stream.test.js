const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const previousHome = process.env.FLAGPOLE_HOME;
process.env.FLAGPOLE_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'flagpole-stream-'));

const store = require('../src/store');
const { start } = require('../src/server');
const { seededFlags, sleep, waitUntil } = require('./support/fixtures');
const { client, close } = require('./support/http');
const { subscribe } = require('./support/sse');

describe('live change stream', () => {
  let server;
  let api;

  beforeAll(async () => {
    for (const flag of seededFlags) store.createFlag(flag);
    server = await start();
    api = client(server);
  });

  afterAll(async () => {
    await close(server);
    fs.rmSync(process.env.FLAGPOLE_HOME, { recursive: true, force: true });
    if (previousHome === undefined) delete process.env.FLAGPOLE_HOME;
    else process.env.FLAGPOLE_HOME = previousHome;
  });

  test('pushes a flag change to subscribers', async () => {
    const sub = await subscribe(server.address().port);
    const got = sub.nextEvent();
    await api.patch('/flags/dark-mode', { rollout: 75 });
    await got;
    expect(sub.events).toEqual([expect.objectContaining({ key: 'dark-mode', rollout: 75, version: 2 })]);
    sub.close();
  });

  test('sends heartbeats to idle subscribers', async () => {
    const sub = await subscribe(server.address().port);
    await sleep(2500);
    expect(sub.heartbeats()).toBeGreaterThanOrEqual(3);
    sub.close();
  });

  test('delivers each change to every subscriber', async () => {
    const subs = await Promise.all([1, 2, 3].map(() => subscribe(server.address().port)));
    const all = Promise.all(subs.map((s) => s.nextEvent()));
    await api.post('/flags', { key: 'holiday-theme', enabled: true });
    await all;
    for (const s of subs) expect(s.events.map((e) => e.key)).toEqual(['holiday-theme']);
    subs.forEach((s) => s.close());
  });

  test('forgets a subscriber that disconnects', async () => {
    // Earlier tests' subscribers may still be closing.
    await waitUntil(() => server.subscriberCount() === 0);
    const sub = await subscribe(server.address().port);
    await waitUntil(() => server.subscriberCount() === 1);
    sub.close();
    await waitUntil(() => server.subscriberCount() === 0);
    expect(server.subscriberCount()).toBe(0);
  });
});
