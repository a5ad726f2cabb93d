// Writes to process-wide state on synthetic snippets: each construct class once per language,
// the idiomatic safe forms that must not match, and the cause the runner's process model gives.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import type { Ecosystem, RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, failingRuns, run, tc } from './build.js';
import { globalWrites } from '../../../src/explain/global-writes.js';
import { findStateMutations, goImportNames } from '../../../src/explain/module-state.js';
import { junitRunsConcurrently, pytestRunsThreads } from '../../../src/explain/process-model.js';
import { processStateLines } from '../../../src/explain/process-state.js';
import { scanSource } from '../../../src/explain/source-scan.js';
import type { Region } from '../../../src/explain/source-lang.js';

/** A file whose body lines (after `head`) are the test's region. */
function file(path: string, head: readonly string[], body: readonly string[], scope: Region['scope'] = 'test'): Region[] {
  const lines = [...head, ...body];
  return [
    { path, lines, start: 0, end: head.length - 1, scope: 'module' },
    { path, lines, start: head.length, end: lines.length - 1, scope },
  ];
}

const writes = (regions: Region[], path: string): string[] => globalWrites(regions, 'other', path).map((w) => `${w.cause} ${w.resource}`);

describe('Python: module, class and registry writes from what the test runs', () => {
  const head = ['from django.conf import settings', 'from app import exporters, config as cfg', 'import app.cache', 'from app.views import (', '    TenantView,', ')', 'registry = Registry()', ''];
  it.each([
    ['    settings.FEATURE_FLAGS = {"beta": True}', 'global:settings.FEATURE_FLAGS'],
    ['    cfg.retries += 1', 'global:cfg.retries'],
    ['    app.cache.enabled = False', 'global:app.cache.enabled'],
    ['    TenantView.tenant_state = {}', 'global:TenantView.tenant_state'],
    ['    setattr(cfg, "retries", 0)', 'global:cfg.retries'],
    ['    del app.cache.backend', 'global:app.cache.backend'],
    ['    exporters.register("csv", CsvExporter())', 'global:exporters'],
    ['    registry.unregister(handler)', 'global:registry'],
  ])('%s', (line, resource) => {
    expect(writes(file('tests/test_a.py', head, ['def test_a():', line]), 'tests/test_a.py')).toEqual([`order-dependence ${resource}`]);
  });

  it.each([
    ['    monkeypatch.setattr(cfg, "retries", 0)'],
    ['    mocker.patch.object(TenantView, "tenant_state", {})'],
    ['    self.client.defaults = {}'],
    ['    view = TenantView()'],
    ['    result.value = 3'],
    ['    assert settings.DEBUG == False'],
    ['    local_registry.register("x", 1)'],
  ])('not a write to process-wide state: %s', (line) => {
    expect(writes(file('tests/test_a.py', head, ['def test_a(result):', line]), 'tests/test_a.py')).toEqual([]);
  });

  it("a fixture argument shadows the module's name (pytest-django's `settings` restores itself)", () => {
    expect(writes(file('tests/test_a.py', head, ['def test_a(settings):', '    settings.DEBUG = True']), 'tests/test_a.py')).toEqual([]);
  });

  it('module lines and unused file lines are not what the test runs', () => {
    expect(writes(file('tests/test_a.py', head, ['settings.DEBUG = True'], 'module'), 'tests/test_a.py')).toEqual([]);
  });
});

describe('Java: static fields and singletons', () => {
  it.each([
    ['        HttpClientFactory.timeoutMillis = 5;', 'global:HttpClientFactory.timeoutMillis'],
    ['        Config.INSTANCE_COUNT += 1;', 'global:Config.INSTANCE_COUNT'],
    ['        PluginRegistry.getInstance().register(new CsvPlugin());', 'global:PluginRegistry'],
    ['        FeatureFlags.INSTANCE.setEnabled("beta", true);', 'global:FeatureFlags'],
  ])('%s', (line, resource) => {
    expect(writes(file('src/test/java/a/ATest.java', ['class ATest {'], ['    void a() {', line, '    }']), 'src/test/java/a/ATest.java')).toEqual([`shared-global-state ${resource}`]);
  });

  it.each([['        this.count = 0;'], ['        client.timeout = 5;'], ['        var x = Registry.getInstance().lookup("csv");'], ['        assertEquals(1, Config.INSTANCE_COUNT);']])('not flagged: %s', (line) => {
    expect(writes(file('src/test/java/a/ATest.java', ['class ATest {'], ['    void a() {', line, '    }']), 'src/test/java/a/ATest.java')).toEqual([]);
  });
});

describe('JS: the global object, prototypes and built-ins, keyed to the test file', () => {
  it.each([
    ['  globalThis.fetch = fakeFetch;', 'global:test/a.test.js#fetch'],
    ['  global.__APP_STATE__ = {};', 'global:test/a.test.js#__APP_STATE__'],
    ["  Object.defineProperty(window, 'location', { value: loc });", 'global:test/a.test.js#location'],
    ['  Array.prototype.last = function () { return this[this.length - 1]; };', 'global:test/a.test.js#Array.prototype.last'],
    ['  Date.now = () => 0;', 'global:test/a.test.js#Date.now'],
  ])('%s', (line, resource) => {
    expect(writes(file('test/a.test.js', [''], ["it('a', () => {", line, '});']), 'test/a.test.js')).toEqual([`order-dependence ${resource}`]);
  });

  it.each([["  vi.stubGlobal('fetch', fakeFetch);"], ['WsPromiser.prototype.nextMsg = function () {'], ["  jest.spyOn(Date, 'now').mockReturnValue(0);"], ['  const now = Date.now();'], ['  if (globalThis.fetch === undefined) return;']])('not flagged: %s', (line) => {
    expect(writes(file('test/a.test.js', [''], ["it('a', () => {", line, '});']), 'test/a.test.js')).toEqual([]);
  });
});

describe("Go: an imported package's variable assigned", () => {
  const head = ['package cli', '', 'import (', '\t"net/http"', '\t"os"', '\tcfg "example.com/app/config"', '\t"example.com/app/processor/v3"', '\t"gopkg.in/yaml.v3"', ')', ''];

  it('names what the imports bind: alias, last element, major-version suffixes dropped', () => {
    expect([...goImportNames(head)].sort()).toEqual(['cfg', 'http', 'os', 'processor', 'yaml']);
    expect([...goImportNames(['package x', 'import "github.com/spf13/viper"'])]).toEqual(['viper']);
  });

  it.each([
    ['\tos.Args = []string{"app", "-v"}', 'os.Args'],
    ['\tcfg.Debug = true', 'cfg.Debug'],
    ['\tprocessor.MaxMean++', 'processor.MaxMean'],
    ['\thttp.DefaultClient = &http.Client{Transport: rt}', 'http.DefaultClient'],
  ])('%s', (line, name) => {
    const regions = file('cli/cli_test.go', head, ['func TestA(t *testing.T) {', line, '}']);
    expect(findStateMutations(regions, 'go', 'cli/cli_test.go').map((m) => m.name)).toEqual([name]);
  });

  it.each([['\tresult.Value = 3'], ['\tgot := cfg.Debug'], ['\tif cfg.Debug == true {'], ['\topts.Timeout = time.Second']])('not flagged: %s', (line) => {
    const regions = file('cli/cli_test.go', head, ['func TestA(t *testing.T) {', line, '}']);
    expect(findStateMutations(regions, 'go', 'cli/cli_test.go')).toEqual([]);
  });
});

describe('how much a write weighs, alone and shared with a co-failing test', () => {
  function together(a: TestAnalysis, b: TestAnalysis, message: string): RunResult[] {
    return [run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]), ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(a, 'failed', { message }), tc(b, 'failed', { message })]))];
  }
  function top(tests: TestAnalysis[], runs: RunResult[], sources: Record<string, string>, ecosystem: Ecosystem): { cause: string; score: number } {
    const [out] = explain({ tests, runs, clusters: tests.length > 1 ? [{ id: 0, tests: tests.map((t) => t.id), runs: [] }] : [], ecosystem, sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
    return { cause: out?.causes[0]?.cause ?? 'unknown', score: out?.causes[0]?.score ?? 0 };
  }
  const py = (name: string, value: string): string => `from app import config\n\n\ndef ${name}():\n    config.MAX_ITEMS = ${value}\n    assert len(load()) == ${value}\n`;

  it('pytest: two co-failing tests in different files set the same module attribute: order dependence, strong', () => {
    const a = analysis({ file: 'tests/test_a.py', name: 'test_a', cluster: 0 });
    const b = analysis({ file: 'tests/test_b.py', name: 'test_b', cluster: 0 });
    const got = top([a, b], together(a, b, 'AssertionError: assert 5 == 2'), { 'tests/test_a.py': py('test_a', '2'), 'tests/test_b.py': py('test_b', '5') }, 'python');
    expect(got.cause).toBe('order-dependence');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });

  it('a module attribute written by a test that fails with no other test failing: possible (two weak readings agree), not more', () => {
    const t = analysis({ file: 'tests/test_a.py', name: 'test_a' });
    const got = top([t], failingRuns(t, 'AssertionError: assert 5 == 2'), { 'tests/test_a.py': py('test_a', '2') }, 'python');
    expect(got.cause).toBe('order-dependence');
    expect(got.score).toBeGreaterThanOrEqual(0.35);
    expect(got.score).toBeLessThan(0.6);
  });

  const java = (name: string): string => `package app;\n\nclass ${name}Test {\n    @Test\n    void ${name}() {\n        Limits.maxRetries = 1;\n        assertEquals(1, run());\n    }\n}\n`;
  const javaSources = { 'src/test/java/app/ATest.java': java('a'), 'src/test/java/app/BTest.java': java('b') };
  it('JUnit with concurrent execution switched on: two tests set one static field, shared global state', () => {
    const a = analysis({ file: 'src/test/java/app/ATest.java', name: 'a', classname: 'app.ATest', cluster: 0 });
    const b = analysis({ file: 'src/test/java/app/BTest.java', name: 'b', classname: 'app.BTest', cluster: 0 });
    const sources = { ...javaSources, 'src/test/resources/junit-platform.properties': 'junit.jupiter.execution.parallel.enabled = true\n' };
    const got = top([a, b], together(a, b, 'expected: <1> but was: <3>'), sources, 'java');
    expect(got.cause).toBe('shared-global-state');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });

  it('JUnit run in sequence (forked JVMs, the default): the same static field reads as order dependence', () => {
    const a = analysis({ file: 'src/test/java/app/ATest.java', name: 'a', classname: 'app.ATest', cluster: 0 });
    const b = analysis({ file: 'src/test/java/app/BTest.java', name: 'b', classname: 'app.BTest', cluster: 0 });
    const pom = '<project>\n  <build><plugins><plugin>\n    <artifactId>maven-surefire-plugin</artifactId>\n    <configuration><forkCount>4</forkCount></configuration>\n  </plugin></plugins></build>\n</project>\n';
    const got = top([a, b], together(a, b, 'expected: <1> but was: <3>'), { ...javaSources, 'pom.xml': pom }, 'java');
    expect(got.cause).toBe('order-dependence');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });

  it('Jest: the same global written by tests of two files is two globals (one per file), so not strong', () => {
    const js = (title: string): string => `test('${title}', () => {\n  globalThis.fetch = fake;\n  expect(load()).toBe(1);\n});\n`;
    const a = analysis({ file: 'test/a.test.js', name: 'a', cluster: 0 });
    const b = analysis({ file: 'test/b.test.js', name: 'b', cluster: 0 });
    const got = top([a, b], together(a, b, 'expected 1'), { 'test/a.test.js': js('a'), 'test/b.test.js': js('b') }, 'javascript');
    expect(got.score).toBeLessThan(0.6);
  });
});

describe('Python singletons kept by the modules a test imports', () => {
  const lib = (lines: readonly string[]): Region[] => [{ path: 'app/registry.py', lines, start: 0, end: lines.length - 1, scope: 'library' }];
  it('a function rebinding a module-level name (lazy singleton) and a memoised function of no arguments', () => {
    const lines = ['_backend = None', '', 'def get_backend():', '    global _backend', '    if _backend is None:', '        _backend = make()', '    return _backend', '', '@lru_cache(maxsize=1)', 'def get_settings():', '    return Settings()', '', '@functools.lru_cache', 'def parse(text):', '    return text.split()'];
    expect(processStateLines(lib(lines), 'python').map((p) => `${p.line + 1} ${p.cause} ${p.resource}`)).toEqual([
      '4 order-dependence global:app/registry.py#_backend',
      '9 order-dependence global:app/registry.py#get_settings',
    ]);
  });

  it('two co-failing tests reaching the same singleton: possible order dependence; one alone: weak', () => {
    const registry = 'from app.backends import Backend\n\n_backend = None\n\n\ndef get_backend():\n    global _backend\n    if _backend is None:\n        _backend = Backend()\n    return _backend\n';
    const test = (name: string): string => `from app.registry import get_backend\n\n\ndef ${name}():\n    assert get_backend().status() == "idle"\n`;
    const sources = { 'app/registry.py': registry, 'tests/test_a.py': test('test_a'), 'tests/test_b.py': test('test_b') };
    const a = analysis({ file: 'tests/test_a.py', name: 'test_a', cluster: 0 });
    const b = analysis({ file: 'tests/test_b.py', name: 'test_b', cluster: 0 });
    const runs = [run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]), ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(a, 'failed', { message: 'assert "error" == "idle"' }), tc(b, 'failed', { message: 'assert "error" == "idle"' })]))];
    const [out] = explain({ tests: [a, b], runs, clusters: [{ id: 0, tests: [a.id, b.id], runs: [] }], ecosystem: 'python', sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
    expect(out?.causes[0]?.cause).toBe('order-dependence');
    expect(out?.causes[0]?.score).toBeGreaterThanOrEqual(0.35);
    expect(out?.causes[0]?.score).toBeLessThan(0.6);
    const [alone] = explain({ tests: [a], runs: failingRuns(a, 'assert "error" == "idle"'), clusters: [], ecosystem: 'python', sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
    expect(alone?.causes[0]?.cause).toBe('unknown');
  });
});

describe('Go: the process model follows t.Parallel', () => {
  const go = (parallel: boolean): string => `package addr\n\nfunc TestEncode(t *testing.T) {\n${parallel ? '\tt.Parallel()\n' : ''}\tCurrentNetwork = Mainnet\n\tif encode(1) != "f01" {\n\t\tt.Fatal("prefix")\n\t}\n}\n`;
  const sources = (parallel: boolean): Map<string, string> => new Map([['addr/addr_test.go', go(parallel)], ['addr/addr.go', 'package addr\n\nvar CurrentNetwork = Testnet\n']]);
  const causeOf = (parallel: boolean): string | undefined => {
    const t = analysis({ file: 'addr/addr_test.go', name: 'TestEncode' });
    const [out] = explain({ tests: [t], runs: failingRuns(t, 'addr_test.go:7: prefix'), clusters: [], ecosystem: 'go', sources: sources(parallel), files: [...sources(parallel).keys()], cores: 2 });
    return out?.causes.find((c) => c.cause !== 'unknown')?.cause;
  };
  it('a package variable set by a t.Parallel test: shared global state', () => {
    expect(causeOf(true)).toBe('shared-global-state');
  });
  it('the same write in a test that runs in sequence: order dependence', () => {
    expect(causeOf(false)).toBe('order-dependence');
  });
});

describe('JUnit concurrency, read from the build and the class', () => {
  const region = (lines: readonly string[]): Region[] => [{ path: 'src/test/java/a/ATest.java', lines, start: 0, end: lines.length - 1, scope: 'class' }];
  it.each([
    ['junit-platform.properties', 'junit.jupiter.execution.parallel.enabled = true'],
    ['build.gradle', "    systemProperty 'junit.jupiter.execution.parallel.enabled', 'true'"],
    ['pom.xml', '<junit.jupiter.execution.parallel.enabled>true</junit.jupiter.execution.parallel.enabled>'],
    ['pom.xml', '  <parallel>methods</parallel>'],
  ])('%s: %s', (path, line) => {
    expect(junitRunsConcurrently(region(['class ATest {}']), [{ path, text: `x\n${line}\n` }])).toBe(true);
  });
  it('an @Execution(CONCURRENT) class', () => {
    expect(junitRunsConcurrently(region(['@Execution(ExecutionMode.CONCURRENT)', 'class ATest {}']), [])).toBe(true);
  });
  it('switched off, or not mentioned', () => {
    expect(junitRunsConcurrently(region(['class ATest {}']), [{ path: 'junit-platform.properties', text: 'junit.jupiter.execution.parallel.enabled = false\n' }])).toBe(false);
    expect(junitRunsConcurrently(region(['@Execution(ExecutionMode.SAME_THREAD)', 'class ATest {}']), [{ path: 'pom.xml', text: '<forkCount>4</forkCount>\n' }])).toBe(false);
  });
});

describe('module state the other tests of the file write', () => {
  const go = 'package addr\n\nvar Network = Testnet\n\nfunc TestEncodeMainnet(t *testing.T) {\n\tNetwork = Mainnet\n\tcheck(t, "f01")\n}\n\nfunc TestEncodeID(t *testing.T) {\n\tcheck(t, "t01")\n}\n';
  const py = 'MODE = None\n\n\ndef test_set():\n    global MODE\n    MODE = "fast"\n\n\ndef test_read():\n    assert render() == "slow"\n';
  const scan = (path: string, text: string, name: string, ecosystem: Ecosystem): string[] =>
    scanSource({ file: { path, text }, testName: name, ecosystem }).filter((f) => f.kind === 'sibling-state').map((f) => `${f.line} ${f.cause} ${f.resource}`);

  it('Go: a package variable a sibling test assigns, read by a test that never sets it (no t.Parallel: order)', () => {
    expect(scan('addr/addr_test.go', go, 'TestEncodeID', 'go')).toEqual(['6 order-dependence state:addr#Network']);
    expect(scan('addr/addr_test.go', go, 'TestEncodeMainnet', 'go')).toEqual([]);
  });

  it('Python: a module global a sibling test rebinds', () => {
    expect(scan('tests/test_mode.py', py, 'test_read', 'python')).toEqual(['5 order-dependence state:tests/test_mode.py#MODE']);
    expect(scan('tests/test_mode.py', py, 'test_set', 'python')).toEqual([]);
  });

  it('alone it is weak; with the test failing while no other test fails, possible', () => {
    const t = analysis({ file: 'addr/addr_test.go', name: 'TestEncodeID' });
    const [alone] = explain({ tests: [t], runs: failingRuns(t, 'addr_test.go:11: got f01'), clusters: [], ecosystem: 'go', sources: new Map([['addr/addr_test.go', go]]), cores: 2 });
    expect(alone?.causes[0]?.cause).toBe('order-dependence');
    expect(alone?.causes[0]?.score).toBeLessThan(0.6);
    const peer = analysis({ file: 'addr/other_test.go', name: 'TestOther', cluster: 0 });
    const t2 = analysis({ file: 'addr/addr_test.go', name: 'TestEncodeID', cluster: 0 });
    const runs = [run('d-001-w1', 1, [tc(t2, 'passed'), tc(peer, 'passed')]), ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(t2, 'failed', { message: 'got f01' }), tc(peer, 'failed', { message: 'x' })]))];
    const [together] = explain({ tests: [t2, peer], runs, clusters: [{ id: 0, tests: [t2.id, peer.id], runs: [] }], ecosystem: 'go', sources: new Map([['addr/addr_test.go', go], ['addr/other_test.go', 'package addr\n\nfunc TestOther(t *testing.T) {\n\tt.Fatal("x")\n}\n']]), cores: 2 });
    expect(together?.causes[0]?.cause).toBe('unknown');
  });
});

describe('pytest-run-parallel threads', () => {
  const py = 'from app import config\n\n\ndef test_solve():\n    config.TOLERANCE = 1e-6\n    assert solve() is not None\n';
  const causes = (support: readonly { path: string; text: string }[]): string[] =>
    scanSource({ file: { path: 'pkg/tests/test_solve.py', text: py }, testName: 'test_solve', ecosystem: 'python', support }).map((f) => `${f.kind} ${f.cause}`);
  it('xdist processes (no plugin in sight): a module attribute the test sets is order', () => {
    expect(causes([])).toEqual(['global-write order-dependence']);
  });
  it('a conftest that loads pytest-run-parallel: threads share it at once, the test racing its own copies', () => {
    expect(causes([{ path: 'pkg/conftest.py', text: 'try:\n    import pytest_run_parallel  # noqa: F401\nexcept ImportError:\n    pass\n' }])).toEqual(['threaded-write shared-global-state']);
    expect(pytestRunsThreads([], [{ path: 'conftest.py', text: '@pytest.mark.thread_unsafe\ndef test_x():\n    pass\n' }])).toBe(true);
    expect(pytestRunsThreads([], [{ path: 'conftest.py', text: 'import pytest\n' }])).toBe(false);
  });
});

describe('a resource named twice in one fixture both tests use', () => {
  it('is one line both reach (likely), not two tests naming it in their own code (strong)', () => {
    const conftest = 'import pytest\n\n\n@pytest.fixture\ndef server():\n    s = start(("127.0.0.1", 18080))\n    s.wait_ready("http://127.0.0.1:18080/health")\n    yield s\n';
    const test = (name: string): string => `def ${name}(server):\n    assert server.get("/") == 200\n`;
    const a = analysis({ file: 'tests/test_a.py', name: 'test_a', cluster: 0 });
    const b = analysis({ file: 'tests/test_b.py', name: 'test_b', cluster: 0 });
    const runs = [run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]), ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(a, 'failed', { message: 'assert 500 == 200' }), tc(b, 'failed', { message: 'assert 500 == 200' })]))];
    const sources = { 'tests/conftest.py': conftest, 'tests/test_a.py': test('test_a'), 'tests/test_b.py': test('test_b') };
    const [out] = explain({ tests: [a, b], runs, clusters: [{ id: 0, tests: [a.id, b.id], runs: [] }], ecosystem: 'python', sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
    expect(out?.causes[0]?.cause).toBe('port-conflict');
    // Line reading 0.45, one shared line 0.6, co-failure support: 0.835; two own lines would be 0.918.
    expect(out?.causes[0]?.score).toBeLessThan(0.9);
    expect(out?.causes[0]?.score).toBeGreaterThanOrEqual(0.8);
  });
});

describe('Jest/Vitest: a describe block whose tests run concurrently', () => {
  const js = (modifier: string): string =>
    `import { describe, it, beforeEach, expect } from 'vitest';\n\ndescribe${modifier}('sessions', () => {\n  let registry;\n\n  beforeEach(() => {\n    registry = new Registry();\n  });\n\n  it('creates one', async () => {\n    registry.create('a');\n    expect(registry.size).toBe(1);\n  });\n\n  it('drops one', async () => {\n    registry = new Registry(['b']);\n    registry.drop('b');\n    expect(registry.size).toBe(0);\n  });\n});\n`;
  const state = (modifier: string, name: string): string[] =>
    scanSource({ file: { path: 'test/sessions.test.ts', text: js(modifier) }, testName: `sessions ${name}`, ecosystem: 'javascript' })
      .filter((f) => f.kind === 'module-state')
      .map((f) => `${f.line} ${f.cause} ${f.resource}`);

  it('concurrent: the hook and the tests write the block-level variable they all share', () => {
    expect(state('.concurrent', 'drops one')).toEqual(['7 shared-global-state state:test/sessions.test.ts#registry', '16 shared-global-state state:test/sessions.test.ts#registry']);
  });

  it('in sequence (the default): a hook assigning the block variable is the idiom, not a leak', () => {
    expect(state('', 'drops one')).toEqual([]);
  });
});
