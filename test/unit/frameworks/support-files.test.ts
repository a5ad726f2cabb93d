// Locating shipped assets from both layouts, and regex escaping against hostile names.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { locateAsset } from '../../../src/frameworks/asset-path.js';
import { SetupError } from '../../../src/frameworks/errors.js';
import { anchoredAlternation, escapeGoRegExp, escapeRegExp, escapeTestName } from '../../../src/frameworks/regex-escape.js';
import { tempProject } from './temp-project.js';

describe('locateAsset', () => {
  it('finds the pytest plugin from the source tree (../assets)', () => {
    expect(locateAsset('flakegate_pytest.py')).toMatch(/src\/assets\/flakegate_pytest\.py$/);
  });

  it('finds assets beside a bundle (./assets) and fails with a SetupError when absent', () => {
    const dist = join(tempProject(), 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'assets', 'x.py'), '');
    const bundle = pathToFileURL(join(dist, 'cli.js')).href;
    expect(locateAsset('x.py', bundle)).toBe(join(dist, 'assets', 'x.py'));
    expect(() => locateAsset('missing.py', bundle)).toThrow(SetupError);
  });
});

describe('regex escaping', () => {
  const hostile = ['a.*b', '(x)|[y]', '^$', 'back\\slash', '{1,2}', 'a/b', 'q?+', 'dash-and space', 'ü ✓'];

  it('matches each name literally, with and without the u flag', () => {
    for (const name of hostile) {
      expect(new RegExp(`^${escapeRegExp(name)}$`).test(name)).toBe(true);
      expect(new RegExp(`^${escapeRegExp(name)}$`, 'u').test(name)).toBe(true);
    }
    expect(new RegExp(anchoredAlternation(hostile.map(escapeRegExp))).test('aXXb')).toBe(false);
  });

  it('lets a collapsed space match any whitespace run', () => {
    expect(new RegExp(`^${escapeTestName('a b')}$`).test('a \t b')).toBe(true);
  });

  it('escapes for Go like regexp.QuoteMeta', () => {
    expect(escapeGoRegExp('Test.x+(y)|[z]{1}^$\\')).toBe('Test\\.x\\+\\(y\\)\\|\\[z\\]\\{1\\}\\^\\$\\\\');
  });
});
