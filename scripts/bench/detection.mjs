// Section 4 (issue 3): what it costs to classify every planted test of the real fixture suites,
// flakegate (discovery 2 iterations, or FLAKEGATE_BENCH_ITERATIONS, at workers 1,4 + confirmation) vs the fixed design
// "N full-suite iterations at every worker count", N the smallest that reaches the same verdicts
// and the same `confirmed` tier. Both are run for real, in this process's session.
// Why 2: each design at the smallest setting that classifies the fixtures correctly. The planted
// flaky tests fail on every third execution, so 2 iterations (4 runs) is the least discovery that
// sees them fail at all; the fixed design's N is chosen by the same criterion (plus `confirmed`).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fmt, loadAvg, repo, table } from './util.mjs';

// Every test/fixtures/<framework>/basic with an expected.json (pytest and jest first, then the rest).
function fixtures() {
  const root = join(repo, 'test/fixtures');
  const found = readdirSync(root)
    .filter((fw) => existsSync(join(root, fw, 'basic', 'expected.json')))
    .map((fw) => ({ framework: JSON.parse(readFileSync(join(root, fw, 'basic', 'expected.json'), 'utf8')).framework ?? fw, dir: `test/fixtures/${fw}/basic` }));
  const order = (f) => ['pytest', 'jest'].indexOf(f.framework) >>> 0;
  return found.sort((a, b) => order(a) - order(b) || a.framework.localeCompare(b.framework));
}
const WORKERS = [1, 4];
// FLAKEGATE_BENCH_ITERATIONS: flakegate's discovery iterations (default 2); the fixed design's N
// is computed independently of it. FLAKEGATE_BENCH_FIXTURES=pytest,jest: only those frameworks.
const ITERATIONS = Number(process.env.FLAKEGATE_BENCH_ITERATIONS ?? 2);
const ONLY = process.env.FLAKEGATE_BENCH_FIXTURES ? process.env.FLAKEGATE_BENCH_FIXTURES.split(',') : null;

export function copyFixture(tmp, rel) {
  const src = join(repo, rel);
  const dest = mkdtempSync(join(tmp, 'fixture-'));
  cpSync(src, dest, {
    recursive: true,
    filter: (p) => !/(^|\/)(node_modules|\.fixture-state|\.pytest_cache|__pycache__|\.flakegate)(\/|$)/.test(p.slice(src.length)),
  });
  if (existsSync(join(src, 'node_modules'))) symlinkSync(join(src, 'node_modules'), join(dest, 'node_modules'));
  return dest;
}

/** `cli`: the bundle to run (the bench runs a copy, so a rebuild meanwhile changes nothing). */
export function runCli(cli, args, raw = false) {
  return new Promise((resolve) => {
    const start = performance.now();
    // raw: `cli` is the program and `args` its whole argv (e.g. the CLI under `unshare`).
    const child = spawn(raw ? cli : process.execPath, raw ? args : [cli, 'run', ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let err = '';
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('close', (code) => resolve({ code, ms: performance.now() - start, err }));
  });
}

function findTests(report, key) {
  const sep = key.indexOf('::');
  const file = key.slice(0, sep);
  const name = key.slice(sep + 2);
  return report.tests.filter((t) => (t.file ?? t.id).endsWith(file) && t.name.includes(name));
}

/** Every planted test has its expected verdict; the parallel-only ones also their tier. */
function judge(report, expected) {
  const wrong = [];
  const tiers = [];
  for (const [key, verdict] of Object.entries(expected.tests)) {
    const found = findTests(report, key);
    const got = found.map((t) => t.verdict).join(',') || 'missing';
    if (got !== verdict) wrong.push(`${key.split('::')[1]}: ${got} (expected ${verdict})`);
    if (verdict === 'parallel-only') tiers.push(...found.map((t) => t.confidence));
  }
  return { wrong, tiers };
}

export async function executions(fg, out, report, keepRuns = false) {
  const runs = [];
  for (const record of report.runs) {
    const cases = [];
    for (const rel of record.reportPaths) cases.push(...(await fg.parseJunitFile(join(out, rel))).tests);
    runs.push({ record, cases });
  }
  const probes = runs.filter((r) => r.record.phase === 'confirm-partner');
  const byPhase = {};
  for (const r of runs) byPhase[r.record.phase] = (byPhase[r.record.phase] ?? 0) + fg.testExecutions([r]);
  return { all: fg.testExecutions(runs), probes: fg.testExecutions(probes), runs: keepRuns ? runs : runs.length, byPhase };
}

const rate = (s) => (s && s.passed + s.failed > 0 ? s.failed / (s.passed + s.failed) : 0);

export async function benchDetection({ tmp, pipelineBundle, cli }) {
  console.log(`\n## 4. Detection cost on the fixture suites (issue 3; workers ${WORKERS.join(',')})\n`);
  const fg = await import(pathToFileURL(pipelineBundle).href);
  const rows = [];
  const notes = [];
  for (const fx of fixtures().filter((f) => ONLY === null || ONLY.includes(f.framework))) {
    if (existsSync(join(repo, fx.dir, 'package.json')) && !existsSync(join(repo, fx.dir, 'node_modules'))) {
      notes.push(`${fx.dir}: skipped, node_modules not installed (npm ci there)`);
      continue;
    }
    const expected = JSON.parse(readFileSync(join(repo, fx.dir, 'expected.json'), 'utf8'));
    // flakegate: discovery 3 iterations + confirmation.
    const a = copyFixture(tmp, fx.dir);
    const aOut = join(a, '.flakegate');
    const loadA = loadAvg();
    const ra = await runCli(cli, ['--framework', fx.framework, '--workers', WORKERS.join(','), '--iterations', String(ITERATIONS), '--cwd', a, '--out', aOut]);
    if (!existsSync(join(aOut, 'report.json'))) {
      notes.push(`${fx.dir}: flakegate run failed (exit ${ra.code}): ${ra.err.trim().split('\n').at(-1)}`);
      continue;
    }
    const repA = JSON.parse(readFileSync(join(aOut, 'report.json'), 'utf8'));
    const judgedA = judge(repA, expected);
    const execA = await executions(fg, aOut, repA);
    // The fixed design's N: the confirmed rule with the same guarantee (alpha split over every test
    // of the suite: a fixed design nominates nothing) for every planted parallel-only test at the
    // rates this session measured (iterationsToConfirm), and at least one serial failure of every
    // planted flaky test (ceil(1 / serial rate)).
    const suite = Object.keys(expected.tests).length;
    const need = [];
    for (const [key, verdict] of Object.entries(expected.tests)) {
      for (const t of findTests(repA, key)) {
        const ser = rate(t.byWorkers[String(WORKERS[0])]);
        const par = rate(t.byWorkers[String(WORKERS.at(-1))]);
        if (verdict === 'parallel-only') need.push({ key, n: fg.iterationsToConfirm(par, ser, WORKERS.length - 1, suite), why: `confirmed at ${par.toFixed(2)} vs ${ser.toFixed(2)}` });
        if (verdict === 'flaky' && ser > 0) need.push({ key, n: Math.ceil(1 / ser), why: `a serial failure at ${ser.toFixed(2)}` });
      }
    }
    const n = Math.max(1, ...need.map((x) => x.n ?? Infinity));
    // The fixed design, for real: N full-suite iterations at each count, no confirmation.
    const b = copyFixture(tmp, fx.dir);
    const bOut = join(b, '.flakegate');
    const loadB = loadAvg();
    const rb = Number.isFinite(n) ? await runCli(cli, ['--framework', fx.framework, '--workers', WORKERS.join(','), '--iterations', String(n), '--no-confirm', '--cwd', b, '--out', bOut]) : null;
    const repB = rb && existsSync(join(bOut, 'report.json')) ? JSON.parse(readFileSync(join(bOut, 'report.json'), 'utf8')) : null;
    const judgedB = repB ? judge(repB, expected) : null;
    const execB = repB ? await executions(fg, bOut, repB) : null;
    // The fixed run's tier is capped at `likely` (--no-confirm); whether its counts meet the rule:
    let rule = '-';
    if (repB) {
      const meets = Object.entries(expected.tests).filter(([, v]) => v === 'parallel-only').flatMap(([k]) => findTests(repB, k)).map((t) => {
        const s = t.byWorkers[String(WORKERS[0])];
        const p = t.byWorkers[String(WORKERS.at(-1))];
        return fg.fixedDesignConfirms(p.failed, p.passed + p.failed, s.failed, s.passed + s.failed, WORKERS.length - 1, suite);
      });
      rule = `${meets.filter(Boolean).length}/${meets.length} meet confirmed`;
    }
    rows.push([
      fx.framework,
      `flakegate (${ITERATIONS} iterations + confirmation)`,
      judgedA.wrong.length === 0 ? 'all correct' : `${judgedA.wrong.length} wrong`,
      `${judgedA.tiers.filter((t) => t === 'confirmed').length}/${judgedA.tiers.length} confirmed`,
      `${execA.runs}`,
      `${fmt.int(execA.all)}${execA.probes ? ` (${execA.probes} in probes)` : ''}`,
      fmt.ms(ra.ms),
      '',
      loadA,
    ]);
    rows.push([
      fx.framework,
      `fixed design, N = ${n} (--no-confirm)`,
      judgedB ? (judgedB.wrong.length === 0 ? 'all correct' : `${judgedB.wrong.length} wrong`) : `failed (exit ${rb?.code})`,
      rule,
      execB ? `${execB.runs}` : '-',
      execB ? `${fmt.int(execB.all)} (formula ${fmt.int(fg.fixedDesignExecutions(suite, WORKERS.length, n))})` : '-',
      rb ? fmt.ms(rb.ms) : '-',
      execB ? `${fmt.ratio(execA.all / execB.all)} executions (${fmt.ratio((execA.all - execA.probes) / execB.all)} without partner probes), ${fmt.ratio(ra.ms / rb.ms)} time` : '-',
      loadB,
    ]);
    notes.push(`${fx.framework} flakegate executions by phase: ${Object.entries(execA.byPhase).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const w of judgedA.wrong) notes.push(`${fx.framework} flakegate: ${w}`);
    for (const w of judgedB?.wrong ?? []) notes.push(`${fx.framework} fixed N=${n}: ${w}`);
    const worst = need.filter((x) => x.n === n).map((x) => `${x.key.split('::')[1]} (${x.why})`);
    notes.push(`${fx.framework}: N = ${n} set by ${worst.slice(0, 2).join('; ')}${worst.length > 2 ? ` and ${worst.length - 2} more` : ''}`);
    rmSync(a, { recursive: true, force: true });
    rmSync(b, { recursive: true, force: true });
  }
  table(['suite', 'design', 'verdicts', 'parallel-only tier', 'runs', 'test executions', 'wall time', 'flakegate / fixed', 'load avg at start'], rows);
  console.log('\nTarget: flakegate <= 0.5x the fixed design\'s executions.');
  for (const note of notes) console.log(`- ${note}`);
  return rows;
}
