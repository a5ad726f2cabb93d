// Cases run for real (`npm run eval:wild -- --real`): the tree before the fix, the project's own
// dependencies from the npm registry, and the real `flakegate run` at 1 and 4 workers with the
// project's own test runner; the report is scored like a replayed one. Each entry says what was
// read in the project's configuration before running it (nothing listens beyond loopback, nothing
// downloads at test time). Only the project's own install and test commands run, on a fresh copy.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { WildCase } from './cases.js';
import type { ReportTest } from './match.js';
import { materialise } from './tree.js';

export interface RealSpec {
  /** A name for the run (its work directory). */
  readonly id: string;
  /** The cases this run is scored on (one repository and commit). */
  readonly cases: readonly string[];
  /** Install steps, each an argv run in the project directory. */
  readonly install: ReadonlyArray<readonly string[]>;
  /** `flakegate run` options besides --workers/--iterations/--cwd/--out (the preset or a custom command). */
  readonly run: readonly string[];
  readonly iterations: number;
  /** What was checked in the project's configuration before running it. */
  readonly reviewed: string;
}

export const REAL_CASES: readonly RealSpec[] = [
  {
    id: 'unlimited-blog-works',
    cases: ['unlimited-blog-works-jest-tmp'],
    // flakegate's Jest preset reads JUnit through jest-junit (it says so and stops when it is missing).
    install: [
      ['npm', 'ci', '--no-audit', '--no-fund', '--ignore-scripts'],
      ['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', 'jest-junit@17'],
    ],
    run: ['--framework', 'jest', '--timeout', '10m'],
    iterations: 5,
    reviewed: 'jest.config.js (ts-jest preset, node environment); the tests build sites into tmp/jest-test under the project, no server is started (serve is a devDependency no test uses)',
  },
  {
    id: 'curio',
    cases: ['curio-file-tmp-txt', 'curio-socket-port-25000'],
    // Pure Python, no dependencies; Debian's python3-pytest and python3-pytest-xdist run it.
    install: [],
    run: ['--command', '/usr/bin/python3 -m pytest -p no:cacheprovider -n {workers} --junitxml={junit} tests/test_file.py tests/test_socket.py', '--timeout', '90s'],
    iterations: 5,
    reviewed: 'setup.cfg (testpaths = tests), tests/conftest.py (a session Kernel with a Monitor on 127.0.0.1:48802); the socket tests serve on localhost:25000 and connect to localhost only',
  },
  {
    id: 'gh-aw-firewall',
    cases: ['gh-aw-firewall-staging-tmp'],
    install: [
      ['npm', 'ci', '--no-audit', '--no-fund', '--ignore-scripts'],
      ['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', 'jest-junit@17'],
    ],
    // Test paths first: --reporters takes every value after it. The two files the fix changed (149 ts-jest files would take an hour per run here).
    run: ['--command', 'JEST_JUNIT_OUTPUT_FILE={junit} npx jest src/services/agent-volumes-mounts.test.ts src/services/agent-environment-runtime.test.ts --ci --coverage=false --maxWorkers={workers} --reporters=default --reporters=jest-junit', '--timeout', '10m'],
    iterations: 5,
    reviewed: 'jest.config.js (ts-jest, node environment, maxWorkers 50%); the staging tests write under /tmp/gh-aw and mock docker; nothing listens or connects',
  },
  {
    id: 'aghast',
    cases: ['aghast-cli-shared-report'],
    install: [['npm', 'ci', '--no-audit', '--no-fund', '--ignore-scripts']],
    run: ['--command', 'node --import tsx --test --test-concurrency={workers} --test-reporter=junit --test-reporter-destination={junit} tests/cli-mock-mode.test.ts tests/cli-subcommands.test.ts', '--timeout', '15m'],
    iterations: 5,
    reviewed: 'package.json scripts.test (node --import tsx --test); tests/cli-test-helpers.ts runs the CLI with AGHAST_MOCK_AI (no model is called) on the local tests/fixtures/git-repo',
  },
  {
    id: 'tailwindcss-2019',
    cases: ['tailwind-cli-tmp-dir'],
    // Only yarn.lock is committed: npm resolves the package.json ranges.
    install: [
      ['npm', 'install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'],
      ['npm', 'install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', 'jest-junit@12'],
    ],
    run: ['--command', 'JEST_JUNIT_OUTPUT={junit} JEST_JUNIT_OUTPUT_FILE={junit} npx jest __tests__/cli.test.js __tests__/customConfig.test.js __tests__/escapeClassName.test.js __tests__/sanity.test.js --ci --maxWorkers={workers} --reporters=default --reporters=jest-junit', '--timeout', '10m'],
    iterations: 5,
    reviewed: 'package.json jest block (setupFilesAfterEnv jest/customMatchers.js); the CLI tests write CSS into ../__tmp via jest/runInTempDirectory.js; no network',
  },
];

export interface RealContext {
  readonly gitDir: string;
  readonly work: string;
  readonly cli: string;
}

export interface RealOutcome {
  readonly note: string;
  readonly report?: { tests: ReportTest[]; runs: unknown[] };
  readonly seconds: number;
}

const INSTALL_TIMEOUT_MS = 20 * 60_000;
const RUN_TIMEOUT_MS = 150 * 60_000;

function logged(argv: readonly string[], cwd: string, log: string, timeout: number): { ok: boolean; why: string } {
  const fd = openSync(log, 'a');
  try {
    const r = spawnSync(argv[0]!, argv.slice(1), { cwd, stdio: ['ignore', fd, fd], timeout, env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
    if (r.error) return { ok: false, why: `${argv.join(' ')}: ${r.error.message}` };
    return { ok: r.status === 0 || (argv.includes('run') && r.status === 1), why: `${argv.slice(0, 3).join(' ')} exit ${r.status}${r.signal ? ` (${r.signal})` : ''}` };
  } finally {
    closeSync(fd);
  }
}

export function runReal(spec: RealSpec, c: WildCase, ctx: RealContext): RealOutcome {
  const started = Date.now();
  const base = join(ctx.work, 'real', spec.id);
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const tree = join(base, 'tree');
  materialise(ctx.gitDir, c.before, tree);
  const project = c.root === '' ? tree : join(tree, c.root);
  const log = join(base, 'log.txt');
  for (const step of spec.install) {
    const r = logged(step, project, log, INSTALL_TIMEOUT_MS);
    if (!r.ok) return { note: `install failed (${r.why}); log ${log}`, seconds: (Date.now() - started) / 1000 };
  }
  const out = join(base, 'out');
  const argv = [process.execPath, ctx.cli, 'run', ...spec.run, '--workers', '1,4', '--iterations', String(spec.iterations), '--cwd', project, '--out', out];
  const r = logged(argv, project, log, RUN_TIMEOUT_MS);
  const reportPath = join(out, 'report.json');
  const seconds = (Date.now() - started) / 1000;
  if (!existsSync(reportPath)) return { note: `flakegate run wrote no report (${r.why}); log ${log}`, seconds };
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as { tests: ReportTest[]; runs: unknown[] };
  return { note: `${report.runs.length} runs in ${Math.round(seconds)} s (${r.why}); report ${reportPath}`, report, seconds };
}
