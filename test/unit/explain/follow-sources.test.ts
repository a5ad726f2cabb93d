// Evidence that combines, on synthetic sources written like the classes real suites show: the
// resource lives outside the test body (a class, a set-up method, a helper module, another file of
// the Go package, a variable), two co-failing tests name the same one, misleading messages.
import { describe, expect, it } from 'vitest';
import { explain, type ExplainInput } from '../../../src/explain/index.js';
import type { Cause, Ecosystem, RunResult, TestAnalysis } from '../../../src/model.js';
import { analysis, failingRuns, run, tc } from './build.js';

/** Both tests fail together in three parallel runs (each with its own message), pass serially. */
function together(a: TestAnalysis, b: TestAnalysis, messageA: string, messageB = messageA): RunResult[] {
  return [
    run('d-001-w1', 1, [tc(a, 'passed'), tc(b, 'passed')]),
    ...[2, 3, 4].map((n) => run(`d-00${n}-w4`, 4, [tc(a, 'failed', { message: messageA }), tc(b, 'failed', { message: messageB })])),
  ];
}

function top(tests: TestAnalysis[], runs: RunResult[], sources: Record<string, string>, ecosystem: Ecosystem, extra: Partial<ExplainInput> = {}): { cause: Cause; score: number; evidence: string[] } {
  const [out] = explain({ tests, runs, clusters: [{ id: 0, tests: tests.map((t) => t.id), runs: [] }], ecosystem, sources: new Map(Object.entries(sources)), files: Object.keys(sources), cores: 2, ...extra });
  const first = out?.causes[0];
  return { cause: first?.cause ?? 'unknown', score: first?.score ?? 0, evidence: (first?.evidence ?? []).map((e) => e.text) };
}

const pair = (fileA: string, nameA: string, fileB: string, nameB: string, classname = ''): [TestAnalysis, TestAnalysis] => [
  analysis({ file: fileA, name: nameA, classname, cluster: 0 }),
  analysis({ file: fileB, name: nameB, classname, cluster: 0 }),
];

describe('the resource outside the test body', () => {
  it('a temp dir held in a variable, joined with a fixed name and written: both tests, assertion failures only', () => {
    const src = (name: string): string =>
      `import os\nimport tempfile\n\n\ndef ${name}():\n    temp_dir = tempfile.gettempdir()\n    cfg = os.path.join(temp_dir, "config.toml")\n    with open(cfg, "w") as f:\n        f.write("x")\n    assert load(cfg) == 2\n`;
    const [a, b] = pair('tests/test_a.py', 'test_one', 'tests/test_b.py', 'test_two');
    const got = top([a, b], together(a, b, 'assert 2 == 3'), { 'tests/test_a.py': src('test_one'), 'tests/test_b.py': src('test_two') }, 'python');
    expect(got.cause).toBe('shared-file-path');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
    expect(got.evidence.join('\n')).toMatch(/temp-dir file `config.toml` is also used by .*test_two/);
  });

  it("a fixed directory under the project made in the class's set-up method", () => {
    const text = [
      'from pathlib import Path',
      '',
      '',
      'class TestExport:',
      '    def setup_method(self):',
      '        root = Path(__file__).parent.parent',
      '        self.out = root / "tmp_export"',
      '        self.out.mkdir(exist_ok=True)',
      '',
      '    def test_export(self):',
      '        run_cli(["--out", str(self.out)])',
      '',
    ].join('\n');
    const t = analysis({ file: 'tests/test_export.py', name: 'test_export', classname: 'tests.test_export.TestExport' });
    const got = top([t], failingRuns(t, 'AssertionError: 1 file(s), expected 3'), { 'tests/test_export.py': text }, 'python');
    expect(got.cause).toBe('shared-file-path');
    expect(got.evidence.join('\n')).toMatch(/self\.out\.mkdir/);
  });

  it("a unittest class attribute naming a fixed database file, with a message that names no cause", () => {
    const text = 'import unittest\n\n\nclass UserTests(unittest.TestCase):\n    fixtures = ["tests/testdata/users.sqlite"]\n\n    def test_create_user(self):\n        self.assertTrue(create_user("a"))\n';
    const t = analysis({ file: 'tests/test_users.py', name: 'test_create_user', classname: 'tests.test_users.UserTests' });
    const got = top([t], failingRuns(t, 'ERR904 user can not be found'), { 'tests/test_users.py': text }, 'python');
    expect(got.cause).toBe('shared-database');
    expect(got.score).toBeGreaterThanOrEqual(0.35);
  });

  it('JUnit classes whose @Rule fields start a mock server on the same constant port', () => {
    const java = (cls: string, test: string): string =>
      `package com.acme;\n\npublic class ${cls} {\n    private static final int PORT = 8080;\n\n    @Rule\n    public WireMockRule server = new WireMockRule(PORT);\n\n    @Test\n    public void ${test}() {\n        assertThat(call()).isEqualTo(200);\n    }\n}\n`;
    const [a, b] = pair('src/test/java/com/acme/ATest.java', 'sendsRequest', 'src/test/java/com/acme/BTest.java', 'readsHeader');
    const got = top([a, b], together(a, b, 'expected:<200> but was:<404>'), { 'src/test/java/com/acme/ATest.java': java('ATest', 'sendsRequest'), 'src/test/java/com/acme/BTest.java': java('BTest', 'readsHeader') }, 'java');
    expect(got.cause).toBe('port-conflict');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });

  it('a helper module both test files import writes one fixed temp file (two levels of imports)', () => {
    const testFile = (title: string): string => `import { runProgram } from '../__mocks__/utils';\n\ntest('${title}', async () => {\n  expect(await runProgram('x')).toBe('ok');\n});\n`;
    const [a, b] = pair('src/__tests__/hooks-test.js', 'runs hooks', 'src/__tests__/base-test.js', 'runs a test');
    const sources = {
      'src/__tests__/hooks-test.js': testFile('runs hooks'),
      'src/__tests__/base-test.js': testFile('runs a test'),
      'src/__mocks__/utils.js': "export { runProgram } from './run-program';\n",
      'src/__mocks__/run-program.js': "import os from 'os';\nimport path from 'path';\nexport async function runProgram(code) {\n  const file = path.join(os.tmpdir(), 'program-file.js');\n  fs.writeFileSync(file, code);\n}\n",
    };
    const got = top([a, b], together(a, b, "expect(received).toBe(expected)\nExpected: 'ok'\nReceived: 'boom'"), sources, 'javascript');
    expect(got.cause).toBe('shared-file-path');
    expect(got.evidence.join('\n')).toMatch(/program-file\.js/);
  });

  it('Go: a package-level database handle opened in another file, used by two t.Parallel tests', () => {
    const sources = {
      'store/store_test.go': 'package store\n\nfunc TestAdd(t *testing.T) {\n\tt.Parallel()\n\tdb.Add("a")\n\tif db.Count() != 1 {\n\t\tt.Fatal("count")\n\t}\n}\n\nfunc TestExists(t *testing.T) {\n\tt.Parallel()\n\tif db.Exists("b") {\n\t\tt.Fatal("exists")\n\t}\n}\n',
      'store/main_test.go': 'package store\n\nvar db, _ = openSqliteDatabase(":memory:")\n',
    };
    const [a, b] = pair('store/store_test.go', 'TestAdd', 'store/store_test.go', 'TestExists', 'example.com/m/store');
    const got = top([a, b], together(a, b, 'store_test.go:7: count'), sources, 'go');
    expect(got.cause).toBe('shared-database');
  });

  it("Go: a package function the parallel tests call writes another package's variables", () => {
    const sources = {
      'cmd/flags_test.go': 'package main\n\nfunc TestFlagsA(t *testing.T) {\n\tt.Parallel()\n\tregisterFlags(pflag.NewFlagSet("a", 0))\n}\n\nfunc TestFlagsB(t *testing.T) {\n\tt.Parallel()\n\tregisterFlags(pflag.NewFlagSet("b", 0))\n}\n',
      'cmd/flags.go': 'package main\n\nfunc registerFlags(fs *pflag.FlagSet) {\n\tfs.BoolVar(&processor.Verbose, "verbose", false, "")\n}\n',
    };
    const [a, b] = pair('cmd/flags_test.go', 'TestFlagsA', 'cmd/flags_test.go', 'TestFlagsB', 'example.com/m/cmd');
    const got = top([a, b], together(a, b, 'flags_test.go:5: unexpected default'), sources, 'go');
    expect(got.cause).toBe('shared-global-state');
    expect(got.evidence.join('\n')).toMatch(/processor\.Verbose/);
  });

  it('Go: parallel tests setting environment variables from a table (no literal names)', () => {
    const src = 'package pkg\n\nfunc TestA(t *testing.T) {\n\tt.Parallel()\n\tfor k, v := range env {\n\t\tos.Setenv(k, v)\n\t}\n}\n\nfunc TestB(t *testing.T) {\n\tt.Parallel()\n\tfor k, v := range env {\n\t\tos.Setenv(k, v)\n\t}\n}\n';
    const [a, b] = pair('pkg/build_test.go', 'TestA', 'pkg/build_test.go', 'TestB', 'example.com/m/pkg');
    expect(top([a, b], together(a, b, 'build_test.go:9: invalid filename'), { 'pkg/build_test.go': src }, 'go').cause).toBe('shared-env-or-cwd');
  });
});

describe('what is not evidence', () => {
  it('a literal inside module-level test data is not a resource the tests share', () => {
    const text = (name: string): string => `CONFIG = """\n[db]\npath = "database.db"\n"""\n\n\ndef ${name}():\n    assert parse(CONFIG)\n`;
    const [a, b] = pair('tests/test_a.py', 'test_a', 'tests/test_b.py', 'test_b');
    const got = top([a, b], together(a, b, 'assert 2 == 3'), { 'tests/test_a.py': text('test_a'), 'tests/test_b.py': text('test_b') }, 'python');
    expect(got.cause).toBe('unknown');
  });

  it("a database server's well-known port is shared data, a privileged port nothing", () => {
    const js = "const config = { host: 'db', port: 5432 };\nconst ldap = { port: 389 };\n\ntest('stores a user', () => {\n  expect(save(config, ldap)).toBe(true);\n});\n";
    const t = analysis({ file: 'test/users.test.js', name: 'stores a user' });
    const [out] = explain({ tests: [t], runs: failingRuns(t, 'expected true, got false'), clusters: [], ecosystem: 'javascript', sources: new Map([['test/users.test.js', js]]), cores: 2 });
    expect(out?.causes.map((c) => c.cause)).not.toContain('port-conflict');
    expect(out?.causes.map((c) => c.cause)).toContain('shared-database');
  });

  it('failing only above the core count is not a cause on its own', () => {
    const t = analysis({ file: 'tests/test_x.py', name: 'test_x', threshold: 4 });
    const [out] = explain({ tests: [t], runs: failingRuns(t, "AssertionError: assert 'a' == 'b'"), clusters: [], ecosystem: 'python', sources: new Map(), cores: 2 });
    expect(out?.causes[0]).toMatchObject({ cause: 'unknown' });
    expect(out?.causes[0]?.score).toBeLessThan(0.35);
  });
});

describe('misleading messages', () => {
  it('a port both tests hard-code outweighs the timeout they fail with', () => {
    const src = (name: string): string => `import socket\n\n\ndef ${name}():\n    server = start_server(("127.0.0.1", 18600))\n    assert wait_ready(server)\n`;
    const [a, b] = pair('tests/test_a.py', 'test_a', 'tests/test_b.py', 'test_b');
    const got = top([a, b], together(a, b, 'Failed: Timeout >5.0s', 'ConnectionResetError: [Errno 104] Connection reset by peer'), { 'tests/test_a.py': src('test_a'), 'tests/test_b.py': src('test_b') }, 'python');
    expect(got.cause).toBe('port-conflict');
    expect(got.score).toBeGreaterThanOrEqual(0.8);
  });
});
