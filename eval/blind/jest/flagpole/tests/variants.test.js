const { compareSemver, matches, evaluate } = require('../src/evaluate');

describe('flag evaluation', () => {
  test('orders semantic versions numerically', () => {
    expect(compareSemver('3.10.0', '3.9.9')).toBeGreaterThan(0);
    expect(compareSemver('2.0', '2.0.0')).toBe(0);
    expect(compareSemver('1.2.3', '1.3.0')).toBeLessThan(0);
  });

  test('matches an attribute against a list of values', () => {
    expect(matches({ op: 'in', attr: 'plan', value: ['team', 'enterprise'] }, { plan: 'team' }, {})).toBe(true);
    expect(matches({ op: 'in', attr: 'plan', value: ['team'] }, { plan: 'free' }, {})).toBe(false);
  });

  test('treats an unknown operator as no match', () => {
    expect(matches({ op: 'regex', attr: 'plan', value: '.*' }, { plan: 'free' }, {})).toBe(false);
  });

  test('serves the off variant of a disabled flag', () => {
    expect(evaluate({ key: 'x', enabled: false, offVariant: 'legacy' }, { userId: 'u1' })).toEqual({ enabled: false, variant: 'legacy', reason: 'disabled' });
  });

  test('applies the first matching rule', () => {
    const flag = {
      key: 'pricing',
      enabled: true,
      rules: [
        { op: 'semver-gte', attr: 'appVersion', value: '4.0.0', variant: 'v4' },
        { op: 'eq', attr: 'plan', value: 'team', variant: 'team' },
      ],
    };
    expect(evaluate(flag, { userId: 'u1', appVersion: '4.1.0', plan: 'team' }).variant).toBe('v4');
    expect(evaluate(flag, { userId: 'u1', appVersion: '3.9.0', plan: 'team' }).variant).toBe('team');
  });

  test('reports a missing or archived flag as off', () => {
    expect(evaluate(undefined, { userId: 'u1' }).reason).toBe('missing');
    expect(evaluate({ key: 'x', enabled: true, archived: true }, { userId: 'u1' }).reason).toBe('missing');
  });
});
