const store = require('../src/store');
const { start } = require('../src/server');
const config = require('../src/config');
const { seededFlags, sleep } = require('./support/fixtures');
const { client, close } = require('./support/http');

describe('management API', () => {
  let server;
  let api;

  beforeAll(async () => {
    store.reset();
    for (const flag of seededFlags) store.createFlag(flag);
    server = await start({ port: 0 });
    api = client(server);
  });

  afterAll(() => close(server));

  test('rejects a flag without a key', async () => {
    const res = await api.post('/flags', { enabled: true });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/invalid flag key/);
  });

  test('answers 404 for an unknown route', async () => {
    const res = await api.get('/flagz');
    expect(res.status).toBe(404);
  });

  test('picks up flags written by the import CLI once the read cache expires', async () => {
    await api.get('/flags');
    store.createFlag({ key: 'import-banner', enabled: true });
    await sleep(config.readCacheMs + 100);
    const res = await api.get('/flags');
    expect(res.body.map((f) => f.key)).toEqual(['checkout-v2', 'dark-mode', 'import-banner', 'search-ranking']);
  });

  test('lists the seeded flags', async () => {
    const res = await api.get('/flags');
    expect(res.status).toBe(200);
    expect(res.body.map((f) => f.key)).toEqual(expect.arrayContaining(['checkout-v2', 'dark-mode', 'search-ranking']));
  });

  test('serves a rollout changed by the import CLI once the read cache expires', async () => {
    await api.get('/flags');
    store.updateFlag('dark-mode', { rollout: 90 });
    await sleep(config.readCacheMs + 100);
    const res = await api.get('/flags');
    expect(res.body.find((f) => f.key === 'dark-mode')).toMatchObject({ rollout: 90, version: 2 });
  });

  test('turns a flag off and bumps its version', async () => {
    const res = await api.patch('/flags/dark-mode', { enabled: false });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ key: 'dark-mode', enabled: false, version: 3 });
  });

  test("evaluates a flag's country rule for a user", async () => {
    const res = await api.get('/evaluate/checkout-v2?userId=u000042&country=NL');
    expect(res.body).toEqual({ enabled: true, variant: 'treatment', reason: 'rule' });
  });
});
