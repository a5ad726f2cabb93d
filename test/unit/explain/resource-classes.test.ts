// Classes of construct behind shared-file-path and timing-under-load that the earlier rules did
// not see: a relative file name held in a variable and written, in a working directory the
// test's threads share; a port handed into a container; the method of its own class a JVM test
// delegates to; Awaitility waits of a few seconds on background work. Snippets written for them,
// each with the safe form beside it.
import { describe, expect, it } from 'vitest';
import { scanSource } from '../../../src/explain/source-scan.js';
import type { Ecosystem } from '../../../src/model.js';
import type { SourceFinding } from '../../../src/explain/types.js';

const PATHS: Record<string, string> = { python: 'tests/test_a.py', javascript: 'test/a.test.js', java: 'src/test/java/app/ATest.java', go: 'pkg/server/server_suite_test.go' };
const NAMES: Record<string, string> = { python: 'test_a', javascript: 'a', java: 'a', go: 'TestServer' };

function scan(ecosystem: Ecosystem, text: string, support: Record<string, string> = {}, packageFiles: Record<string, string> = {}): SourceFinding[] {
  return scanSource({
    file: { path: PATHS[ecosystem] ?? 'x', text },
    testName: NAMES[ecosystem] ?? 'a',
    ecosystem,
    support: Object.entries(support).map(([path, t]) => ({ path, text: t })),
    packageFiles: Object.entries(packageFiles).map(([path, t]) => ({ path, text: t })),
  });
}

function kinds(findings: readonly SourceFinding[]): string[] {
  return findings.map((f) => `${f.kind}${f.resource === undefined ? '' : ` ${f.resource}`}`);
}

describe('a relative file name held in a variable, then written', () => {
  const inCwd = 'def test_a():\n    out = "result.npz"\n    np.savez(out, a=1)\n    assert np.load(out)["a"] == 1\n';
  const inOwnDir = 'def test_a(tmpdir):\n    with tmpdir.as_cwd():\n        out = "result.npz"\n        save_npz(out, A)\n        back = load_npz(out)\n';

  it('in the working directory every worker shares: a fixed output path', () => {
    expect(kinds(scan('python', inCwd))).toContain('fixed-output-path path:result.npz');
    expect(kinds(scan('javascript', "it('a', () => {\n  const out = 'report.json';\n  fs.writeFileSync(out, '{}');\n});\n"))).toContain('fixed-output-path path:report.json');
  });

  it('a unique temp file, or a name only read, is no finding', () => {
    const unique = 'def test_a():\n    fd, out = tempfile.mkstemp(suffix=".npz")\n    np.savez(out, a=1)\n';
    const readOnly = 'def test_a():\n    src = "data.csv"\n    df = pd.read_csv(src)\n    assert len(df) == 3\n';
    for (const text of [unique, readOnly]) expect(kinds(scan('python', text)).filter((k) => k.includes('path'))).toEqual([]);
  });

  it('after moving into its own directory, safe for workers that are processes', () => {
    expect(kinds(scan('python', inOwnDir)).filter((k) => k.includes('path'))).toEqual([]);
    const monkeypatched = 'def test_a(monkeypatch, tmp_path):\n    monkeypatch.chdir(tmp_path)\n    name = "out.csv"\n    df.to_csv(name)\n';
    expect(kinds(scan('python', monkeypatched)).filter((k) => k.includes('path'))).toEqual([]);
  });

  it('under pytest-run-parallel the threads share one working directory, so one file', () => {
    const conftest = 'try:\n    import pytest_run_parallel  # noqa\nexcept ImportError:\n    pass\n';
    expect(kinds(scan('python', inOwnDir, { 'tests/conftest.py': conftest }))).toContain('fixed-output-path path:result.npz');
    const marked = `import pytest\n\n\n@pytest.mark.parallel_threads(4)\n${inOwnDir}`;
    expect(kinds(scan('python', marked))).toContain('fixed-output-path path:result.npz');
    // A test pytest-run-parallel runs in one thread (`thread_unsafe`) is alone in its directory.
    const single = `import pytest\n\n\n@pytest.mark.thread_unsafe\n${inOwnDir}`;
    expect(kinds(scan('python', single, { 'tests/conftest.py': conftest })).filter((k) => k.includes('path'))).toEqual([]);
  });
});

describe('a port handed into a container is not one the test binds', () => {
  it('`docker run -e DB_PORT=5434` names the container side; a port setting in code still counts', () => {
    const docker = 'def test_a():\n    run("docker run --name db -d "\n        "-e MYSQL_PORT=5434 -e MYSQL_USER=root mysql")\n';
    expect(kinds(scan('python', docker)).filter((k) => k.startsWith('hard-coded-port'))).toEqual([]);
    const envFlag = "it('a', () => {\n  execSync('docker run --env=APP_PORT=8081 app');\n});\n";
    expect(kinds(scan('javascript', envFlag)).filter((k) => k.startsWith('hard-coded-port'))).toEqual([]);
    expect(kinds(scan('python', 'def test_a():\n    serve(port=5434)\n'))).toContain('hard-coded-port port:5434');
  });
});

describe('JVM: the method of its own class a test delegates to', () => {
  const cls = (helper: string, extra = ''): string =>
    `class ATest {\n  @Test\n  void a() {\n    runScenario(3);\n  }\n\n  private void runScenario(int n) {\n    start(n);\n${helper}\n  }\n${extra}}\n`;

  it('its body is what the test runs: a wait there is the test\'s', () => {
    const found = scan('java', cls('    await().atMost(ofSeconds(5)).until(() -> done.get() == n);'));
    expect(found.filter((f) => f.kind === 'fixed-wait').map((f) => [f.line, f.scope])).toEqual([[9, 'fixture']]);
  });

  it('a method the test does not call is not read', () => {
    const uncalled = '\n  private void other() {\n    await().atMost(ofSeconds(5)).until(() -> done.get());\n  }\n';
    expect(kinds(scan('java', cls('    finish();', uncalled)))).not.toContain('fixed-wait');
  });
});

describe('Awaitility waits of a few seconds on background work', () => {
  it.each([
    'await().atMost(ofSeconds(5)).untilAsserted(() -> assertThat(processed.get()).isEqualTo(10));',
    'Awaitility.waitAtMost(ofSeconds(10)).until(() -> consumer.getConsumedKeys().size() > 10);',
    'await().atMost(5, SECONDS).until(() -> queue.isEmpty());',
    'await().atMost(Duration.FIVE_SECONDS).until(ready::get);',
  ])('%s', (line) => {
    expect(kinds(scan('java', `class ATest {\n  @Test\n  void a() {\n    produce();\n    ${line}\n  }\n}\n`))).toContain('fixed-wait');
  });

  it.each([
    // A generous bound, well past Awaitility's ten-second default.
    'await().atMost(ofSeconds(60)).until(() -> queue.isEmpty());',
    // A poll of a client is no deadline on progress.
    'consumer.poll(ofSeconds(1));',
  ])('not a reading: %s', (line) => {
    expect(kinds(scan('java', `class ATest {\n  @Test\n  void a() {\n    produce();\n    ${line}\n  }\n}\n`))).not.toContain('fixed-wait');
  });
});

describe('a module loaded inside the test\'s own timeout', () => {
  it('`await import(...)` in the body, or in a function of the file the test calls', () => {
    const inBody = "it('a', async () => {\n  const { render } = await import('../canvas');\n  expect(render()).toBe(1);\n});\n";
    expect(kinds(scan('javascript', inBody))).toContain('cold-import');
    const inHelper =
      "describe('labels', () => {\n  async function makeI18n() {\n    const { createI18n } = await import('@app/core');\n    return createI18n();\n  }\n\n  it('a', async () => {\n    const i18n = await makeI18n();\n    expect(i18n.t('x')).toBe('x');\n  });\n});\n";
    expect(scan('javascript', inHelper).filter((f) => f.kind === 'cold-import').map((f) => [f.line, f.scope])).toEqual([[3, 'fixture']]);
  });

  it('a static import, a helper the test does not call, or a re-import after resetModules is none', () => {
    const staticImport = "import { render } from '../canvas';\n\nit('a', () => {\n  expect(render()).toBe(1);\n});\n";
    const uncalled = "async function load() {\n  return await import('../canvas');\n}\n\nit('a', () => {\n  expect(1).toBe(1);\n});\n";
    const fresh = "beforeEach(() => {\n  vi.resetModules();\n});\n\nit('a', async () => {\n  process.env.MODE = 'x';\n  const { mode } = await import('../config');\n  expect(mode).toBe('x');\n});\n";
    for (const text of [staticImport, uncalled, fresh]) expect(kinds(scan('javascript', text))).not.toContain('cold-import');
  });
});

describe('Go: a Ginkgo suite runs the spec containers of its package', () => {
  const suite = 'package server\n\nfunc TestServer(t *testing.T) {\n\tRegisterFailHandler(Fail)\n\tRunSpecs(t, "server")\n}\n';
  const specs =
    'package server\n\nvar _ = Describe("status", func() {\n\tconst configPath = "/tmp/app.ready.conf"\n\n\tBeforeEach(func() {\n\t\tExpect(os.WriteFile(configPath, nil, 0o600)).To(Succeed())\n\t})\n})\n\nfunc helper() string {\n\treturn "/tmp/unused.conf"\n}\n';

  it('the fixed path in a `var _ = Describe(...)` of the package is the suite test\'s own', () => {
    const found = scan('go', suite, {}, { 'pkg/server/status_test.go': specs });
    expect(found.filter((f) => f.resource === 'path:/tmp/app.ready.conf').map((f) => [f.file, f.scope])).toEqual([['pkg/server/status_test.go', 'test']]);
    expect(found.some((f) => f.resource === 'path:/tmp/unused.conf' && f.scope === 'test')).toBe(false);
  });

  it('a plain Go test does not take in the package\'s Ginkgo containers', () => {
    const plain = 'package server\n\nfunc TestServer(t *testing.T) {\n\tif run() != nil {\n\t\tt.Fatal("x")\n\t}\n}\n';
    expect(scan('go', plain, {}, { 'pkg/server/status_test.go': specs }).filter((f) => f.scope === 'test')).toEqual([]);
  });
});
