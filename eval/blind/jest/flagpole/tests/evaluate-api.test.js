const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const previousHome = process.env.FLAGPOLE_HOME;
process.env.FLAGPOLE_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'flagpole-evaluate-'));

const store = require('../src/store');
const { start } = require('../src/server');
const { compileSegments } = require('../src/segments');
const { seededFlags, users } = require('./support/fixtures');
const { client, close } = require('./support/http');

describe('evaluation API', () => {
  let server;
  let api;

  beforeAll(async () => {
    for (const flag of seededFlags) store.createFlag(flag);
    store.createFlag({ key: 'beta-search', enabled: true, rules: [{ op: 'in-segment', value: 'beta', variant: 'beta' }] });
    const segments = compileSegments(
      { beta: { match: 'all', rules: [{ op: 'in', attr: 'country', value: ['NL', 'SE'] }, { op: 'semver-gte', attr: 'appVersion', value: '3.5.0' }] } },
      users(60000),
    );
    server = await start({ segments });
    api = client(server);
  });

  afterAll(async () => {
    await close(server);
    fs.rmSync(process.env.FLAGPOLE_HOME, { recursive: true, force: true });
    if (previousHome === undefined) delete process.env.FLAGPOLE_HOME;
    else process.env.FLAGPOLE_HOME = previousHome;
  });

  test('serves the treatment variant to users in the listed countries', async () => {
    const res = await api.get('/evaluate/checkout-v2?userId=u000100&country=BE');
    expect(res.body).toEqual({ enabled: true, variant: 'treatment', reason: 'rule' });
  });

  test('falls back to the percentage rollout for everyone else', async () => {
    const results = [];
    for (let i = 0; i < 200; i += 1) {
      const res = await api.get(`/evaluate/checkout-v2?userId=u${String(i).padStart(6, '0')}&country=US`);
      results.push(res.body);
    }
    expect(new Set(results.map((r) => r.reason))).toEqual(new Set(['rollout']));
    const on = results.filter((r) => r.enabled).length;
    expect(on).toBeGreaterThan(20);
    expect(on).toBeLessThan(60);
  });

  test('serves the beta variant to members of the beta segment', async () => {
    const res = await api.get('/evaluate/beta-search?userId=u000014');
    expect(res.body).toEqual({ enabled: true, variant: 'beta', reason: 'rule' });
  });

  test('reports a disabled flag with its off variant', async () => {
    const res = await api.get('/evaluate/search-ranking?userId=u000007');
    expect(res.body).toEqual({ enabled: false, variant: 'classic', reason: 'disabled' });
  });
});
