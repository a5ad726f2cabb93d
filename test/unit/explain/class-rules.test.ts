// The construct classes behind timing-under-load, shared-env-or-cwd, shared-file-path,
// shared-database and port-conflict, each on small snippets written the way the documented idioms
// (and the real suites of eval:wild's tune half) write them, with the safe form beside it.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import { scanSource } from '../../../src/explain/source-scan.js';
import type { Ecosystem, RunResult, TestAnalysis } from '../../../src/model.js';
import type { SourceFinding } from '../../../src/explain/types.js';
import { analysis, failingRuns, run, tc } from './build.js';

const PATHS: Record<string, string> = { python: 'tests/test_a.py', javascript: 'test/a.test.js', go: 'pkg/a_test.go', java: 'src/test/java/app/ATest.java' };
const NAMES: Record<string, string> = { python: 'test_a', javascript: 'a', go: 'TestA', java: 'a' };

function scan(ecosystem: Ecosystem, text: string, extra: { library?: Record<string, string> } = {}): SourceFinding[] {
  const library = Object.entries(extra.library ?? {}).map(([path, t]) => ({ path, text: t }));
  return scanSource({ file: { path: PATHS[ecosystem] ?? 'x', text }, testName: NAMES[ecosystem] ?? 'a', ecosystem, library });
}

function kinds(findings: readonly SourceFinding[]): string[] {
  return findings.map((f) => `${f.kind}${f.resource === undefined ? '' : ` ${f.resource}`}`);
}

describe('timing: constructs that race the clock', () => {
  it.each([
    ['python', 'def test_a():\n    start = time.monotonic()\n    run()\n    assert time.monotonic() - start < 0.5\n', 'elapsed-assertion'],
    ['python', 'def test_a():\n    job.start()\n    sleep(0.2)\n    assert job.done\n', 'fixed-wait'],
    ['javascript', "it('a', async () => {\n  emit();\n  await sleep(windowMs);\n\n  // the hot loop is gone\n  // the count is bounded\n  assert.ok(attempts.length <= 10);\n});\n", 'fixed-wait'],
    ['go', 'package p\n\nfunc TestA(t *testing.T) {\n\tstart := time.Now()\n\trun()\n\tassert.Less(t, time.Since(start), 200*time.Millisecond)\n}\n', 'elapsed-assertion'],
    ['go', 'package p\n\nfunc TestA(t *testing.T) {\n\tstop()\n\ttime.Sleep(time.Millisecond * 50)\n\tif alive(pid) {\n\t\tt.Fatal("alive")\n\t}\n}\n', 'fixed-wait'],
    ['java', 'class ATest {\n  @Test\n  void a() throws Exception {\n    assertTrue(latch.await(200, TimeUnit.MILLISECONDS));\n  }\n}\n', 'fixed-wait'],
    ['java', 'class ATest {\n  @Test(timeout = 500)\n  void a() {\n    run();\n  }\n}\n', 'fixed-wait'],
    ['java', 'class ATest {\n  @Test\n  void a() {\n    OffsetDateTime end = OffsetDateTime.now().plusSeconds(10);\n    bind(end);\n  }\n}\n', 'clock-window'],
    ['python', 'def test_a():\n    expires = datetime.now() + timedelta(seconds=5)\n    issue(expires)\n', 'clock-window'],
  ] as const)('%s: %j', (ecosystem, text, kind) => {
    expect(kinds(scan(ecosystem, text))).toContain(kind);
  });

  it.each([
    // A fake clock moves with the test, not with the load.
    ['javascript', "it('a', async () => {\n  vi.useFakeTimers();\n  start();\n  await sleep(100);\n  expect(done).toBe(true);\n});\n"],
    // A minute of budget is not a sub-second deadline (`60_000`).
    ['javascript', "it('a', async () => {\n  await run({ timeout: 60_000 });\n});\n"],
    // An expiry a month ahead is no window a loaded machine can miss.
    ['java', 'class ATest {\n  @Test\n  void a() {\n    OffsetDateTime end = OffsetDateTime.now().plusDays(30);\n    bind(end);\n  }\n}\n'],
  ] as const)('not a reading: %s %j', (ecosystem, text) => {
    expect(kinds(scan(ecosystem, text)).filter((k) => k.startsWith('fixed-wait') || k.startsWith('elapsed') || k.startsWith('clock'))).toEqual([]);
  });

  it('a measured duration over its bound names timing on its own, beside the core-count threshold', () => {
    const t = analysis({ file: 'tests/test_beat.py', name: 'test_beat', threshold: 4 });
    const [out] = explain({ tests: [t], runs: failingRuns(t, 'assert 0.2451878179999767 < 0.2'), clusters: [], ecosystem: 'python', sources: new Map(), cores: 2 });
    expect(out?.causes[0]?.cause).toBe('timing-under-load');
    expect(out?.causes[0]?.score).toBeGreaterThanOrEqual(0.6);
  });
});

describe('environment and working directory', () => {
  it.each([
    ['javascript', "it('a', () => {\n  process.env = { ...process.env, MODE: 'x' };\n});\n", 'env-mutation env:'],
    ['python', 'from os import environ\n\n\ndef test_a():\n    environ["HOME"] = "/nowhere"\n', 'env-mutation env:HOME'],
    ['java', 'class ATest {\n  @Test\n  void a() {\n    System.clearProperty("user.home");\n  }\n}\n', 'env-mutation env:user.home'],
    ['java', 'class ATest {\n  @Test\n  void a() throws Exception {\n    withEnvironmentVariable("PATH", "/x").execute(() -> run());\n  }\n}\n', 'env-mutation env:PATH'],
  ] as const)('%s: %j', (ecosystem, text, kind) => {
    expect(kinds(scan(ecosystem, text))).toContain(kind);
  });

  it('a variable set in set-up and put back in tear-down does not leak out of a worker process', () => {
    const js = "beforeAll(() => {\n  originalMode = process.env.MODE;\n  process.env.MODE = 'test';\n});\nafterAll(() => {\n  process.env.MODE = originalMode;\n});\nit('a', () => {\n  run();\n});\n";
    expect(kinds(scan('javascript', js)).filter((k) => k.startsWith('env-mutation'))).toEqual([]);
    // The same set-up without the restore leaks.
    expect(kinds(scan('javascript', "beforeAll(() => {\n  process.env.MODE = 'test';\n});\nit('a', () => {\n  run();\n});\n"))).toContain('env-mutation env:MODE');
  });

  it('a Go test that sets and restores a variable still races a parallel test reading it', () => {
    const go = 'package p\n\nfunc TestA(t *testing.T) {\n\tt.Parallel()\n\told := os.Getenv("REGION")\n\tos.Setenv("REGION", "x")\n\tdefer os.Setenv("REGION", old)\n}\n';
    expect(kinds(scan('go', go))).toContain('env-mutation env:REGION');
  });

  const together = (a: TestAnalysis, b: TestAnalysis, message: string): RunResult[] => [
    run('e-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]),
    ...[2, 3, 4].map((n) => run(`e-00${n}-w4`, 4, [tc(a, 'failed', { message }), tc(b, 'failed', { message })])),
  ];

  it('one test reads the variable a co-failing test writes: the environment they share', () => {
    const writer = 'package fp\n\nfunc TestWriter(t *testing.T) {\n\tt.Parallel()\n\tos.Setenv("METADATA_URL", srv.URL)\n\tcheck(t)\n}\n';
    const reader = 'package fp\n\nfunc TestReader(t *testing.T) {\n\tt.Parallel()\n\turl := os.Getenv("METADATA_URL")\n\tif url != "" {\n\t\tt.Fatal(url)\n\t}\n}\n';
    const a = analysis({ file: 'fp/reader_test.go', name: 'TestReader', cluster: 0 });
    const b = analysis({ file: 'fp/writer_test.go', name: 'TestWriter', cluster: 0 });
    const sources = new Map([['fp/reader_test.go', reader], ['fp/writer_test.go', writer]]);
    const [out] = explain({ tests: [a, b], runs: together(a, b, 'reader_test.go:7: http://127.0.0.1:4000'), clusters: [{ id: 0, tests: [a.id, b.id], runs: [] }], ecosystem: 'go', sources, cores: 2 });
    expect(out?.causes[0]?.cause).toBe('shared-env-or-cwd');
    expect(out?.causes[0]?.evidence.map((e) => e.text).join('\n')).toMatch(/environment variable METADATA_URL is also used by/);
  });

  it('two tests that only read one variable share nothing', () => {
    const py = (name: string): string => `import os\n\n\ndef ${name}():\n    assert os.environ.get("REGION") is None\n`;
    const a = analysis({ file: 'tests/test_a.py', name: 'test_a', cluster: 0 });
    const b = analysis({ file: 'tests/test_b.py', name: 'test_b', cluster: 0 });
    const sources = new Map([['tests/test_a.py', py('test_a')], ['tests/test_b.py', py('test_b')]]);
    const [out] = explain({ tests: [a, b], runs: together(a, b, 'assert False'), clusters: [{ id: 0, tests: [a.id, b.id], runs: [] }], ecosystem: 'python', sources, cores: 2 });
    expect(out?.causes[0]?.cause).toBe('unknown');
  });

  it('a working directory that vanished, and a program PATH no longer finds, are the environment', () => {
    for (const message of ['fatal: Unable to read current working directory: No such file or directory', 'java.io.IOException: Cannot run program "id": error=2, No such file or directory']) {
      const t = analysis({ file: 'tests/test_a.py', name: 'test_a' });
      const [out] = explain({ tests: [t], runs: failingRuns(t, message), clusters: [], ecosystem: 'python', sources: new Map(), cores: 2 });
      expect(out?.causes[0]?.cause).toBe('shared-env-or-cwd');
    }
  });
});

describe('file paths', () => {
  it.each([
    ['javascript', "it('a', () => {\n  fs.writeFileSync(path.join(__dirname, 'fixtures', 'out.json'), '{}');\n});\n", 'fixed-output-path path:out.json'],
    ['javascript', "it('a', async () => {\n  await rimraf('test/output');\n});\n", 'fixed-output-path path:test/output'],
    ['python', 'def test_a():\n    with open(os.path.join(os.path.dirname(__file__), "out.txt"), "w") as fh:\n        fh.write("x")\n', 'fixed-output-path path:out.txt'],
    ['python', 'def test_a():\n    (Path(__file__).parent / "build").mkdir(exist_ok=True)\n', 'fixed-output-path path:build'],
    ['go', 'package p\n\nfunc TestA(t *testing.T) {\n\tos.WriteFile(filepath.Join("testdata", "golden.out"), b, 0o644)\n}\n', 'fixed-output-path path:golden.out'],
    ['java', 'class ATest {\n  @Test\n  void a() throws Exception {\n    Files.writeString(Paths.get("build/report.txt"), "x");\n  }\n}\n', 'fixed-output-path path:build/report.txt'],
    ['python', 'def test_a():\n    cache = os.path.expanduser("~/.myapp")\n    shutil.rmtree(os.path.join(cache, "index"))\n', 'fixed-temp-path home:index'],
  ] as const)('%s: %j', (ecosystem, text, kind) => {
    expect(kinds(scan(ecosystem, text))).toContain(kind);
  });

  it('a cwd-relative path constant of the code under test, written through an attribute that holds it', () => {
    const constants = 'import os\n\nCACHE_PATH = os.path.join(".", ".cache_app")\n';
    const cache = 'from app.constants import CACHE_PATH\n\n\nclass Cache:\n    def __init__(self):\n        self.path = Path(CACHE_PATH)\n\n    def save(self):\n        with open(self.path, "w") as f:\n            f.write("{}")\n';
    const found = scan('python', 'from app.cache import Cache\n\n\ndef test_a():\n    Cache().save()\n', { library: { 'app/constants.py': constants, 'app/cache.py': cache } });
    expect(kinds(found)).toContain('fixed-output-path path:.cache_app');
  });

  it.each([
    ['javascript', "it('a', () => {\n  fs.writeFileSync(path.join(dir, 'out.json'), '{}');\n});\n"],
    ['python', 'def test_a(tmp_path):\n    with open(os.path.join(tmp_path, "out.txt"), "w") as fh:\n        fh.write("x")\n'],
    ['go', 'package p\n\nfunc TestA(t *testing.T) {\n\tos.WriteFile(filepath.Join(t.TempDir(), "out"), b, 0o644)\n}\n'],
    ['python', 'def test_a(monkeypatch, tmp_path):\n    monkeypatch.setenv("HOME", str(tmp_path))\n    cache = os.path.expanduser("~/.myapp")\n    shutil.rmtree(os.path.join(cache, "index"))\n'],
  ] as const)('per-test paths are not shared: %s %j', (ecosystem, text) => {
    expect(kinds(scan(ecosystem, text)).filter((k) => k.includes('path'))).toEqual([]);
  });
});

describe('databases and ports', () => {
  it.each([
    ['java', 'class ATest {\n  static final String URL = "jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1";\n  @Test\n  void a() {\n    connect(URL);\n  }\n}\n', 'shared-db-file db:testdb'],
    ['python', 'ENGINE = create_engine("sqlite:///./test.db")\n\n\ndef test_a():\n    ENGINE.connect()\n', 'shared-db-file db:./test.db'],
    ['javascript', "const db = knex({ client: 'pg', connection: { database: 'app_test' } });\nit('a', async () => {\n  await db('users').insert({ id: 1 });\n});\n", 'fixed-db-name db:app_test'],
    ['python', 'def test_a(conn):\n    conn.execute("TRUNCATE TABLE orders")\n', 'db-table-reset table:orders'],
    ['javascript', "beforeEach(async () => {\n  await sequelize.sync({ force: true });\n});\nit('a', () => {});\n", 'db-table-reset table:*'],
    ['java', '@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)\nclass ATest {\n  @Test\n  void a() {}\n}\n', 'hard-coded-port port:spring-defined-port'],
    ['java', 'class ATest {\n  @Test\n  void a() throws Exception {\n    server.start(8089);\n  }\n}\n', 'hard-coded-port port:8089'],
    ['javascript', "const PORT = process.env.PORT || 3100;\nit('a', () => {\n  app.listen(PORT);\n});\n", 'hard-coded-port port:3100'],
  ] as const)('%s: %j', (ecosystem, text, kind) => {
    expect(kinds(scan(ecosystem, text))).toContain(kind);
  });

  it.each([
    ['javascript', "const db = knex({ client: 'pg', connection: { database: `app_test_${process.env.JEST_WORKER_ID}` } });\nit('a', () => {});\n"],
    ['python', 'def test_a(worker_id):\n    url = f"sqlite:///test_{worker_id}.db"\n'],
    ['java', 'class ATest {\n  @Test\n  void a() {\n    connect("jdbc:h2:mem:" + UUID.randomUUID());\n  }\n}\n'],
  ] as const)('per-worker databases are not shared: %s %j', (ecosystem, text) => {
    expect(kinds(scan(ecosystem, text)).filter((k) => k.startsWith('shared-db') || k.startsWith('fixed-db'))).toEqual([]);
  });
});

describe('timing and ports named once and used elsewhere', () => {
  it('a sub-second timeout passed under a longer keyword name', () => {
    const py = 'async def test_a():\n    watchdog = Watchdog(generation_no_progress_timeout_seconds=0.07, idle_timeout_seconds=1.0)\n    await watchdog.run()\n';
    expect(kinds(scan('python', py))).toContain('fixed-wait');
  });

  it('a port constant declared in a helper module and used by name in the test: the port is the test\'s', () => {
    const helper = "export const FAKE_SERVER_PORT = 11435;\nexport function start() {\n  server.listen(FAKE_SERVER_PORT);\n}\n";
    const test = "import { FAKE_SERVER_PORT, start } from './helpers/fake-server';\n\nit('a', async () => {\n  const res = await fetch(`http://127.0.0.1:${FAKE_SERVER_PORT}/api`);\n  expect(res.ok).toBe(true);\n});\n";
    const found = scanSource({ file: { path: 'test/a.test.js', text: test }, testName: 'a', ecosystem: 'javascript', helpers: [{ path: 'test/helpers/fake-server.js', text: helper }] });
    expect(found.find((f) => f.kind === 'hard-coded-port' && f.scope === 'test')?.resource).toBe('port:11435');
  });

  it('a Java constant port used by the test method', () => {
    const java = 'class ATest {\n  private static final int PORT = 18089;\n\n  @Test\n  void a() {\n    server = new Server(PORT);\n    server.start();\n  }\n}\n';
    expect(kinds(scan('java', java))).toContain('hard-coded-port port:18089');
  });
});

describe('more idioms of the same classes', () => {
  it.each([
    ['java', 'class ATest {\n  @Test\n  void a() {\n    service.submit();\n    verify(listener, timeout(100)).done();\n  }\n}\n', 'fixed-wait'],
    ['python', 'def test_a():\n    worker.start()\n    worker.join(0.5)\n    assert not worker.is_alive()\n', 'fixed-wait'],
    ['javascript', "it('a', async () => {\n  await flush();\n  expect(done).toBe(true);\n}, 500);\n", 'fixed-wait'],
    ['java', '@SpringBootTest(webEnvironment = DEFINED_PORT)\nclass ATest {\n  @Test\n  void a() {}\n}\n', 'hard-coded-port port:spring-defined-port'],
    ['java', '@WireMockTest(httpPort = 8089)\nclass ATest {\n  @Test\n  void a() {}\n}\n', 'hard-coded-port port:8089'],
    ['python', 'def test_a():\n    df.to_csv("report.csv")\n    assert Path("report.csv").exists()\n', 'fixed-output-path path:report.csv'],
    ['python', 'def test_a(client):\n    redis_client.flushdb()\n    client.get("/")\n', 'db-table-reset table:*'],
  ] as const)('%s: %j', (ecosystem, text, kind) => {
    expect(kinds(scan(ecosystem, text))).toContain(kind);
  });

  it.each([
    // A join of strings is not a wait; a report variable is not a port.
    ['python', 'def test_a():\n    name = ", ".join(parts)\n    assert name\n'],
    ['javascript', "it('a', () => {\n  const report = 2024;\n  expect(report).toBe(2024);\n});\n"],
    ['python', 'def test_a(tmp_path):\n    df.to_csv(tmp_path / "report.csv")\n'],
  ] as const)('not a reading: %s %j', (ecosystem, text) => {
    expect(kinds(scan(ecosystem, text)).filter((k) => !k.startsWith('env-read'))).toEqual([]);
  });
});

describe('sub-second timers and scheduled work', () => {
  it.each([
    ['java', 'class ATest {\n  @Test\n  void a() {\n    executor.schedule(task, 100, TimeUnit.MILLISECONDS);\n    assertThat(done).isTrue();\n  }\n}\n'],
    ['python', 'def test_a():\n    t = threading.Timer(0.1, flush)\n    t.start()\n'],
    ['python', 'async def test_a():\n    loop.call_later(0.05, stop)\n    await run()\n'],
  ] as const)('%s: %j', (ecosystem, text) => {
    expect(kinds(scan(ecosystem, text))).toContain('fixed-wait');
  });

  it('a timer of seconds is not a sub-second deadline', () => {
    expect(kinds(scan('python', 'def test_a():\n    t = threading.Timer(5, flush)\n    t.start()\n')).filter((k) => k === 'fixed-wait')).toEqual([]);
  });
});
