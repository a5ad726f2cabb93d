// The support files a test file runs with (conftest.py up the tree, conventional JS setup files):
// read whole beside the test, and followed for the helpers they import.
import type { Ecosystem } from '../model.js';

/** Conventional JS setup files; the scan reads them whole because they run for every test file. */
const JS_SETUP = [
  'jest.setup.js',
  'jest.setup.ts',
  'jest.setup.mjs',
  'vitest.setup.ts',
  'vitest.setup.js',
  'setupTests.js',
  'setupTests.ts',
  'src/setupTests.js',
  'src/setupTests.ts',
  'test/setup.js',
  'test/setup.ts',
  'tests/setup.js',
  'tests/setup.ts',
];

/** conftest.py in the test's directory and every ancestor; JS setup files. */
export function supportFilesFor(testFile: string, ecosystem: Ecosystem): string[] {
  if (ecosystem === 'python' || testFile.endsWith('.py')) {
    const parts = testFile.split('/').slice(0, -1);
    const found: string[] = [];
    for (let i = parts.length; i >= 0; i--) found.push([...parts.slice(0, i), 'conftest.py'].join('/'));
    return found;
  }
  if (ecosystem === 'javascript' || /\.[cm]?[jt]sx?$/.test(testFile)) return [...JS_SETUP];
  return [];
}
