// Timing, order and process-wide state, on small synthetic sources written like the classes real
// suites show: a fixed pause before an assertion, a sub-second deadline, a singleton or cache two
// co-failing tests reach, a runtime default Go's parallel tests set, a test that fails alone.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import type { Cause, Ecosystem, RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, failingRuns, run, tc } from './build.js';

function together(a: TestAnalysis, b: TestAnalysis, messageA: string, messageB = messageA): RunResult[] {
  return [
    run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]),
    ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(a, 'failed', { message: messageA }), tc(b, 'failed', { message: messageB })])),
  ];
}

function first(tests: TestAnalysis[], runs: RunResult[], sources: Record<string, string>, ecosystem: Ecosystem): { cause: Cause; score: number; evidence: string } {
  const [out] = explain({ tests, runs, clusters: tests.length > 1 ? [{ id: 0, tests: tests.map((t) => t.id), runs: [] }] : [], ecosystem, sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
  const top = out?.causes[0];
  return { cause: top?.cause ?? 'unknown', score: top?.score ?? 0, evidence: (top?.evidence ?? []).map((e) => e.text).join('\n') };
}

describe('timing under load', () => {
  it('a fixed pause before an assertion, failing only above the core count', () => {
    const py = 'import time\n\n\ndef test_job_done():\n    job = start_job()\n    time.sleep(0.2)\n    assert job.finished\n';
    const t = analysis({ file: 'tests/test_jobs.py', name: 'test_job_done', threshold: 4 });
    const got = first([t], failingRuns(t, 'AssertionError: assert False'), { 'tests/test_jobs.py': py }, 'python');
    expect(got.cause).toBe('timing-under-load');
    expect(got.score).toBeGreaterThanOrEqual(0.35);
    expect(got.evidence).toMatch(/races a fixed wait or a sub-second deadline: time\.sleep\(0\.2\)/);
  });

  it('a Go select with a sub-second deadline, failing with the deadline message: likely', () => {
    const go = 'package worker\n\nimport (\n\t"testing"\n\t"time"\n)\n\nfunc TestHeartbeat(t *testing.T) {\n\tch := beat()\n\tselect {\n\tcase <-ch:\n\tcase <-time.After(150 * time.Millisecond):\n\t\tt.Fatal("no heartbeat")\n\t}\n}\n';
    const t = analysis({ file: 'worker/beat_test.go', name: 'TestHeartbeat', threshold: 4 });
    const got = first([t], failingRuns(t, 'beat_test.go:13: no heartbeat\ncontext deadline exceeded'), { 'worker/beat_test.go': go }, 'go');
    expect(got.cause).toBe('timing-under-load');
    expect(got.score).toBeGreaterThanOrEqual(0.5);
  });

  it('a timeout of seconds on a wait, or a deadline on the absence of a message, is not a reading', () => {
    const py = 'def test_quiet():\n    ws.receive(timeout=2)\n    assert ws.receive_nothing(timeout=0.5) is True\n';
    const t = analysis({ file: 'tests/test_ws.py', name: 'test_quiet', threshold: 4 });
    expect(first([t], failingRuns(t, 'assert False is True'), { 'tests/test_ws.py': py }, 'python').cause).toBe('unknown');
  });

  it('a port both tests hard-code outweighs their pause and the test timeout they fail with', () => {
    const js = (title: string): string =>
      `const { start } = require('../src/server');\n\ntest('${title}', async () => {\n  const server = await start({ port: 18321 });\n  await sleep(100);\n  expect(server.ready).toBe(true);\n});\n`;
    const a = analysis({ file: 'test/a.test.js', name: 'serves a', cluster: 0 });
    const b = analysis({ file: 'test/b.test.js', name: 'serves b', cluster: 0 });
    const got = first([a, b], together(a, b, 'thrown: "Exceeded timeout of 5000 ms for a test."'), { 'test/a.test.js': js('serves a'), 'test/b.test.js': js('serves b') }, 'javascript');
    expect(got.cause).toBe('port-conflict');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });
});

describe('process-wide state', () => {
  it('pytest: two co-failing tests in different files spy on the same instance cache: order dependence', () => {
    const py = (name: string): string =>
      `from app.engine import Engine\n\n\ndef ${name}(mocker):\n    spy = mocker.spy(Engine, "get_instance")\n    run_pipeline(mode="fast")\n    assert spy.call_args_list[0][1] == {"mode": "fast"}\n`;
    const a = analysis({ file: 'tests/test_a.py', name: 'test_a', cluster: 0 });
    const b = analysis({ file: 'tests/test_b.py', name: 'test_b', cluster: 0 });
    const got = first([a, b], together(a, b, 'AssertionError'), { 'tests/test_a.py': py('test_a'), 'tests/test_b.py': py('test_b') }, 'python');
    expect(got.cause).toBe('order-dependence');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
    expect(got.evidence).toMatch(/process-wide `Engine` is also used by/);
  });

  it("Go: two t.Parallel tests redirect the standard logger: shared global state", () => {
    const go = (name: string): string => `package cli\n\nimport (\n\t"bytes"\n\t"log"\n\t"testing"\n)\n\nfunc ${name}(t *testing.T) {\n\tt.Parallel()\n\tvar buf bytes.Buffer\n\tlog.SetOutput(&buf)\n\trun()\n}\n`;
    const a = analysis({ file: 'cli/a_test.go', name: 'TestA', cluster: 0 });
    const b = analysis({ file: 'cli/b_test.go', name: 'TestB', cluster: 0 });
    const got = first([a, b], together(a, b, 'a_test.go:13: want "started", got ""'), { 'cli/a_test.go': go('TestA'), 'cli/b_test.go': go('TestB') }, 'go');
    expect(got.cause).toBe('shared-global-state');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });

  it('a test that resolves a URL through the cached resolver and fails alone in every failing run: order dependence, possible', () => {
    const py = 'from django.urls import resolve\n\n\ndef test_page_routed():\n    match = resolve("/pages/about/")\n    assert match is not None\n';
    const t = analysis({ file: 'tests/test_urls.py', name: 'test_page_routed' });
    const got = first([t], failingRuns(t, 'django.urls.exceptions.Resolver404'), { 'tests/test_urls.py': py }, 'python');
    expect(got.cause).toBe('order-dependence');
    expect(got.score).toBeGreaterThanOrEqual(0.35);
    expect(got.score).toBeLessThan(0.6);
  });

  it('the same test failing together with another one is not read as order (no second reading)', () => {
    const py = 'from django.urls import resolve\n\n\ndef test_page_routed():\n    match = resolve("/pages/about/")\n    assert match is not None\n';
    const t = analysis({ file: 'tests/test_urls.py', name: 'test_page_routed', cluster: 0 });
    const other = analysis({ file: 'tests/test_other.py', name: 'test_other', cluster: 0 });
    const got = first([t, other], together(t, other, 'django.urls.exceptions.Resolver404'), { 'tests/test_urls.py': py, 'tests/test_other.py': 'def test_other():\n    assert compute() == 2\n' }, 'python');
    expect(got.cause).toBe('unknown');
  });
});

describe('what the whole suite runs singles out nobody', () => {
  it("an autouse fixture's environment default loses to the captured logs two co-failing tests read", () => {
    const conftest = 'import os\nimport pytest\n\n\n@pytest.fixture(scope="session", autouse=True)\ndef _api_key():\n    if "SVC_API_KEY" not in os.environ:\n        os.environ["SVC_API_KEY"] = "dummy"\n';
    const py = (name: string): string => `def ${name}(caplog):\n    load_store("/missing")\n    record = caplog.records[0]\n    assert record.levelname == "WARNING"\n`;
    const a = analysis({ file: 'tests/test_store.py', name: 'test_read_warns', cluster: 0 });
    const b = analysis({ file: 'tests/test_store.py', name: 'test_write_warns', cluster: 0 });
    const sources = { 'tests/conftest.py': conftest, 'tests/test_store.py': `${py('test_read_warns')}\n\n${py('test_write_warns')}` };
    const got = first([a, b], together(a, b, 'IndexError: list index out of range'), sources, 'python');
    expect(got.cause).toBe('order-dependence');
    expect(got.evidence).toMatch(/process-wide `logging`/);
  });

  it('a path named in a docstring is prose, not a resource', () => {
    const py = 'def test_build():\n    """Builds into ``/tmp/build/out.db``, the shared default."""\n    assert build()\n';
    const t = analysis({ file: 'tests/test_build.py', name: 'test_build' });
    const [out] = explain({ tests: [t], runs: failingRuns(t, 'assert False'), clusters: [], ecosystem: 'python', sources: new Map([['tests/test_build.py', py]]), cores: 2 });
    expect(out?.causes.map((c) => c.cause)).not.toContain('shared-database');
    expect(out?.causes.map((c) => c.cause)).not.toContain('shared-file-path');
  });

  it('JUnit: two tests of a parallel class add registries to the global meter registry: shared global state', () => {
    const java = 'package app;\n\nimport io.micrometer.core.instrument.Metrics;\n\n@Execution(ExecutionMode.CONCURRENT)\nclass SolverTest {\n    @Test\n    void countsA() {\n        var registry = new SimpleMeterRegistry();\n        Metrics.addRegistry(registry);\n        solve();\n        assertThat(registry.get("solves").counter().count()).isEqualTo(1.0);\n    }\n\n    @Test\n    void countsB() {\n        var registry = new SimpleMeterRegistry();\n        Metrics.addRegistry(registry);\n        solve();\n        assertThat(registry.get("solves").counter().count()).isEqualTo(1.0);\n    }\n}\n';
    const a = analysis({ file: 'src/test/java/app/SolverTest.java', name: 'countsA', classname: 'app.SolverTest', cluster: 0 });
    const b = analysis({ file: 'src/test/java/app/SolverTest.java', name: 'countsB', classname: 'app.SolverTest', cluster: 0 });
    const got = first([a, b], together(a, b, 'expected: 1.0 but was: 2.0'), { 'src/test/java/app/SolverTest.java': java }, 'java');
    expect(got.cause).toBe('shared-global-state');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });

  it('a proxy failure in a test that passes serially reads as the environment another test changed', () => {
    const t = analysis({ file: 'tests/test_wheel.py', name: 'test_wheel' });
    const [out] = explain({ tests: [t], runs: failingRuns(t, 'Caused by: tunnel error: failed to create underlying connection'), clusters: [], ecosystem: 'python', sources: new Map(), cores: 2 });
    expect(out?.causes[0]?.cause).toBe('shared-env-or-cwd');
  });
});

describe('names that are not files', () => {
  it("a database driver's dotted module path is not a database file", () => {
    const py = 'from django.conf import settings\n\nsettings.configure(DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}})\n\n\ndef test_a():\n    assert render("x") == "x"\n\n\ndef test_b():\n    assert render("y") == "y"\n';
    const a = analysis({ file: 'tests/test_render.py', name: 'test_a', cluster: 0 });
    const b = analysis({ file: 'tests/test_render.py', name: 'test_b', cluster: 0 });
    const got = first([a, b], together(a, b, 'AssertionError'), { 'tests/test_render.py': py }, 'python');
    expect(got.cause).not.toBe('shared-database');
  });
});
