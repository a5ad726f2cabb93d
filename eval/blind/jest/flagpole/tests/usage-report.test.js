const { createClient } = require('../src/sdk');
const { exposureSummary, formatTable } = require('../src/report');
const { seededFlags, users, sleep } = require('./support/fixtures');
const { clearExposures } = require('./support/collector');

const flags = Object.fromEntries(seededFlags.map((f) => [f.key, f]));

describe('usage report', () => {
  beforeEach(() => clearExposures());

  test('reports the distinct users exposed to a flag', async () => {
    const sdk = createClient({ flags });
    const byVariant = {};
    for (const round of [1, 2]) {
      for (const user of users(30)) {
        const { variant } = sdk.evaluate('checkout-v2', { ...user, round });
        byVariant[variant] = (byVariant[variant] || 0) + 1;
        await sleep(30);
      }
    }
    await sdk.close();
    const summary = await exposureSummary('checkout-v2');
    expect(summary).toEqual({ flag: 'checkout-v2', total: 60, users: 30, byVariant });
  });

  test('splits the buffered exposures of a rollout flag by variant', async () => {
    const sdk = createClient({ flags, flushIntervalMs: 60000 });
    const variants = users(200).map((user) => sdk.evaluate('dark-mode', user).variant);
    expect(sdk.pending()).toBe(200);
    const on = variants.filter((v) => v === 'on').length;
    expect(on).toBeGreaterThan(70);
    expect(on).toBeLessThan(130);
    await sdk.close();
  });

  test('formats the report as an aligned table', () => {
    const table = formatTable([
      { flag: 'dark-mode', users: 1200, byVariant: { on: 610, off: 590 } },
      { flag: 'checkout-v2', users: 85, byVariant: { on: 17 } },
    ]);
    expect(table).toBe(
      ['flag         users  on   off', '-----------  -----  ---  ---', 'dark-mode    1200   610  590', 'checkout-v2  85     17   0'].join('\n'),
    );
  });
});
