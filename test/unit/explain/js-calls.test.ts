// JS/TS tests run the functions of their own file that they call: what those bodies hold is the
// test's own code (fixture scope), and a function the test does not call is not.
import { describe, expect, it } from 'vitest';
import { calledJsRegions } from '../../../src/explain/js-calls.js';
import { braceRegions } from '../../../src/explain/scope-braces.js';
import { scanSource } from '../../../src/explain/source-scan.js';

describe('JS: top-level functions the test or its hooks call', () => {
  const js = [
    "import { it, beforeEach, expect } from 'vitest';",
    '',
    'async function startServer() {',
    '  return app.listen(41234);',
    '}',
    '',
    'const seed = async (db) => {',
    '  await db.exec("DELETE FROM orders");',
    '};',
    '',
    'function unused() {',
    '  return app.listen(45678);',
    '}',
    '',
    'beforeEach(async () => {',
    '  await seed(db);',
    '});',
    '',
    "it('serves orders', async () => {",
    '  const server = await startServer();',
    '  expect(await server.get("/orders")).toEqual([]);',
    '});',
  ].join('\n');

  it('follows the test to startServer and the hook to seed, not to what nobody calls', () => {
    const regions = braceRegions({ path: 'test/orders.test.js', text: js }, 'serves orders', 'js');
    expect(calledJsRegions(regions).map((r) => r.start).sort()).toEqual([2, 6]);
  });

  it('the fixed port inside the called helper is a finding of the test, the unused one is not', () => {
    const ports = scanSource({ file: { path: 'test/orders.test.js', text: js }, testName: 'serves orders', ecosystem: 'javascript' })
      .filter((f) => f.kind === 'hard-coded-port')
      .map((f) => `${f.line} ${f.scope} ${f.resource}`);
    expect(ports).toEqual(['4 fixture port:41234']);
  });
});
