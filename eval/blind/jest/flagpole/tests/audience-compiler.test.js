const { compileSegments, writeCompiled } = require('../src/segments');
const { users } = require('./support/fixtures');

const definitions = {
  beta: { match: 'all', rules: [{ op: 'in', attr: 'country', value: ['NL', 'SE'] }, { op: 'semver-gte', attr: 'appVersion', value: '3.5.0' }] },
  enterprise: { match: 'all', rules: [{ op: 'eq', attr: 'plan', value: 'enterprise' }] },
  benelux: { match: 'any', rules: [{ op: 'eq', attr: 'country', value: 'NL' }, { op: 'eq', attr: 'country', value: 'BE' }] },
};

describe('audience compiler', () => {
  test('compiles segment members from the user directory', () => {
    const compiled = compileSegments(definitions, users(250000));
    expect(compiled.enterprise).toHaveLength(83333);
    expect(compiled.benelux.length).toBeGreaterThan(70000);
    expect(compiled.beta).toContain('u000014');
    writeCompiled(compiled);
  });

  test('rejects a segment with an unsupported operator', () => {
    expect(() => compileSegments({ odd: { match: 'all', rules: [{ op: 'regex', attr: 'plan', value: '.*' }] } }, users(3))).toThrow(
      'segment odd: unsupported operator regex',
    );
  });
});
