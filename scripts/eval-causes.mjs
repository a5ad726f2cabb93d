#!/usr/bin/env node
// Evaluation of the explain stage on the real fixture projects (`npm run eval:causes`).
//
// For every fixture test/fixtures/<framework>/<name>/ whose expected.json has a non-empty
// `causes` map, runs the bundled CLI the way users do:
//   node dist/cli.js run --framework <f> --workers 1,4 --iterations <n> --cwd <temp copy> --out <tmp>
// then compares each planted test's top-1 cause with the expected one and prints: the per-test
// table, top-1 accuracy (overall, per ecosystem, per fixture), a confusion matrix (expected x
// predicted) and the causes claimed on tests the run found stable (target: none with score >= 0.5).
//
// It is an evaluation, not a test: it exits 0 whatever the accuracy, 1 only when a run itself
// failed (setup error, no report.json, CLI crash), 2 on bad arguments.
//
//   node scripts/eval-causes.mjs [--iterations N] [--fixture SUBSTRING]... [--json FILE]
//   node scripts/eval-causes.mjs --from WORKDIR [--reanalyse]   # score the reports an earlier
//        run kept in WORKDIR, without running anything; --reanalyse first rebuilds each report
//        from its kept raw runs with the current dist/cli.js (`flakegate analyze`), so an explain
//        change is measured on exactly the same runs
//
// A fixture whose toolchain is missing (no `go` on PATH, no Python with pytest + pytest-xdist,
// no node_modules for a JS runner) is skipped with one line saying why. Docs: docs/evaluation.md.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
// FLAKEGATE_EVAL_CLI: evaluate another build (e.g. a private bundle of a change, with --from --reanalyse).
const CLI = process.env.FLAKEGATE_EVAL_CLI || join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const HIGH = 0.5;
const RUN_TIMEOUT_MS = 45 * 60_000;

const ECOSYSTEM = { pytest: 'python', jest: 'javascript', vitest: 'javascript', node: 'javascript', mocha: 'javascript', go: 'go' };
/** The package a JS runner needs in the fixture's node_modules. */
const JS_RUNNER_PACKAGE = { jest: 'jest', vitest: 'vitest', mocha: 'mocha' };

function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/eval-causes.mjs [--iterations N] [--fixture SUBSTRING]... [--json FILE] [--from WORKDIR [--reanalyse]]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { iterations: 5, only: [], json: null, from: null, reanalyse: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[i + 1];
      if (v === undefined) usage(`${arg} needs a value`);
      i += 1;
      return v;
    };
    if (arg === '--iterations') {
      opts.iterations = Number(value());
      if (!Number.isInteger(opts.iterations) || opts.iterations < 1) usage('--iterations must be a positive integer');
    } else if (arg === '--fixture') opts.only.push(value());
    else if (arg === '--json') opts.json = value();
    else if (arg === '--from') opts.from = value();
    else if (arg === '--reanalyse') opts.reanalyse = true;
    else if (arg === '-h' || arg === '--help') usage('');
    else usage(`unknown argument: ${arg}`);
  }
  if (opts.reanalyse && opts.from === null) usage('--reanalyse needs --from WORKDIR');
  return opts;
}

// ---------------------------------------------------------------- discovery and toolchains

function discover() {
  const found = [];
  if (!existsSync(FIXTURES)) return found;
  for (const framework of readdirSync(FIXTURES).sort()) {
    const fdir = join(FIXTURES, framework);
    if (!statSync(fdir).isDirectory()) continue;
    for (const name of readdirSync(fdir).sort()) {
      const dir = join(fdir, name);
      const file = join(dir, 'expected.json');
      if (!statSync(dir).isDirectory() || !existsSync(file)) continue;
      let expected;
      try {
        expected = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        found.push({ id: `${framework}/${name}`, dir, skip: `expected.json is not valid JSON (${err.message})` });
        continue;
      }
      const causes = expected.causes ?? {};
      if (typeof causes !== 'object' || Object.keys(causes).length === 0) continue; // nothing to evaluate
      found.push({ id: `${framework}/${name}`, dir, framework: expected.framework ?? framework, expected });
    }
  }
  return found;
}

function succeeds(file, args, cwd) {
  const r = spawnSync(file, args, { cwd, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return r.error === undefined && r.status === 0;
}

let pythonProbe;
/** Why the fixture cannot run here, or null. Mirrors what the CLI's presets need. */
function missingToolchain(fixture) {
  const { framework, dir } = fixture;
  if (!(framework in ECOSYSTEM)) return `framework '${framework}' is not evaluated (supported: ${Object.keys(ECOSYSTEM).join(', ')})`;
  if (framework === 'pytest') {
    if (pythonProbe === undefined) {
      const candidates = [process.env.FLAKEGATE_PYTHON, '/usr/bin/python3', 'python3', 'python'].filter((c) => c !== undefined && c !== '');
      pythonProbe = candidates.find((py) => succeeds(py, ['-c', 'import pytest, xdist'], dir)) ?? null;
    }
    return pythonProbe === null ? 'no Python with pytest and pytest-xdist (tried FLAKEGATE_PYTHON, /usr/bin/python3, python3, python)' : null;
  }
  if (framework === 'go') return succeeds('go', ['version'], dir) ? null : 'no `go` on PATH';
  const pkg = JS_RUNNER_PACKAGE[framework];
  if (pkg !== undefined && !existsSync(join(dir, 'node_modules', pkg, 'package.json'))) {
    return `no node_modules/${pkg} (run \`npm ci\` in ${relative(ROOT, dir)})`;
  }
  if (pkg === undefined && existsSync(join(dir, 'package.json'))) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const deps = { ...manifest.dependencies, ...manifest.devDependencies };
    if (Object.keys(deps).length > 0 && !existsSync(join(dir, 'node_modules'))) return `no node_modules (run \`npm ci\` in ${relative(ROOT, dir)})`;
  }
  return null;
}

// ---------------------------------------------------------------- running

/** A private copy (fixture state must not leak between runs); node_modules is linked, not copied. */
function copyFixture(src, base) {
  const dest = join(base, 'project');
  cpSync(src, dest, {
    recursive: true,
    filter: (p) => !/(^|\/)(node_modules|\.fixture-state|\.pytest_cache|__pycache__|\.flakegate)(\/|$)/.test(p.slice(src.length)),
  });
  if (existsSync(join(src, 'node_modules'))) symlinkSync(join(src, 'node_modules'), join(dest, 'node_modules'));
  return dest;
}

function runFixture(fixture, iterations, base) {
  const work = join(base, fixture.id.replace(/\//g, '-'));
  mkdirSync(work, { recursive: true });
  const cwd = copyFixture(fixture.dir, work);
  const out = join(work, 'out');
  const args = ['run', '--framework', fixture.framework, '--workers', '1,4', '--iterations', String(iterations), '--cwd', cwd, '--out', out];
  const started = Date.now();
  // The CLI's progress goes to a log as it runs (`tail -f` it to watch a long run).
  const log = join(work, 'cli.log');
  const fd = openSync(log, 'w');
  let r;
  try {
    r = spawnSync(process.execPath, [CLI, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', fd, fd],
      timeout: RUN_TIMEOUT_MS,
    });
  } finally {
    closeSync(fd);
  }
  const seconds = (Date.now() - started) / 1000;
  const reportPath = join(out, 'report.json');
  // 0 = gate passed, 1 = gate failed: both are complete runs. Anything else is a failed run.
  if (r.error !== undefined || (r.status !== 0 && r.status !== 1) || !existsSync(reportPath)) {
    const why = r.error?.message ?? `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}`;
    const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-5).join('\n    ');
    return { error: `${why}; log: ${log}${tail ? `\n    ${tail}` : ''}`, seconds };
  }
  return { report: JSON.parse(readFileSync(reportPath, 'utf8')), reportPath, seconds };
}

/** An earlier run's report (optionally re-analysed with the current CLI). */
function reuseFixture(fixture, from, reanalyse) {
  const work = join(from, fixture.id.replace(/\//g, '-'));
  const kept = join(work, 'out', 'report.json');
  if (!existsSync(kept)) return { missing: `no ${relative(from, kept)} in ${from}` };
  if (!reanalyse) return { report: JSON.parse(readFileSync(kept, 'utf8')), reportPath: kept, seconds: 0 };
  // analyze reads the tests' sources in --cwd (never in the directory a report names): the run's
  // project copy, else the source evidence is scanned for in the wrong tree and lost.
  const project = join(work, 'project');
  if (!existsSync(project)) return { missing: `no ${relative(from, project)} in ${from} (the project copy the source scan reads)` };
  const out = join(work, 'out-reanalysed');
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'analyze', '--cwd', project, '--out', out, kept], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const reportPath = join(out, 'report.json');
  if (r.error !== undefined || (r.status !== 0 && r.status !== 1) || !existsSync(reportPath)) {
    return { error: `analyze: ${r.error?.message ?? `exit ${r.status}`}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}`, seconds: 0 };
  }
  return { report: JSON.parse(readFileSync(reportPath, 'utf8')), reportPath, seconds: (Date.now() - started) / 1000 };
}

// ---------------------------------------------------------------- scoring

/**
 * Same rule as expected.json's `match` and test/support/expected.ts. When the report gives a test
 * no file (e.g. Go's JUnit) the file part cannot match; then a test without a file whose name
 * contains the name part is taken, if exactly one does (counted in `byNameOnly`).
 */
const byNameOnly = new Set();
function findTests(report, key) {
  const sep = key.indexOf('::');
  const file = key.slice(0, sep);
  const name = key.slice(sep + 2);
  const found = report.tests.filter((t) => (t.file ?? t.id).endsWith(file) && t.name.includes(name));
  if (found.length > 0 || file === '') return found;
  const loose = report.tests.filter((t) => t.file === undefined && t.name.includes(name));
  if (loose.length === 1) byNameOnly.add(key);
  return loose.length === 1 ? loose : [];
}

function score(fixture, report) {
  const rows = [];
  for (const [key, cause] of Object.entries(fixture.expected.causes)) {
    const test = findTests(report, key)[0];
    const top = test?.causes?.[0];
    rows.push({
      fixture: fixture.id,
      ecosystem: ECOSYSTEM[fixture.framework],
      key,
      expected: cause,
      verdict: test?.verdict ?? 'missing',
      expectedVerdict: fixture.expected.tests?.[key] ?? fixture.expected.unreliable?.[key] ?? 'parallel-only',
      predicted: top?.cause ?? (test === undefined ? 'missing' : 'none'),
      score: top?.score ?? null,
      evidence: (top?.evidence ?? []).map((e) => `${e.kind}: ${e.text}`),
      second: test?.causes?.[1] ? `${test.causes[1].cause} ${test.causes[1].score}` : '',
    });
  }
  const stable = report.tests
    .filter((t) => t.verdict === 'stable' && (t.causes ?? []).length > 0)
    .map((t) => ({ fixture: fixture.id, id: t.id, cause: t.causes[0].cause, score: t.causes[0].score }));
  const stableCount = report.tests.filter((t) => t.verdict === 'stable').length;
  // Informational: planted verdicts the run did not reproduce (accuracy is about causes only).
  const verdictMisses = Object.entries(fixture.expected.tests ?? {}).flatMap(([key, v]) => {
    const got = findTests(report, key).map((t) => t.verdict);
    return got.length > 0 && got.every((g) => g === v) ? [] : [`${key}: expected ${v}, got ${got.join(',') || 'missing'}`];
  });
  return { rows, stable, stableCount, verdictMisses };
}

// ---------------------------------------------------------------- printing

const pct = (hit, n) => (n === 0 ? '–' : `${hit}/${n} (${Math.round((100 * hit) / n)}%)`);
const short = (s, n = 90) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const r of rows) lines.push(`| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`);
  return lines.join('\n');
}

function accuracy(rows, keyOf) {
  const groups = new Map();
  for (const r of rows) {
    const k = keyOf(r);
    const g = groups.get(k) ?? { hit: 0, n: 0 };
    g.n += 1;
    if (r.predicted === r.expected) g.hit += 1;
    groups.set(k, g);
  }
  return [...groups].sort((a, b) => a[0].localeCompare(b[0]));
}

function confusion(rows) {
  const expected = [...new Set(rows.map((r) => r.expected))].sort();
  const predicted = [...new Set([...expected, ...rows.map((r) => r.predicted)])].sort();
  const cells = expected.map((e) => [e, ...predicted.map((p) => rows.filter((r) => r.expected === e && r.predicted === p).length || '.')]);
  return table(['expected \\ predicted', ...predicted], cells);
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) {
    process.stderr.write(`eval:causes: ${relative(ROOT, CLI)} is missing; run \`npm run bundle\` first\n`);
    process.exit(1);
  }
  const base = opts.from ?? mkdtempSync(join(tmpdir(), 'flakegate-eval-'));
  const all = discover().filter((f) => opts.only.length === 0 || opts.only.some((s) => f.id.includes(s)));
  console.log(`eval:causes: ${all.length} fixture(s) with planted causes; --workers 1,4 --iterations ${opts.iterations}; work dir ${base} (each run's CLI output: <work dir>/<fixture>/cli.log)\n`);
  const rows = [];
  const stable = [];
  let stableTotal = 0;
  const failures = [];
  const ran = [];
  for (const fixture of all) {
    const why = fixture.skip ?? (opts.from === null ? missingToolchain(fixture) : null);
    if (why !== null) {
      console.log(`SKIP ${fixture.id}: ${why}`);
      continue;
    }
    process.stdout.write(`${opts.from === null ? 'RUN ' : 'READ'} ${fixture.id} (${fixture.framework}) ... `);
    const result = opts.from === null ? runFixture(fixture, opts.iterations, base) : reuseFixture(fixture, base, opts.reanalyse);
    if (result.missing !== undefined) {
      console.log(`SKIP: ${result.missing}`);
      continue;
    }
    if (result.error !== undefined) {
      console.log(`FAILED after ${result.seconds.toFixed(0)} s: ${result.error}`);
      failures.push(fixture.id);
      continue;
    }
    const s = score(fixture, result.report);
    const hits = s.rows.filter((r) => r.predicted === r.expected).length;
    console.log(`${result.seconds.toFixed(0)} s, ${result.report.runs.length} runs, top-1 ${pct(hits, s.rows.length)}; ${relative(base, result.reportPath)}`);
    for (const m of s.verdictMisses) console.log(`     verdict not reproduced: ${m}`);
    rows.push(...s.rows);
    stable.push(...s.stable);
    stableTotal += s.stableCount;
    ran.push(fixture.id);
  }

  console.log('\n## Planted tests: expected cause vs top-1\n');
  console.log(
    table(
      ['fixture', 'test', 'verdict', 'expected', 'top-1', 'score', 'ok', 'runner-up'],
      rows.map((r) => [r.fixture, short(r.key, 80), r.verdict, r.expected, r.predicted, r.score ?? '–', r.predicted === r.expected ? 'yes' : 'NO', r.second || '–']),
    ),
  );
  const misses = rows.filter((r) => r.predicted !== r.expected);
  if (misses.length > 0) {
    console.log('\n## Evidence behind the misses (top-1 cause)\n');
    for (const r of misses) {
      console.log(`- ${r.fixture} ${r.key}: expected ${r.expected}, got ${r.predicted}${r.score === null ? '' : ` ${r.score}`} (verdict ${r.verdict})`);
      for (const e of r.evidence) console.log(`    - ${short(e, 220)}`);
    }
  }
  const hit = rows.length - misses.length;
  console.log(`\n## Top-1 accuracy\n`);
  console.log(
    table(
      ['scope', 'top-1 correct'],
      [
        ['overall', pct(hit, rows.length)],
        ...accuracy(rows, (r) => r.ecosystem).map(([k, g]) => [`ecosystem ${k}`, pct(g.hit, g.n)]),
        ...accuracy(rows, (r) => r.fixture).map(([k, g]) => [`fixture ${k}`, pct(g.hit, g.n)]),
      ],
    ),
  );
  console.log('\n## Confusion matrix (rows: expected, columns: top-1)\n');
  console.log(rows.length === 0 ? '(no planted tests evaluated)' : confusion(rows));
  const high = stable.filter((s) => s.score >= HIGH);
  const loose = rows.filter((r) => byNameOnly.has(r.key));
  if (loose.length > 0) console.log(`\n(${loose.length} planted test(s) matched by name only: the report gives them no file)`);
  console.log(`\n## Causes claimed on stable tests\n`);
  console.log(`causes claimed with high score (>= ${HIGH}) on stable tests: ${high.length} (target 0)`);
  console.log(`stable tests with any cause listed: ${stable.length} of ${stableTotal} stable tests`);
  for (const s of stable) console.log(`- ${s.fixture} ${s.id}: ${s.cause} ${s.score}`);
  if (failures.length > 0) console.log(`\nruns that FAILED: ${failures.join(', ')}`);
  if (opts.json !== null) {
    writeFileSync(opts.json, `${JSON.stringify({ iterations: opts.iterations, fixtures: ran, failed: failures, rows, stable, stableTotal, accuracy: { hit, total: rows.length } }, null, 2)}\n`);
  }
  process.exit(failures.length > 0 ? 1 : 0);
}

main();
