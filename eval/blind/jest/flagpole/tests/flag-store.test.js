const store = require('../src/store');
const { sleep } = require('./support/fixtures');

describe('flag store', () => {
  beforeEach(() => store.reset());

  test('creates a flag with defaults', () => {
    store.createFlag({ key: 'onboarding-tour' });
    expect(store.getFlag('onboarding-tour')).toMatchObject({ key: 'onboarding-tour', enabled: true, rules: [], version: 1, archived: false });
  });

  test('refuses a duplicate key', () => {
    store.createFlag({ key: 'pricing-page' });
    expect(() => store.createFlag({ key: 'pricing-page' })).toThrow('flag pricing-page already exists');
  });

  test('lists live flags sorted by key', () => {
    for (const key of ['zeta-report', 'alpha-export', 'mid-banner']) store.createFlag({ key });
    expect(store.listFlags().map((f) => f.key)).toEqual(['alpha-export', 'mid-banner', 'zeta-report']);
  });

  test('drops a temporary flag once its TTL has passed', async () => {
    store.createFlag({ key: 'permanent-flag' });
    store.createFlag({ key: 'promo-weekend', ttlMs: 250 });
    expect(store.listFlags().map((f) => f.key)).toEqual(['permanent-flag', 'promo-weekend']);
    await sleep(350);
    expect(store.listFlags().map((f) => f.key)).toEqual(['permanent-flag']);
  });

  test('lets an expired key be created again', async () => {
    store.createFlag({ key: 'flash-sale', ttlMs: 200 });
    await sleep(300);
    expect(store.createFlag({ key: 'flash-sale', rollout: 10 })).toMatchObject({ version: 1, rollout: 10 });
    expect(store.listFlags().map((f) => f.key)).toEqual(['flash-sale']);
  });

  test('keeps a temporary flag until its TTL has passed', async () => {
    store.createFlag({ key: 'maintenance-banner', ttlMs: 600 });
    await sleep(300);
    expect(store.getFlag('maintenance-banner')).toMatchObject({ key: 'maintenance-banner', enabled: true });
    await sleep(450);
    expect(store.getFlag('maintenance-banner')).toBeNull();
  });

  test('archives a flag and hides it from listings', () => {
    store.createFlag({ key: 'legacy-editor' });
    store.archiveFlag('legacy-editor');
    expect(store.listFlags()).toEqual([]);
    expect(store.listFlags({ includeArchived: true })[0]).toMatchObject({ key: 'legacy-editor', archived: true, version: 2 });
  });

  test('rejects an out-of-range rollout', () => {
    expect(() => store.validate({ key: 'bad-rollout', rollout: 120 })).toThrow('rollout must be a percentage, got 120');
  });
});
