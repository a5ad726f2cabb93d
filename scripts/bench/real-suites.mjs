// Section 5 (issue 19): flakegate on real open-source suites nobody here wrote, against the fixed
// design "N full-suite runs at every worker count" (N the least that reaches the same verdicts),
// both run for real in this session; plus the run-pricing model's error on every run, and the
// pull-request scenario's setup (a patch that adds one colliding test).
//
// The suites are read from snapshots brought by the `fetch` tool (github:<owner>/<name>), under
// --mirror DIR (default /work/.mirror/<owner>+<name>/repo), and checked out into a temporary
// directory at the commit below: nothing of their code is in this repository, only these facts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { executions, runCli } from './detection.mjs';

/**
 * Runs the CLI in a network namespace of its own when this machine allows it (Linux, root): real
 * suites bind fixed ports (curio: 25000), and on a shared machine another session running the same
 * suite would otherwise collide with ours and turn its failures into hangs. Loopback only inside.
 */
const ISOLATE = (() => {
  try {
    execFileSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const runIsolated = (cli, args) => (ISOLATE ? runCli('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec "$0" "$@"', process.execPath, cli, 'run', ...args], true) : runCli(cli, args));
import { fmt, loadAvg, repo, table } from './util.mjs';

const WORKERS = [1, 4];
const ITERATIONS = Number(process.env.FLAKEGATE_BENCH_ITERATIONS ?? 2);
// The fixed design grows as 1/rate; past this the bench says so instead of running for an hour.
const MAX_FIXED_N = Number(process.env.FLAKEGATE_BENCH_MAX_N ?? 10);

/**
 * Facts only. `truth(dir)` returns the tests that may rightly be parallel-only (read from the
 * snapshot at bench time) and those that fail everywhere on this machine's toolchain.
 */
export const SUITES = [
  {
    name: 'curio',
    repo: 'dabeaz/curio',
    // Parent of a54e20f "Make tests work with pytest-xdist (partial #264)" (PR #265).
    commit: 'ed00d710ebf60963360853b23b66c63fc6592a66',
    fix: 'a54e20fd4504c5052291115a87daed27fed9a9f8',
    framework: 'pytest',
    // A collision can leave a client waiting on a server that never came up: bound each run.
    timeout: '3m',
    why: 'pure-Python (no dependency beyond pytest), real xdist collisions: tests bind the fixed port 25000 and write tmp.txt beside the tests',
    // The I/O, socket and network files (the fix's subject) and five neighbours, ~35 s serially;
    // the whole suite (264 tests) takes 95 s serially, most of it in sleeps of test_sync/kernel.
    testpaths: ['tests/test_io.py', 'tests/test_socket.py', 'tests/test_network.py', 'tests/test_file.py', 'tests/test_asyncgen.py', 'tests/test_task.py', 'tests/test_channel.py', 'tests/test_meta.py', 'tests/test_thread.py'],
    setup(dir) {
      // A client whose server lost the port waits forever: pytest-timeout (Debian
      // python3-pytest-timeout) fails such a test after 30 s so the run ends and reports it.
      try {
        execFileSync('/usr/bin/python3', ['-c', 'import pytest_timeout'], { stdio: 'ignore' });
      } catch {
        throw new Error('curio needs pytest-timeout: apt-get install python3-pytest-timeout');
      }
      const cfg = join(dir, 'setup.cfg');
      writeFileSync(cfg, readFileSync(cfg, 'utf8').replace(/^testpaths = tests$/m, `testpaths = ${this.testpaths.join(' ')}\ntimeout = 30`));
    },
    truth(dir, mirror) {
      // Test functions the fix rewrote, and any test whose source names the fixed port.
      const diff = git(mirror, ['show', this.fix, '--', 'tests/']);
      const touched = new Set([...diff.matchAll(/^\+def (test_\w+)/gm)].map((m) => m[1]));
      for (const file of this.testpaths) {
        const src = readFileSync(join(dir, file), 'utf8');
        for (const block of src.split(/^(?=def )/m)) if (/25000/.test(block)) touched.add(/^def (test_\w+)/.exec(block)?.[1]);
      }
      touched.delete(undefined);
      return { parallelOnly: (t) => touched.has(t.name.replace(/\[.*$/, '')), note: `${touched.size} test functions rewritten by ${this.fix.slice(0, 7)} or naming port 25000` };
    },
    // The pull-request scenario: one new test binding the port an existing test binds.
    prPatch: {
      file: 'tests/test_pr_added_server.py',
      text: [
        'from curio import *',
        'from curio.socket import *',
        '',
        '',
        'def test_pr_added_echo_server(kernel):',
        '    async def main():',
        '        sock = socket(AF_INET, SOCK_STREAM)',
        '        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, True)',
        "        sock.bind(('', 25000))",
        '        sock.listen(1)',
        '        await sleep(0.5)',
        '        await sock.close()',
        '    kernel.run(main())',
        '',
      ].join('\n'),
    },
  },
  {
    name: 'unlimited-blog-works',
    repo: 'kjirou/unlimited-blog-works',
    // First parent of a70b995 "Merge pull request #93 from kjirou/fix_flaky_tests" (fix d7dcfa1:
    // "jest runs tests in parallel across multiple test files").
    commit: 'd56c4b2557f3c3c9c00bff2b86a5f86e7da51f7b',
    fix: 'd7dcfa19323f32a40e85b1c71f0221c3c3a0936b',
    framework: 'jest',
    timeout: '5m',
    why: 'TypeScript through ts-jest, npm-installable; index.test.ts and test-helper.test.ts empty the same tmp/jest-test/default between tests',
    setup(dir) {
      // Read package.json first: no install scripts are needed, so none run.
      execFileSync('npm', ['ci', '--ignore-scripts', '--no-fund', '--no-audit'], { cwd: dir, stdio: 'ignore' });
      execFileSync('npm', ['install', '--no-save', '--ignore-scripts', '--no-fund', '--no-audit', 'jest-junit@16'], { cwd: dir, stdio: 'ignore' });
    },
    truth() {
      const files = ['src/__tests__/index.test.ts', 'src/__tests__/test-helper.test.ts'];
      return { parallelOnly: (t) => files.some((f) => (t.file ?? t.id).endsWith(f)), note: 'tests of the two files the fix changed' };
    },
  },
];

function git(dir, args) {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

function checkout(mirror, commit, tmp, name) {
  const dir = join(mkdtempSync(join(tmp, `${name}-`)), 'src');
  execFileSync('git', ['clone', '--quiet', '--no-checkout', mirror, dir], { stdio: 'ignore' });
  execFileSync('git', ['-C', dir, 'checkout', '--quiet', commit], { stdio: 'ignore' });
  return dir;
}

/** Verdicts are correct when every parallel-only test is a true one and every true one that failed in parallel is found. */
function judge(report, truth) {
  const wrong = [];
  for (const t of report.tests) {
    const isTrue = truth.parallelOnly(t);
    if (t.verdict === 'parallel-only' && !isTrue) wrong.push(`${t.id}: parallel-only, not a known collision`);
  }
  return { wrong, parallelOnly: report.tests.filter((t) => t.verdict === 'parallel-only').map((t) => t.id).sort() };
}

const rate = (s) => (s && s.passed + s.failed > 0 ? s.failed / (s.passed + s.failed) : 0);

/**
 * The price model's error on every run of a session: fitted on the runs before it, priced, and
 * compared with what the run took. By kind: full-suite and subset runs.
 */
export async function pricingError(fg, out, report, unit, cores) {
  const { runs } = await executions(fg, out, report, true);
  const errors = { full: [], subset: [] };
  for (let k = 1; k < runs.length; k++) {
    const model = fg.fitPriceModel(runs.slice(0, k), unit, cores);
    const r = runs[k].record;
    const predicted = fg.priceRun(model, { workers: r.workers, ...(r.subset ? { tests: r.subset } : {}) });
    errors[r.subset ? 'subset' : 'full'].push((predicted - r.durationMs) / r.durationMs);
  }
  const first = report.cost?.estimates?.[0];
  const after = report.cost?.estimates?.[1];
  const actual = report.cost?.actualMs;
  return {
    full: summarise(errors.full),
    subset: summarise(errors.subset),
    firstRun: first && actual ? (first.totalMs - actual) / actual : null,
    afterDiscovery: after && actual ? (after.totalMs - actual) / actual : null,
  };
}

function summarise(xs) {
  if (xs.length === 0) return null;
  const abs = xs.map(Math.abs).sort((a, b) => a - b);
  return { n: xs.length, medianAbs: abs[Math.floor(abs.length / 2)], maxAbs: abs.at(-1) };
}

const pct = (x) => (x === null || x === undefined ? '-' : `${x >= 0 ? '+' : ''}${(100 * x).toFixed(0)}%`);
const errText = (e) => (e ? `${(100 * e.medianAbs).toFixed(0)}% (max ${(100 * e.maxAbs).toFixed(0)}%, n=${e.n})` : '-');

export async function benchRealSuites({ tmp, pipelineBundle, mirrorRoot = '/work/.mirror', only = null, cli }) {
  console.log(`\n## 5. Real suites (issue 19; workers ${WORKERS.join(',')}, flakegate ${ITERATIONS} iterations + confirmation${ISOLATE ? '; each session in its own network namespace' : ''})\n`);
  const fg = await import(pathToFileURL(pipelineBundle).href);
  const { availableParallelism } = await import('node:os');
  const cores = availableParallelism();
  const rows = [];
  const pricing = [];
  const notes = [];
  for (const suite of SUITES.filter((s) => only === null || only.includes(s.name))) {
    const mirror = join(mirrorRoot, suite.repo.replace('/', '+'), 'repo');
    if (!existsSync(mirror)) {
      notes.push(`${suite.name}: skipped, no snapshot at ${mirror} (fetch github:${suite.repo} first)`);
      continue;
    }
    const commit = git(mirror, ['rev-parse', suite.commit]).trim();
    notes.push(`${suite.name}: ${suite.repo} at ${commit} (${suite.why})`);
    const prepare = () => {
      const dir = checkout(mirror, commit, tmp, suite.name);
      suite.setup?.(dir);
      return dir;
    };
    const a = prepare();
    const truth = suite.truth(a, mirror);
    const aOut = join(a, '.flakegate-bench');
    const loadA = loadAvg();
    const ra = await runIsolated(cli, ['--framework', suite.framework, '--workers', WORKERS.join(','), '--iterations', String(ITERATIONS), '--timeout', suite.timeout, '--cwd', a, '--out', aOut]);
    if (!existsSync(join(aOut, 'report.json'))) {
      notes.push(`${suite.name}: flakegate run failed (exit ${ra.code}): ${ra.err.trim().split('\n').at(-1)}`);
      continue;
    }
    const repA = JSON.parse(readFileSync(join(aOut, 'report.json'), 'utf8'));
    const judgedA = judge(repA, truth);
    const execA = await executions(fg, aOut, repA);
    const unit = suite.framework === 'pytest' ? 'test' : 'file';
    pricing.push({ suite: suite.name, design: 'flakegate', ...(await pricingError(fg, aOut, repA, unit, cores)) });
    // The fixed design's N: the confirmed rule with the same guarantee (alpha split over every test
    // of the suite: a fixed design nominates nothing) at the rates this session measured for every
    // test it confirmed as parallel-only (equal correctness: the same confirmed verdicts).
    const need = repA.tests.filter((t) => t.verdict === 'parallel-only' && t.confidence === 'confirmed').map((t) => ({
      id: t.id,
      n: fg.iterationsToConfirm(rate(t.byWorkers[String(WORKERS.at(-1))]), rate(t.byWorkers[String(WORKERS[0])]), WORKERS.length - 1, repA.tests.length),
    }));
    const wanted = Math.max(1, ...need.map((x) => x.n ?? Infinity));
    const n = Math.min(wanted, MAX_FIXED_N);
    if (wanted > MAX_FIXED_N) notes.push(`${suite.name}: the fixed design needs N = ${Number.isFinite(wanted) ? wanted : '> 200'} at the measured rates; run at N = ${MAX_FIXED_N} (FLAKEGATE_BENCH_MAX_N) and its time scaled to N`);
    const b = prepare();
    const bOut = join(b, '.flakegate-bench');
    const loadB = loadAvg();
    const rb = await runIsolated(cli, ['--framework', suite.framework, '--workers', WORKERS.join(','), '--iterations', String(n), '--no-confirm', '--timeout', suite.timeout, '--cwd', b, '--out', bOut]);
    const repB = existsSync(join(bOut, 'report.json')) ? JSON.parse(readFileSync(join(bOut, 'report.json'), 'utf8')) : null;
    const execB = repB ? await executions(fg, bOut, repB) : null;
    if (repB) pricing.push({ suite: suite.name, design: `fixed N=${n}`, ...(await pricingError(fg, bOut, repB, unit, cores)) });
    const scale = Number.isFinite(wanted) && wanted > n ? wanted / n : 1;
    const fixedMs = rb.ms * scale;
    const sameVerdicts = repB ? repB.tests.filter((t) => t.verdict === 'parallel-only').map((t) => t.id).sort().join() === judgedA.parallelOnly.join() : false;
    rows.push([suite.name, `flakegate (${ITERATIONS} it. + confirmation)`, judgedA.wrong.length === 0 ? `${judgedA.parallelOnly.length} parallel-only, none wrong` : `${judgedA.wrong.length} wrong`, String(execA.runs), fmt.int(execA.all), fmt.ms(ra.ms), '', loadA]);
    rows.push([suite.name, `fixed design N = ${n}${scale > 1 ? ` (x${scale.toFixed(1)} for N = ${wanted})` : ''}`, repB ? `${repB.summary.parallelOnly} parallel-only${sameVerdicts ? ' (same tests)' : ''}` : `failed (exit ${rb.code})`, execB ? String(execB.runs) : '-', execB ? fmt.int(Math.round(execB.all * scale)) : '-', fmt.ms(fixedMs), execB ? `${fmt.ratio(ra.ms / fixedMs)} time, ${fmt.ratio(execA.all / (execB.all * scale))} executions` : '-', loadB]);
    notes.push(`${suite.name}: truth = ${truth.note}; flakegate parallel-only: ${judgedA.parallelOnly.map((id) => id.split('::').at(-1)).join(', ') || 'none'}; broken ${repA.summary.broken}, flaky ${repA.summary.flaky}`);
    for (const w of judgedA.wrong) notes.push(`${suite.name} flakegate: ${w}`);
    notes.push(`${suite.name} flakegate executions by phase: ${Object.entries(execA.byPhase).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    if (suite.prPatch) notes.push(...(await prScenario(suite, prepare, fg, repA, aOut, unit, cores)));
  }
  table(['suite', 'design', 'verdicts', 'runs', 'test executions', 'wall time', 'flakegate / fixed', 'load avg at start'], rows);
  console.log('\nRun pricing error (each run priced from the runs before it; estimate of the whole session after the first run and after discovery vs what it took):\n');
  table(['suite', 'session', 'full-suite runs |error| median', 'subset runs |error| median', 'estimate after first run', 'estimate after discovery'], pricing.map((p) => [p.suite, p.design, errText(p.full), errText(p.subset), pct(p.firstRun), pct(p.afterDiscovery)]));
  console.log(`\nTargets (issue 19): wall time <= 0.35x the fixed design at equal correctness; the estimate after the first run within 25% of the real cost.`);
  for (const note of notes) console.log(`- ${note}`);
  return { rows, pricing };
}

/**
 * The pull-request scenario's setup: the patch adds one test that binds the port an existing
 * test binds, committed on top of the checkout so `git diff` against the base names it. Shows the
 * changed-test detection and the burn-in candidates, and what one default discovery would cost.
 */
async function prScenario(suite, prepare, fg, baseReport, baseOut, unit, cores) {
  const dir = prepare();
  const base = git(dir, ['rev-parse', 'HEAD']).trim();
  writeFileSync(join(dir, suite.prPatch.file), suite.prPatch.text);
  git(dir, ['add', suite.prPatch.file]);
  execFileSync('git', ['-C', dir, '-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '--quiet', '-m', 'PR: add a test'], { stdio: 'ignore' });
  const changed = await fg.changedFiles(dir, base);
  const tests = baseReport.tests.map((t) => ({ id: t.id, file: t.file, name: t.name }));
  const added = [{ id: `${suite.prPatch.file}::test_pr_added_echo_server`, file: suite.prPatch.file, name: 'test_pr_added_echo_server' }];
  const inChanged = fg.testsInChangedFiles([...tests, ...added], changed.files);
  const sources = new Map();
  for (const file of new Set([...tests, ...added].map((t) => t.file).filter(Boolean))) {
    try {
      sources.set(file, readFileSync(join(dir, file), 'utf8'));
    } catch {
      // a file the suite reports but the checkout lacks costs only its candidates
    }
  }
  const coRunners = fg.coRunnerCandidates(inChanged, [...tests, ...added], sources);
  const model = fg.fitPriceModel((await executions(fg, baseOut, baseReport, true)).runs, unit, cores);
  const discovery = WORKERS.flatMap((w) => Array.from({ length: 5 }, () => fg.priceRun(model, { workers: w }))).reduce((a, b) => a + b, 0);
  const burnIn = fg.priceRun(model, { workers: WORKERS.at(-1), tests: [...inChanged, ...coRunners.map((c) => c.id)] });
  return [
    `${suite.name} PR scenario: the patch adds ${suite.prPatch.file}; git diff ${base.slice(0, 7)}...HEAD names ${changed.files.join(', ')}; tests in changed files: ${inChanged.join(', ')}`,
    `${suite.name} PR scenario: co-runner candidates by shared resources: ${coRunners.map((c) => `${c.id.split('::').at(-1)} (${c.shared.join(', ')})`).join('; ') || 'none'}`,
    `${suite.name} PR scenario, priced: one burn-in run (changed test + candidates, ${WORKERS.at(-1)} workers) ${fmt.ms(burnIn)} vs the default discovery (workers ${WORKERS.join(',')} x 5) ${fmt.ms(discovery)}`,
  ];
}

