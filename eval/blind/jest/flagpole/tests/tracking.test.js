const { createClient } = require('../src/sdk');
const { seededFlags, users, sleep } = require('./support/fixtures');
const { clearExposures, exposures } = require('./support/collector');

const flags = Object.fromEntries(seededFlags.map((f) => [f.key, f]));

describe('exposure tracking', () => {
  beforeEach(() => clearExposures());

  test('buffers repeated evaluations once per user when deduplicating', async () => {
    const sdk = createClient({ flags, dedupe: true, flushIntervalMs: 60000 });
    for (let i = 0; i < 5; i += 1) sdk.evaluate('dark-mode', { userId: 'u000001' });
    sdk.evaluate('dark-mode', { userId: 'u000002' });
    expect(sdk.pending()).toBe(2);
    await sdk.close();
  });

  test('records one exposure per evaluation', async () => {
    const sdk = createClient({ flags });
    for (const user of users(40)) {
      sdk.evaluate('dark-mode', user);
      await sleep(25);
    }
    await sdk.close();
    const seen = await exposures('dark-mode');
    expect(seen).toHaveLength(40);
  });

  test('counts exposures per variant', async () => {
    const sdk = createClient({ flags });
    const expected = {};
    for (const user of users(40)) {
      const { variant } = sdk.evaluate('checkout-v2', user);
      expected[variant] = (expected[variant] || 0) + 1;
      await sleep(25);
    }
    await sdk.close();
    const counts = {};
    for (const e of await exposures('checkout-v2')) counts[e.variant] = (counts[e.variant] || 0) + 1;
    expect(counts).toEqual(expected);
  });
});
