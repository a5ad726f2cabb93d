const { bucket, evaluate } = require('../src/evaluate');
const { loadCompiled } = require('../src/segments');
const { users } = require('./support/fixtures');

describe('audience rollout at the edge', () => {
  test('buckets users stably per flag', () => {
    expect(bucket('dark-mode', 'u000001')).toBe(bucket('dark-mode', 'u000001'));
    expect(bucket('dark-mode', 'u000001')).not.toBe(bucket('checkout-v2', 'u000001'));
  });

  test('rolls a 30% flag out to about 30% of users', () => {
    const flag = { key: 'new-nav', enabled: true, rollout: 30 };
    const on = users(5000).filter((u) => evaluate(flag, u).enabled).length;
    expect(on / 5000).toBeGreaterThan(0.27);
    expect(on / 5000).toBeLessThan(0.33);
  });

  test('targets the compiled beta segment at the edge', () => {
    const segments = loadCompiled();
    const flag = { key: 'beta-search', enabled: true, rollout: 0, rules: [{ op: 'in-segment', value: 'beta', variant: 'beta' }] };
    expect(evaluate(flag, { userId: 'u000014' }, segments)).toEqual({ enabled: true, variant: 'beta', reason: 'rule' });
    expect(evaluate(flag, { userId: 'u000001' }, segments)).toEqual({ enabled: false, variant: 'off', reason: 'rollout' });
  });
});
