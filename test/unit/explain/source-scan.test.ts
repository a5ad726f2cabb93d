import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS, scanSource } from '../../../src/explain/source-scan.js';
import type { SourceFinding } from '../../../src/explain/types.js';

const PY = `import os
import socket
import sqlite3

import pytest

RESULTS = []
PORT = 8765


@pytest.fixture
def db():
    conn = sqlite3.connect("/tmp/flakegate-demo.db")
    yield conn
    conn.close()


def test_server_roundtrip(db):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 8765))
    os.environ["APP_MODE"] = "test"
    RESULTS.append(1)
    with open("/tmp/cache.json", "w") as fh:
        fh.write("{}")


def test_safe(tmp_path, monkeypatch):
    monkeypatch.setenv("APP_MODE", "x")
    monkeypatch.chdir(tmp_path)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    (tmp_path / "x.json").write_text("{}")
`;

function brief(findings: readonly SourceFinding[]): string[] {
  return findings.map((f) => `${f.file}:${f.line} ${f.kind} ${f.scope} ${f.resource ?? ''}`.trim());
}

describe('scanSource: python', () => {
  it('finds the risky lines of the test, its fixture and its module, with exact lines', () => {
    const findings = scanSource({ file: { path: 'tests/test_server.py', text: PY }, testName: 'test_server_roundtrip', ecosystem: 'python' });
    expect(brief(findings)).toEqual([
      // A module constant the test never names is only "somewhere in its file".
      'tests/test_server.py:8 hard-coded-port file port:8765',
      'tests/test_server.py:13 missing-cleanup fixture db:/tmp/flakegate-demo.db',
      'tests/test_server.py:13 shared-db-file fixture db:/tmp/flakegate-demo.db',
      'tests/test_server.py:20 hard-coded-port test port:8765',
      'tests/test_server.py:21 env-mutation test env:APP_MODE',
      'tests/test_server.py:22 module-state test state:tests/test_server.py#RESULTS',
      'tests/test_server.py:23 fixed-temp-path test path:/tmp/cache.json',
      'tests/test_server.py:23 missing-cleanup test path:/tmp/cache.json',
    ]);
    expect(findings.find((f) => f.line === 20)?.text).toBe('sock.bind(("127.0.0.1", 8765))');
    expect(findings.find((f) => f.line === 21)?.cause).toBe('shared-env-or-cwd');
  });

  it('does not flag the idiomatic fixes (tmp_path, monkeypatch, port 0)', () => {
    const findings = scanSource({ file: { path: 'tests/test_server.py', text: PY }, testName: 'test_safe', ecosystem: 'python' });
    expect(findings.filter((f) => f.scope !== 'module' && f.scope !== 'file')).toEqual([]);
  });

  it('follows fixtures into conftest.py and strips pytest parameters from the name', () => {
    const conftest = `import pytest\n\n\n@pytest.fixture(scope="session")\ndef server():\n    srv = start_server(port=5000)\n    yield srv\n    srv.stop()\n`;
    const test = `class TestApi:\n    def test_get(self, server, tmp_path):\n        assert server.get("/")\n`;
    const findings = scanSource({
      file: { path: 'tests/api/test_api.py', text: test },
      testName: 'test_get[http-1]',
      classname: 'tests.api.test_api.TestApi',
      ecosystem: 'python',
      support: [{ path: 'tests/conftest.py', text: conftest }],
    });
    expect(brief(findings)).toEqual(['tests/conftest.py:6 hard-coded-port fixture port:5000']);
  });

  it('includes autouse fixtures from conftest.py even when the test names no fixture', () => {
    const conftest = 'import os, pytest\n\n\n@pytest.fixture(autouse=True)\ndef in_build_dir():\n    os.chdir("build")\n    yield\n';
    const findings = scanSource({
      file: { path: 'tests/test_b.py', text: 'def test_b():\n    assert True\n' },
      testName: 'test_b',
      ecosystem: 'python',
      support: [{ path: 'tests/conftest.py', text: conftest }],
    });
    expect(brief(findings)).toEqual(['tests/conftest.py:6 chdir setup cwd']);
  });

  it('sees a sqlite connection shared across threads and os.chdir', () => {
    const text = `import os, sqlite3\n\nCONN = sqlite3.connect(":memory:", check_same_thread=False)\n\n\ndef test_threads():\n    os.chdir("/srv/app")\n    run_in_threads(CONN)\n`;
    const findings = scanSource({ file: { path: 't/test_t.py', text }, testName: 'test_threads', ecosystem: 'python' });
    expect(brief(findings)).toEqual(['t/test_t.py:3 shared-memory-db module db:shared-connection', 't/test_t.py:7 chdir test cwd']);
  });

  it('keeps column-0 lines of a triple-quoted string inside the test body', () => {
    const text = 'def test_sql():\n    q = """\nSELECT 1\n"""\n    os.environ["DB"] = "x"\n\n\ndef test_other():\n    os.chdir("/")\n';
    const findings = scanSource({ file: { path: 't/test_q.py', text }, testName: 'test_sql', ecosystem: 'python' });
    expect(brief(findings)).toEqual(['t/test_q.py:5 env-mutation test env:DB']);
  });

  it('reports a file-level hint when the test cannot be found', () => {
    const findings = scanSource({ file: { path: 't/test_gen.py', text: 'URL = "http://localhost:9000"\n' }, testName: 'test_generated', ecosystem: 'python' });
    expect(brief(findings)).toEqual(['t/test_gen.py:1 hard-coded-port file port:9000']);
  });
});

const JS = `const fs = require('fs');
const http = require('http');

let requests = 0;
const seen = [];

describe('api', () => {
  beforeEach(() => {
    process.env.API_URL = 'http://localhost:3000';
  });

  it('serves the health check', async () => {
    const server = http.createServer(() => { requests++; });
    server.listen(3000);
    fs.writeFileSync('/tmp/api-cache.json', '{}');
    seen.push('health');
  });

  it('is safe', async () => {
    const dir = fs.mkdtempSync(require('path').join(require('os').tmpdir(), 'x-'));
    server.listen(0);
  });
});
`;

describe('scanSource: javascript', () => {
  it('scopes to the it() body plus hooks and top-level code', () => {
    const findings = scanSource({ file: { path: 'test/api.test.js', text: JS }, testName: 'api serves the health check', ecosystem: 'javascript' });
    expect(brief(findings)).toEqual([
      'test/api.test.js:9 env-mutation fixture env:API_URL',
      'test/api.test.js:9 hard-coded-port fixture port:3000',
      'test/api.test.js:13 module-state test state:test/api.test.js#requests',
      'test/api.test.js:14 hard-coded-port test port:3000',
      'test/api.test.js:15 fixed-temp-path test path:/tmp/api-cache.json',
      'test/api.test.js:15 missing-cleanup test path:/tmp/api-cache.json',
      'test/api.test.js:16 module-state test state:test/api.test.js#seen',
    ]);
  });

  it('finds nothing in the safe test body beyond shared hooks', () => {
    const findings = scanSource({ file: { path: 'test/api.test.js', text: JS }, testName: 'api > is safe', ecosystem: 'javascript' });
    expect(findings.every((f) => f.scope === 'fixture')).toBe(true);
  });

  it('scans setup files whole', () => {
    const findings = scanSource({
      file: { path: 'test/a.test.ts', text: "test('a', () => { expect(1).toBe(1); });\n" },
      testName: 'a',
      ecosystem: 'javascript',
      support: [{ path: 'jest.setup.ts', text: "import { start } from './srv';\nstart({ port: 4010 });\n" }],
    });
    expect(brief(findings)).toEqual(['jest.setup.ts:2 hard-coded-port setup port:4010']);
  });
});

const GO = `package store

import (
	"net"
	"os"
	"testing"
)

var counter int

func TestStoreParallel(t *testing.T) {
	t.Parallel()
	os.Setenv("STORE_MODE", "fast")
	ln, err := net.Listen("tcp", "127.0.0.1:9090")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	counter++
	os.WriteFile("/tmp/store.json", []byte("{}"), 0o644)
}

func TestSafe(t *testing.T) {
	t.Setenv("STORE_MODE", "fast")
	dir := t.TempDir()
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	_ = dir
	_ = ln
}
`;

describe('scanSource: go', () => {
  it('scopes to the func body (subtest names too) and sees package variables', () => {
    const findings = scanSource({ file: { path: 'store/store_test.go', text: GO }, testName: 'TestStoreParallel/fast', ecosystem: 'go' });
    expect(brief(findings)).toEqual([
      'store/store_test.go:13 env-mutation test env:STORE_MODE',
      'store/store_test.go:14 hard-coded-port test port:9090',
      // Package variables belong to the package: every test file of it shares them.
      'store/store_test.go:19 module-state test state:store#counter',
      'store/store_test.go:20 fixed-temp-path test path:/tmp/store.json',
      'store/store_test.go:20 missing-cleanup test path:/tmp/store.json',
    ]);
  });

  it('does not flag t.Setenv, t.TempDir or port 0; only notes the package variable a sibling test writes', () => {
    expect(scanSource({ file: { path: 'store/store_test.go', text: GO }, testName: 'TestSafe', ecosystem: 'go' }).map((f) => `${f.line} ${f.kind} ${f.resource}`)).toEqual(['19 sibling-state state:store#counter']);
  });
});

describe('scanSource: what is not a finding', () => {
  it.each([
    ['python', 'def test_a(worker_id):\n    path = f"/tmp/cache_{worker_id}.json"\n'],
    ['python', 'def test_a(tmp_path):\n    d = tempfile.mkdtemp(dir="/tmp/work")\n'],
    ['javascript', "test('a', () => {\n  const f = path.join(os.tmpdir(), `x-${process.env.JEST_WORKER_ID}.json`);\n});\n"],
    ['javascript', "test('a', () => {\n  vi.stubEnv('MODE', 'x');\n  if (process.env.MODE === 'x') {}\n});\n"],
    ['go', 'package p\n\nfunc TestA(t *testing.T) {\n\tsrv := httptest.NewServer(h)\n\tt.Chdir(t.TempDir())\n}\n'],
  ] as const)('%s: %j', (ecosystem, text) => {
    const path = ecosystem === 'python' ? 't/test_a.py' : ecosystem === 'go' ? 'p/a_test.go' : 't/a.test.js';
    const name = ecosystem === 'go' ? 'TestA' : ecosystem === 'python' ? 'test_a' : 'a';
    // Reading a variable is no risk of its own (it only pairs with a test that writes it).
    expect(scanSource({ file: { path, text }, testName: name, ecosystem }).filter((f) => f.kind !== 'env-read')).toEqual([]);
  });

  it('reads a database URL as a shared database, not a port conflict', () => {
    const text = 'DSN = "postgresql://app:secret@localhost:5432/app_test"\n\n\ndef test_a():\n    connect(DSN)\n';
    const findings = scanSource({ file: { path: 't/test_a.py', text }, testName: 'test_a', ecosystem: 'python' });
    expect(findings.map((f) => `${f.kind} ${f.resource ?? ''}`)).toEqual(['shared-db-file db:app_test']);
  });
});

describe('scanSource: bounds', () => {
  it('keeps at most MAX_FINDINGS per test, closest scope first', () => {
    const text = `${Array.from({ length: 100 }, (_, i) => `P${i} = "/tmp/p${i}.json"`).join('\n')}\n\ndef test_x():\n    os.chdir("/")\n`;
    const findings = scanSource({ file: { path: 't.py', text }, testName: 'test_x', ecosystem: 'python' });
    expect(findings).toHaveLength(MAX_FINDINGS);
    expect(findings.some((f) => f.scope === 'test' && f.kind === 'chdir')).toBe(true);
  });

  it('caps the text of a finding', () => {
    const long = `def test_long():\n    url = "http://localhost:8080/${'x'.repeat(500)}"\n`;
    const [f] = scanSource({ file: { path: 't.py', text: long }, testName: 'test_long', ecosystem: 'python' });
    expect(f?.text.length).toBeLessThanOrEqual(160);
  });
});

describe('scanSource: more constructs', () => {
  it.each([
    ['python', 't/test_a.py', 'import tempfile, os\n\ndef test_a():\n    p = os.path.join(tempfile.gettempdir(), "report.json")\n', 'test_a', 'fixed-temp-path tmp:report.json'],
    ['python', 't/test_a.py', 'COUNT = 0\n\ndef test_a():\n    global COUNT\n    COUNT += 1\n', 'test_a', 'module-state state:t/test_a.py#COUNT'],
    ['python', 't/test_a.py', 'def test_a():\n    conn = psycopg.connect(DSN)\n    conn.execute("CREATE DATABASE app_test")\n', 'test_a', 'shared-db-file db:app_test'],
    ['javascript', 't/a.test.ts', "test('a', () => {\n  const p = path.join(os.tmpdir(), 'report.json');\n});\n", 'a', 'fixed-temp-path tmp:report.json'],
    ['javascript', 't/a.test.ts', "test('a', () => {\n  process.chdir('/srv');\n});\n", 'a', 'chdir cwd'],
    ['javascript', 't/a.test.ts', "test('a', () => {\n  const db = new Database('test.db');\n});\n", 'a', 'shared-db-file db:test.db'],
    ['go', 'p/a_test.go', 'package p\n\nfunc TestA(t *testing.T) {\n\tln, _ := net.Listen("tcp", ":8080")\n}\n', 'TestA', 'hard-coded-port port:8080'],
    ['go', 'p/a_test.go', 'package p\n\nfunc TestA(t *testing.T) {\n\tdb, _ := sql.Open("sqlite3", "shared.db")\n}\n', 'TestA', 'shared-db-file db:shared.db'],
    ['java', 'src/test/java/ATest.java', 'class ATest {\n  @Test\n  void serves() {\n    new ServerSocket(8081);\n  }\n}\n', 'serves()', 'hard-coded-port port:8081'],
    ['rust', 'tests/a.rs', '#[test]\nfn binds() {\n    std::env::set_var("MODE", "x");\n}\n', 'tests::binds', 'env-mutation env:MODE'],
  ] as const)('%s %s: %s', (ecosystem, path, text, name, expected) => {
    const findings = scanSource({ file: { path, text }, testName: name, ecosystem });
    expect(findings.map((f) => `${f.kind} ${f.resource ?? ''}`.trim())).toContain(expected);
    expect(findings.every((f) => f.scope === 'test' || f.scope === 'module')).toBe(true);
  });
});
