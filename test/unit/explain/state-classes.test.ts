// Classes of process-wide state on snippets written for them, each beside its safe form: what a
// pytest test runs through the functions it calls, the global pseudo-random generator, tests that
// race their own threads (pytest-run-parallel), and logging reconfigured while the code under test
// holds loggers bound at import.
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/explain/index.js';
import { globalWrites } from '../../../src/explain/global-writes.js';
import { loggerBindingLines } from '../../../src/explain/logger-binding.js';
import { pythonRegions } from '../../../src/explain/scope-python.js';
import { scanSource } from '../../../src/explain/source-scan.js';
import type { Region } from '../../../src/explain/source-lang.js';
import { analysis, failingRuns } from './build.js';

const lines = (text: string): string[] => text.split('\n');

describe('pytest: the functions a test calls in its file are its own code', () => {
  const text = [
    'import numpy as np',
    '',
    'def _make(n):',
    '    return build(n)',
    '',
    'def _unused():',
    '    CACHE.clear()',
    '',
    'class TestSolve:',
    '    def _check(self, n):',
    '        data = _make(n)',
    '        assert solve(data)',
    '',
    '    def _other(self):',
    '        pass',
    '',
    '    def test_small(self):',
    '        self._check(3)',
    '',
    '    def test_other(self):',
    '        self._other()',
  ].join('\n');

  it('follows `self._check(...)` to the method and, one call further, the module function it calls', () => {
    const regions = pythonRegions({ path: 't/test_solve.py', text }, 'test_small', 't.test_solve.TestSolve', []);
    const called = regions.filter((r) => r.scope === 'fixture').map((r) => (r.lines[r.start] ?? '').trim());
    expect(called).toEqual(['def _check(self, n):', 'def _make(n):']);
  });

  it('does not follow what the test does not call, nor other tests', () => {
    const regions = pythonRegions({ path: 't/test_solve.py', text: `${text}\n\n    def test_third(self):\n        self.test_small()\n` }, 'test_third', 't.test_solve.TestSolve', []);
    expect(regions.filter((r) => r.scope === 'fixture')).toEqual([]);
  });
});

describe('the process-wide pseudo-random generator seeded', () => {
  const seeds = (lang: 'python' | 'go', line: string): string[] => {
    const path = lang === 'python' ? 't/test_r.py' : 'r/r_test.go';
    const regions: Region[] = [{ path, lines: [line], start: 0, end: 0, scope: 'test' }];
    return globalWrites(regions, lang, path).map((w) => w.resource);
  };
  it.each([
    ['python', '    np.random.seed(123)'],
    ['python', '    numpy.random.seed(0)'],
    ['python', '    random.seed(42)'],
    ['python', '    torch.manual_seed(0)'],
    ['python', '    tf.random.set_seed(7)'],
    ['go', '\trand.Seed(1)'],
  ] as const)('%s: %s', (lang, line) => {
    expect(seeds(lang, line)).toEqual(['global:random-generator']);
  });
  it.each([
    ['python', '    rng = np.random.default_rng(123)'],
    ['python', '    rng = random.Random(42)'],
    ['python', '    self.rng.seed(3)'],
    ['go', '\tr := rand.New(rand.NewSource(1))'],
  ] as const)('a generator of its own is safe, %s: %s', (lang, line) => {
    expect(seeds(lang, line)).toEqual([]);
  });
});

describe('pytest-run-parallel runs each test in several threads at once', () => {
  const conftest = { path: 'pkg/conftest.py', text: 'try:\n    import pytest_run_parallel  # noqa: F401\nexcept ImportError:\n    pass\n' };
  const test = (mark: string): string =>
    ['import numpy as np', '', 'class TestFit:', '    def _check(self, n):', '        np.random.seed(123)', '        a = np.random.randn(n, n)', '        assert fit(a)', '', `${mark}    def test_fit(self):`, '        self._check(20)', ''].join('\n');
  const scan = (text: string, support = [conftest]): string[] =>
    scanSource({ file: { path: 'pkg/tests/test_fit.py', text }, testName: 'test_fit', classname: 'pkg.tests.test_fit.TestFit', ecosystem: 'python', support })
      .filter((f) => f.resource === 'global:random-generator')
      .map((f) => `${f.kind} ${f.cause}`);

  it('a seed of the global generator in the helper the test calls races the test itself', () => {
    expect(scan(test(''))).toEqual(['threaded-write shared-global-state']);
  });
  it('a test marked thread_unsafe runs in one thread: the plain write', () => {
    expect(scan(test('    @pytest.mark.thread_unsafe\n'))).toEqual(['global-write shared-global-state']);
  });
  it('without the plugin (xdist processes) a seeded generator is order, and weak', () => {
    expect(scan(test(''), [])).toEqual(['global-write order-dependence']);
  });

  it('alone, threads: possible shared global state; processes: unknown', () => {
    const t = analysis({ file: 'pkg/tests/test_fit.py', name: 'test_fit', classname: 'pkg.tests.test_fit.TestFit' });
    const top = (sources: Record<string, string>): { cause: string; score: number } => {
      const [out] = explain({ tests: [t], runs: failingRuns(t, 'AssertionError'), clusters: [], ecosystem: 'python', sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
      return { cause: out?.causes[0]?.cause ?? 'none', score: out?.causes[0]?.score ?? 0 };
    };
    const threaded = top({ 'pkg/tests/test_fit.py': test(''), 'pkg/conftest.py': conftest.text });
    expect(threaded.cause).toBe('shared-global-state');
    expect(threaded.score).toBeGreaterThanOrEqual(0.35);
    expect(threaded.score).toBeLessThan(0.6);
    expect(top({ 'pkg/tests/test_fit.py': test('') }).cause).toBe('unknown');
  });
});

describe('logging reconfigured while the code under test holds loggers bound at import', () => {
  const own = (body: string): Region => ({ path: 'tests/test_api.py', lines: lines(body), start: 0, end: lines(body).length - 1, scope: 'fixture' });
  const lib = (text: string): Region => ({ path: 'app/auth.py', lines: lines(text), start: 0, end: lines(text).length - 1, scope: 'library' });
  const capture = 'def log_buffer():\n    structlog.configure(logger_factory=structlog.PrintLoggerFactory(file=buf))\n    yield buf\n    structlog.reset_defaults()';

  it('structlog: a module-level proxy in an imported module (qualified or from-imported)', () => {
    expect(loggerBindingLines([own(capture), lib('import structlog\n\n_log = structlog.get_logger(__name__)\n')]).map((b) => `${b.line} ${b.cause}`)).toEqual(['1 order-dependence', '3 order-dependence']);
    expect(loggerBindingLines([own(capture), lib('from structlog import get_logger\n\nlog = get_logger()\n')])).toHaveLength(2);
  });
  it('structlog: a logger resolved per call, or a project function of the same name, is no binding at import', () => {
    expect(loggerBindingLines([own(capture), lib('import structlog\n\ndef check():\n    log = structlog.get_logger()\n')])).toEqual([]);
    expect(loggerBindingLines([own(capture), lib('from app.util import get_logger\n\nlog = get_logger()\n')])).toEqual([]);
  });
  it('stdlib: dictConfig disables the loggers modules made at import, unless told to keep them', () => {
    const stdlibLib = lib('import logging\n\nlogger = logging.getLogger(__name__)\n');
    expect(loggerBindingLines([own('def configured():\n    logging.config.dictConfig(CONFIG)'), stdlibLib])).toHaveLength(1);
    expect(loggerBindingLines([own('def configured():\n    logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})'), stdlibLib])).toEqual([]);
    // structlog's reconfiguration does not touch stdlib loggers, nor the other way round.
    expect(loggerBindingLines([own(capture), stdlibLib])).toEqual([]);
  });
  it('an autouse set-up that every test runs singles out no test', () => {
    const setup: Region = { ...own(capture), scope: 'setup' };
    expect(loggerBindingLines([setup, lib('import structlog\n_log = structlog.get_logger()\n')])).toEqual([]);
  });

  it('end to end: the capture fixture beside an imported module-level proxy is possible order dependence; without it, unknown', () => {
    const test = 'import structlog\nimport pytest\nfrom app.auth import check\n\n\ndef _configure(buf):\n    structlog.reset_defaults()\n    structlog.configure(logger_factory=structlog.PrintLoggerFactory(file=buf))\n\n\n@pytest.fixture\ndef log_buffer():\n    buf = io.StringIO()\n    _configure(buf)\n    yield buf\n\n\ndef test_denied(log_buffer):\n    check("reader")\n    assert "denied" in log_buffer.getvalue()\n';
    const t = analysis({ file: 'tests/test_auth.py', name: 'test_denied' });
    const top = (auth: string): { cause: string; score: number } => {
      const sources = { 'tests/test_auth.py': test, 'app/auth.py': auth, 'app/__init__.py': '' };
      const [out] = explain({ tests: [t], runs: failingRuns(t, 'AssertionError'), clusters: [], ecosystem: 'python', sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
      return { cause: out?.causes[0]?.cause ?? 'none', score: out?.causes[0]?.score ?? 0 };
    };
    const bound = top('import structlog\n\n_log = structlog.get_logger(__name__)\n\n\ndef check(role):\n    _log.warning("denied", role=role)\n');
    expect(bound.cause).toBe('order-dependence');
    expect(bound.score).toBeGreaterThanOrEqual(0.35);
    expect(bound.score).toBeLessThan(0.6);
    expect(top('import structlog\n\n\ndef check(role):\n    structlog.get_logger(__name__).warning("denied", role=role)\n').cause).toBe('unknown');
  });
});

describe('JUnit: the base classes a test class extends, and static fields its concurrent tests share', () => {
  const base = [
    'package app.support;',
    '',
    'import org.junit.jupiter.api.extension.RegisterExtension;',
    '',
    'public abstract class AbstractPoolTest {',
    '    protected static final String PREFIX = "pool";',
    '    @RegisterExtension',
    '    static final PoolExtension POOL = PoolExtension.perTest(PREFIX);',
    '',
    '    protected int borrow() {',
    '        return POOL.get().borrow();',
    '    }',
    '}',
  ].join('\n');
  const test = (annotation: string, extendsClause = 'extends AbstractPoolTest'): string =>
    ['package app.pool;', '', 'import app.support.AbstractPoolTest;', '', annotation, `class PoolTest ${extendsClause} {`, '    @Test', '    void borrows() {', '        assertEquals(1, borrow());', '    }', '}', ''].join('\n');
  const files = { 'core/src/test/java/app/support/AbstractPoolTest.java': base };
  const top = (text: string, extra: Record<string, string> = files): { cause: string; score: number; kinds: string[] } => {
    const t = analysis({ file: 'core/src/test/java/app/pool/PoolTest.java', name: 'borrows', classname: 'app.pool.PoolTest' });
    const sources = { 'core/src/test/java/app/pool/PoolTest.java': text, ...extra };
    const [out] = explain({ tests: [t], runs: failingRuns(t, 'java.lang.AssertionError: pool was not initialized'), clusters: [], ecosystem: 'java', sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2 });
    const kinds = scanSource({ file: { path: 'core/src/test/java/app/pool/PoolTest.java', text }, testName: 'borrows', ecosystem: 'java', helpers: Object.entries(extra).map(([path, t2]) => ({ path, text: t2 })) }).map((f) => `${f.kind} ${f.scope}`);
    return { cause: out?.causes[0]?.cause ?? 'none', score: out?.causes[0]?.score ?? 0, kinds };
  };

  it('an extension registered on a static field of the base class, tests run concurrently: possible shared global state', () => {
    const got = top(test('@Execution(ExecutionMode.CONCURRENT)'));
    expect(got.kinds).toContain('concurrent-static fixture');
    expect(got.cause).toBe('shared-global-state');
    expect(got.score).toBeGreaterThanOrEqual(0.35);
    expect(got.score).toBeLessThan(0.6);
  });
  it('the same class run one test at a time: nothing to share at once', () => {
    expect(top(test('')).cause).toBe('unknown');
  });
  it('a base class the file does not extend is not read as its class', () => {
    expect(top(test('@Execution(ExecutionMode.CONCURRENT)', '')).cause).toBe('unknown');
  });

  const own = (hook: string): string =>
    ['package app.pool;', '', '@Execution(ExecutionMode.CONCURRENT)', 'class CounterTest {', '    private static Counter counter;', '', `    ${hook}`, '    void setUp() {', '        counter = new Counter();', '    }', '', '    @Test', '    void counts() {', '        counter.add(1);', '        assertEquals(1, counter.total());', '    }', '}', ''].join('\n');
  const staticKinds = (text: string): string[] =>
    scanSource({ file: { path: 'src/test/java/app/pool/CounterTest.java', text }, testName: 'counts', ecosystem: 'java' })
      .filter((f) => f.kind === 'concurrent-static')
      .map((f) => `${f.line} ${f.cause} ${f.resource}`);
  it('a static field each test re-creates in @BeforeEach: one object the concurrent tests replace under each other', () => {
    expect(staticKinds(own('@BeforeEach'))).toEqual(['5 shared-global-state global:src/test/java/app/pool/CounterTest.java#counter']);
  });
  it('a static set once for the class (@BeforeAll) and only read by the tests is safe; so is an instance field', () => {
    expect(staticKinds(own('@BeforeAll'))).toEqual([]);
    expect(staticKinds(own('@BeforeEach').replace('private static Counter counter;', 'private Counter counter;'))).toEqual([]);
  });
});
