// A port, file or database defined once under a name in a settings module and read by that name
// in a fixture or hook the test uses (src/explain/setting-uses.ts), and the fixtures' own imports
// followed into that module (src/explain/imports.ts). Synthetic projects written for these tests.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import { helperFilesOf, libraryFilesOf } from '../../../src/explain/imports.js';
import { definedName } from '../../../src/explain/setting-uses.js';
import type { Cause, Ecosystem, RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, run, tc } from './build.js';

/** Serial passes, then every test failing together at 4 workers (one cluster). */
function together(tests: readonly TestAnalysis[], message: string): RunResult[] {
  return [
    run('d-001-w1', 1, tests.map((t) => tc(t, 'passed'))),
    ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, tests.map((t) => tc(t, 'failed', { message })))),
  ];
}

function causesOf(tests: TestAnalysis[], runs: RunResult[], sources: Record<string, string>, ecosystem: Ecosystem): Array<{ cause: Cause; score: number; evidence: string[] }> {
  const clusters = [{ id: 0, tests: tests.map((t) => t.id), runs: [] }];
  return explain({ tests, runs, clusters, ecosystem, sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 }).map((t) => ({
    cause: t.causes[0]?.cause ?? 'unknown',
    score: t.causes[0]?.score ?? 0,
    evidence: (t.causes[0]?.evidence ?? []).map((e) => e.text),
  }));
}

const inTests = (file: string, name: string): TestAnalysis => analysis({ file, name, cluster: 0 });

describe('settings read by name where the test runs', () => {
  const settings = [
    'import os',
    'import tempfile',
    'from dataclasses import dataclass',
    '',
    '',
    'def load(env=os.environ):',
    '    return Config(',
    '        listen_port=int(env.get("BILLING_PORT", "9417")),',
    '        ledger_path=env.get("BILLING_LEDGER", os.path.join(tempfile.gettempdir(), "billing-ledger.sqlite3")),',
    '    )',
    '',
    '',
    'CONFIG = load()',
    '',
  ].join('\n');
  const conftest = [
    'import pytest',
    '',
    'from billing.config import CONFIG',
    'from billing.api import ApiServer',
    'from billing.ledger import Ledger',
    '',
    '',
    '@pytest.fixture',
    'def api():',
    '    server = ApiServer("127.0.0.1", CONFIG.listen_port)',
    '    server.start()',
    '    yield server',
    '    server.stop()',
    '',
    '',
    '@pytest.fixture',
    'def ledger():',
    '    book = Ledger(CONFIG.ledger_path)',
    '    book.clear()',
    '    yield book',
    '',
  ].join('\n');
  const sources: Record<string, string> = {
    'billing/config.py': settings,
    'billing/api.py': 'class ApiServer:\n    def __init__(self, host, port):\n        self.address = (host, port)\n',
    'billing/ledger.py': 'import sqlite3\n\n\nclass Ledger:\n    def __init__(self, path):\n        self.db = sqlite3.connect(path)\n',
    'tests/conftest.py': conftest,
    // The tests import nothing: what they share is only in the fixtures they ask for.
    'tests/test_invoices.py': 'def test_posts_invoice(api):\n    assert api.post("/invoices", {"total": 3}).status == 201\n',
    'tests/test_refunds.py': 'def test_posts_refund(api):\n    assert api.post("/refunds", {"total": 1}).status == 201\n',
    'tests/test_ledger_totals.py': 'def test_totals_add_up(ledger):\n    ledger.add(3)\n    assert ledger.total() == 3\n',
    'tests/test_ledger_undo.py': 'def test_undo_removes_entry(ledger):\n    ledger.add(2)\n    ledger.undo()\n    assert ledger.total() == 0\n',
  };

  it('follows the conftest imports into the settings module', () => {
    const listed = new Set(Object.keys(sources));
    const read = new Map(Object.entries(sources));
    expect(libraryFilesOf('tests/test_invoices.py', read, listed)).toEqual(expect.arrayContaining(['billing/config.py', 'billing/api.py', 'billing/ledger.py']));
    // Without the conftest read yet, nothing is known beyond the test file.
    read.delete('tests/conftest.py');
    expect(libraryFilesOf('tests/test_invoices.py', read, listed)).toEqual([]);
    // A test helper the conftest imports is a helper of every test below it.
    const withHelper = new Map([...Object.entries(sources), ['tests/conftest.py', `from tests.factories import make_invoice\n${conftest}`], ['tests/factories.py', 'def make_invoice():\n    return {}\n']]);
    expect(helperFilesOf('tests/test_invoices.py', withHelper, new Set([...listed, 'tests/factories.py']))).toEqual(['tests/factories.py']);
  });

  it('names the port for the tests whose fixture reads the port setting, the database for those whose fixture reads the path', () => {
    const tests = [
      inTests('tests/test_invoices.py', 'test_posts_invoice'),
      inTests('tests/test_refunds.py', 'test_posts_refund'),
      inTests('tests/test_ledger_totals.py', 'test_totals_add_up'),
      inTests('tests/test_ledger_undo.py', 'test_undo_removes_entry'),
    ];
    const got = causesOf(tests, together(tests, 'AssertionError: assert 2 == 3'), sources, 'python');
    expect(got.map((g) => g.cause)).toEqual(['port-conflict', 'port-conflict', 'shared-database', 'shared-database']);
    for (const g of got) expect(g.score).toBeGreaterThanOrEqual(0.6);
    expect(got[0]?.evidence.join('\n')).toMatch(/CONFIG\.listen_port.*billing\/config\.py:8/);
    expect(got[2]?.evidence.join('\n')).toMatch(/billing-ledger\.sqlite3/);
  });

  it('a JS hook listening on config.port: the port, for the co-failing tests that import the config', () => {
    const spec = (name: string): string =>
      `import { beforeAll, afterAll, it, expect } from 'vitest';\nimport config from '../src/config.js';\nimport { createServer } from '../src/server.js';\n\nlet server;\nbeforeAll(async () => {\n  server = createServer();\n  await server.listen(config.port);\n});\nafterAll(() => server.close());\n\nit('${name}', async () => {\n  expect(await server.inject('/health')).toBe(200);\n});\n`;
    const js: Record<string, string> = {
      'src/config.js': "export default {\n  port: 18422,\n  logLevel: 'info',\n};\n",
      'src/server.js': 'export function createServer() {\n  return { listen() {}, close() {}, inject() {} };\n}\n',
      'test/health.test.js': spec('answers health'),
      'test/ready.test.js': spec('answers ready'),
    };
    const tests = [inTests('test/health.test.js', 'answers health'), inTests('test/ready.test.js', 'answers ready')];
    const got = causesOf(tests, together(tests, 'AssertionError: expected 500 to be 200'), js, 'javascript');
    expect(got.map((g) => g.cause)).toEqual(['port-conflict', 'port-conflict']);
    expect(got[0]?.evidence.join('\n')).toMatch(/config\.port/);
  });

  it('an object that is not the settings (a server started on port 0) is not a read of the port setting', () => {
    const own = {
      ...sources,
      'tests/test_invoices.py': 'from billing.api import ApiServer\n\n\ndef test_posts_invoice():\n    server = ApiServer("127.0.0.1", 0)\n    assert server.port > 0\n',
      'tests/test_refunds.py': 'from billing.api import ApiServer\n\n\ndef test_posts_refund():\n    server = ApiServer("127.0.0.1", 0)\n    assert server.port > 0\n',
    };
    const tests = [inTests('tests/test_invoices.py', 'test_posts_invoice'), inTests('tests/test_refunds.py', 'test_posts_refund')];
    for (const g of causesOf(tests, together(tests, 'AssertionError: assert 0 > 0'), own, 'python')) expect(g.evidence.join('\n')).not.toMatch(/server\.port/);
  });
});

describe('settings of a shared configuration module that the test never reads', () => {
  // Every test imports the one config module; each reaches only some of its entries.
  const config = "const os = require('node:os');\nconst path = require('node:path');\n\nmodule.exports = {\n  port: Number(process.env.SHOP_PORT || 43911),\n  auditFile: path.join(os.tmpdir(), 'shop-audit.log'),\n};\n";
  const audit = "const fs = require('node:fs');\nconst config = require('./config');\n\nfunction truncate() {\n  fs.writeFileSync(config.auditFile, '');\n}\n\nmodule.exports = { truncate };\n";
  const server = "const http = require('node:http');\nconst config = require('./config');\n\nfunction start() {\n  return http.createServer().listen(config.port);\n}\n\nmodule.exports = { start };\n";
  const spec = (name: string, uses: string, call: string): string =>
    `const { describe, it, before } = require('node:test');\nconst config = require('../src/config');\nconst ${uses} = require('../src/${uses === 'audit' ? 'audit' : 'server'}');\n\ndescribe('${name}', () => {\n  before(() => ${call});\n  it('${name} works', () => {});\n});\n`;
  const sources: Record<string, string> = {
    'src/config.js': config,
    'src/audit.js': audit,
    'src/server.js': server,
    'test/orders.test.js': spec('orders', 'audit', 'audit.truncate()'),
    'test/refunds.test.js': spec('refunds', 'audit', 'audit.truncate()'),
    'test/health.test.js': spec('health', 'server', 'server.start()'),
    'test/status.test.js': spec('status', 'server', 'server.start()'),
  };

  it('names the file for the tests whose code under test writes the file setting, the port for those that listen on the port setting', () => {
    const tests = ['orders', 'refunds', 'health', 'status'].map((n) => inTests(`test/${n}.test.js`, `${n} works`));
    const got = causesOf(tests, together(tests, 'AssertionError [ERR_ASSERTION]: Expected values to be strictly deep-equal'), sources, 'javascript');
    expect(got.map((g) => g.cause)).toEqual(['shared-file-path', 'shared-file-path', 'port-conflict', 'port-conflict']);
    expect(got[0]?.evidence.join('\n')).not.toMatch(/43911/);
    expect(got[2]?.evidence.join('\n')).not.toMatch(/shop-audit/);
  });
});

describe('definedName', () => {
  it.each([
    ['        listen_port=int(env.get("BILLING_PORT", "9417")),', 'listen_port'],
    ['export const CACHE_FILE = "/tmp/cache.json";', 'CACHE_FILE'],
    ['  port: 18422,', 'port'],
    ['    "db_path": "/tmp/app.sqlite3",', 'db_path'],
    ['static final int SERVER_PORT = 8089;', 'SERVER_PORT'],
    ['ledger_path: str = "/tmp/ledger.db"', 'ledger_path'],
    ['\tPort: 8761,', 'Port'],
  ])('%s -> %s', (line, name) => {
    expect(definedName(line)).toBe(name);
  });

  it.each([['    path = "/tmp/x.json"'], ['  url: "http://127.0.0.1:8080",'], ['if port == 8080:'], ['    return connect(("127.0.0.1", 8080))']])('%s -> no setting name', (line) => {
    expect(definedName(line)).toBeNull();
  });
});
