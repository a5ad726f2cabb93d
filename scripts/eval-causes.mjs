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
//   node scripts/eval-causes.mjs --root eval/blind [--split tune|holdout] ...   (`npm run eval:blind`)
//        the same on projects written apart from this repository: each has a side, tune or
//        holdout, given once by a hash of its id and kept in <root>/split.json; only the chosen
//        side runs (tune by default), a holdout run prints aggregate figures only, and a project
//        that ships a lock file without node_modules is installed into its private copy
//        (`npm ci --ignore-scripts`).
//
// A fixture whose toolchain is missing (no `go` on PATH, no Python with pytest + pytest-xdist,
// no node_modules for a JS runner) is skipped with one line saying why. Docs: docs/evaluation.md.
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { assignSides, ECOSYSTEM, frameworkOf, installArgv, parseCausesArgs, UsageError } from './eval/projects.mjs';
import { withMachineLock } from './eval/machine-lock.mjs';

const ROOT = join(import.meta.dirname, '..');
// FLAKEGATE_EVAL_CLI: evaluate another build (e.g. a private bundle of a change, with --from --reanalyse).
const CLI = process.env.FLAKEGATE_EVAL_CLI || join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const HIGH = 0.5;
const RUN_TIMEOUT_MS = 45 * 60_000;

/** The package a JS runner needs in the fixture's node_modules. */
const JS_RUNNER_PACKAGE = { jest: 'jest', vitest: 'vitest', mocha: 'mocha' };
const INSTALL_TIMEOUT_MS = 10 * 60_000;

function parseArgs(argv) {
  try {
    return parseCausesArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}

// ---------------------------------------------------------------- discovery and toolchains

/** Every project <root>/<framework>/<name>/ with an expected.json that plants causes. */
function discover(root) {
  const found = [];
  if (!existsSync(root)) return found;
  for (const framework of readdirSync(root).sort()) {
    const fdir = join(root, framework);
    if (!statSync(fdir).isDirectory()) continue;
    for (const name of readdirSync(fdir).sort()) {
      const dir = join(fdir, name);
      const file = join(dir, 'expected.json');
      if (!statSync(dir).isDirectory() || !existsSync(file)) continue;
      let expected;
      try {
        expected = JSON.parse(readFileSync(file, 'utf8'));
      } catch (err) {
        found.push({ id: `${framework}/${name}`, dir, framework, skip: `expected.json is not valid JSON (${err.message})` });
        continue;
      }
      const causes = expected.causes ?? {};
      if (typeof causes !== 'object' || Object.keys(causes).length === 0) continue; // nothing to evaluate
      found.push({ id: `${framework}/${name}`, dir, framework: frameworkOf(framework, expected), expected });
    }
  }
  return found;
}

/**
 * The side of each project under a split root, from <root>/split.json; projects new to it are
 * assigned (scripts/eval/projects.mjs `assignSides`) and the file rewritten, so a side once given
 * never moves when projects are added.
 */
function sidesOf(root, projects) {
  const file = join(root, 'split.json');
  const kept = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const sides = assignSides(projects.map((p) => ({ id: p.id, ecosystem: ECOSYSTEM[p.framework] ?? p.framework })), kept);
  const fresh = Object.keys(sides).filter((id) => kept[id] === undefined);
  if (fresh.length > 0) {
    const sorted = Object.fromEntries(Object.keys(sides).sort().map((id) => [id, sides[id]]));
    writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
    console.log(`${relative(ROOT, file)}: ${fresh.length} new project(s) given a side (now ${Object.values(sides).filter((s) => s === 'tune').length} tune, ${Object.values(sides).filter((s) => s === 'holdout').length} holdout)`);
  }
  return sides;
}

function succeeds(file, args, cwd) {
  const r = spawnSync(file, args, { cwd, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'] });
  return r.error === undefined && r.status === 0;
}

let pythonProbe;
/** Why the fixture cannot run here, or null. Mirrors what the CLI's presets need. */
function missingToolchain(fixture, installs) {
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
  if (installs) return null; // installed into the private copy (installProject)
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

/**
 * A project that ships a lock file but no node_modules (the blind suites) gets its dependencies
 * installed into the private copy; lifecycle scripts are not run. Returns an error text or null.
 */
function installProject(cwd, log) {
  if (existsSync(join(cwd, 'node_modules')) || !existsSync(join(cwd, 'package.json'))) return null;
  const manifest = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
  if (Object.keys({ ...manifest.dependencies, ...manifest.devDependencies }).length === 0) return null;
  const argv = installArgv(readdirSync(cwd));
  const fd = openSync(log, 'w');
  let r;
  try {
    r = spawnSync(argv[0], argv.slice(1), { cwd, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', fd, fd], timeout: INSTALL_TIMEOUT_MS });
  } finally {
    closeSync(fd);
  }
  if (r.error === undefined && r.status === 0) return null;
  const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-3).join(' / ');
  return `${argv.join(' ')}: ${r.error?.message ?? `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}`}; ${tail}`;
}

function runFixture(fixture, iterations, base, installs) {
  const work = join(base, fixture.id.replace(/\//g, '-'));
  mkdirSync(work, { recursive: true });
  const cwd = copyFixture(fixture.dir, work);
  const out = join(work, 'out');
  const started = Date.now();
  if (installs) {
    const failed = installProject(cwd, join(work, 'install.log'));
    if (failed !== null) return { error: failed, seconds: (Date.now() - started) / 1000 };
  }
  const args = ['run', '--framework', fixture.framework, '--workers', '1,4', '--iterations', String(iterations), '--cwd', cwd, '--out', out];
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
  const errors = fixture.expected.errors ?? {};
  for (const [key, cause] of Object.entries(fixture.expected.causes)) {
    const test = findTests(report, key)[0];
    const top = test?.causes?.[0];
    const keyFile = key.slice(0, key.indexOf('::'));
    const sourceFile = test?.source?.file ?? test?.file;
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
      // Where the explain stage read the test's source, and whether that is the key's test file.
      source: sourceFile === undefined ? null : `${sourceFile}${test?.source?.via ? ` (${test.source.via})` : ''}`,
      // null when the key names no file (node:test titles): nothing to compare with.
      sourceOk: keyFile === '' ? null : sourceFile !== undefined && sourceFile.endsWith(keyFile),
      // Whether a failure message the run kept contains the text expected.json says the failure shows.
      message: errors[key] === undefined ? null : (test?.messages ?? []).some((m) => m.includes(errors[key])),
      partners: (test?.partners ?? []).length,
    });
  }
  const stable = report.tests
    .filter((t) => t.verdict === 'stable' && (t.causes ?? []).length > 0)
    .map((t) => ({ fixture: fixture.id, id: t.id, cause: t.causes[0].cause, score: t.causes[0].score }));
  const stableCount = report.tests.filter((t) => t.verdict === 'stable').length;
  // Every verdict expected.json asserts (`tests`, and `lost`: tests a run drops), and those it does not
  // assert because they do not always reproduce (`unreliable`, counted apart).
  const verdicts = [];
  const lost = Object.fromEntries((fixture.expected.lost ?? []).map((k) => [k, 'lost']));
  for (const [kind, map] of [['asserted', { ...fixture.expected.tests, ...lost }], ['unreliable', fixture.expected.unreliable ?? {}]]) {
    for (const [key, v] of Object.entries(map)) {
      const got = findTests(report, key).map((t) => t.verdict);
      verdicts.push({ fixture: fixture.id, ecosystem: ECOSYSTEM[fixture.framework], kind, key, expected: v, got: got.join(',') || 'missing', ok: got.length > 0 && got.every((g) => g === v) });
    }
  }
  // A cluster counts as named when one of its tests lists another of them as a partner.
  const clusters = (fixture.expected.clusters ?? []).map((keys) => {
    const tests = keys.map((k) => findTests(report, k)[0]).filter((t) => t !== undefined);
    const ids = new Set(tests.map((t) => t.id));
    return tests.some((t) => (t.partners ?? []).some((p) => p !== t.id && ids.has(p)));
  });
  return { rows, stable, stableCount, verdicts, clusters };
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

const count = (xs, ok) => pct(xs.filter(ok).length, xs.length);

/** The figures, without one project's or test's name: all a holdout run prints. */
function aggregates(rows, verdicts, clusters, stable, stableTotal) {
  const asserted = verdicts.filter((v) => v.kind === 'asserted');
  return {
    top1: { hit: rows.filter((r) => r.predicted === r.expected).length, total: rows.length },
    byEcosystem: Object.fromEntries(accuracy(rows, (r) => r.ecosystem).map(([k, g]) => [k, g])),
    byCause: Object.fromEntries(accuracy(rows, (r) => r.expected).map(([k, g]) => [k, g])),
    verdicts: { hit: asserted.filter((v) => v.ok).length, total: asserted.length },
    unreliableVerdicts: { hit: verdicts.filter((v) => v.kind === 'unreliable' && v.ok).length, total: verdicts.length - asserted.length },
    plantedFound: { hit: rows.filter((r) => r.verdict === r.expectedVerdict).length, total: rows.length },
    testFile: { hit: rows.filter((r) => r.sourceOk === true).length, total: rows.filter((r) => r.sourceOk !== null).length },
    messages: { hit: rows.filter((r) => r.message === true).length, total: rows.filter((r) => r.message !== null).length },
    clustersNamed: { hit: clusters.filter(Boolean).length, total: clusters.length },
    stableHigh: stable.filter((x) => x.score >= HIGH).length,
    stableWithCause: stable.length,
    stableTotal,
  };
}

function printAggregates(a) {
  const fig = (g) => pct(g.hit, g.total);
  console.log(
    table(
      ['figure', 'value'],
      [
        ['top-1 cause, planted tests', fig(a.top1)],
        ...Object.entries(a.byEcosystem).map(([k, g]) => [`top-1 cause, ecosystem ${k}`, fig({ hit: g.hit, total: g.n })]),
        ...Object.entries(a.byCause).map(([k, g]) => [`top-1 cause, expected ${k}`, fig({ hit: g.hit, total: g.n })]),
        ['planted tests given their expected verdict', fig(a.plantedFound)],
        ['asserted verdicts (`tests` and `lost`) reproduced', fig(a.verdicts)],
        ['unreliable verdicts reproduced (informational)', fig(a.unreliableVerdicts)],
        ['planted tests whose source was read from their test file (keys that name one)', fig(a.testFile)],
        ['planted failures whose message shows the expected text', fig(a.messages)],
        ['clusters with a partner named inside the cluster', fig(a.clustersNamed)],
        [`stable tests with a cause >= ${HIGH} (target 0)`, `${a.stableHigh} of ${a.stableTotal}`],
        ['stable tests with any cause listed', `${a.stableWithCause} of ${a.stableTotal}`],
      ],
    ),
  );
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) {
    process.stderr.write(`eval:causes: ${relative(ROOT, CLI)} is missing; run \`npm run bundle\` first\n`);
    process.exit(1);
  }
  const root = opts.root === null ? FIXTURES : resolve(opts.root);
  const blind = opts.root !== null;
  // A holdout run prints figures only: no project, test or evidence of that side reaches the screen or --json.
  const aggregateOnly = opts.split === 'holdout';
  const base = opts.from ?? mkdtempSync(join(tmpdir(), 'flakegate-eval-'));
  const discovered = discover(root);
  const sides = blind ? sidesOf(root, discovered.filter((f) => f.skip === undefined)) : {};
  const all = discovered
    .filter((f) => !blind || sides[f.id] === opts.split)
    .filter((f) => opts.only.length === 0 || opts.only.some((s) => f.id.includes(s)));
  const what = blind ? `${all.length} ${opts.split} project(s) under ${relative(ROOT, root) || root}` : `${all.length} fixture(s) with planted causes`;
  console.log(`eval:causes: ${what}; --workers 1,4 --iterations ${opts.iterations}; work dir ${base} (each run's CLI output: <work dir>/<project>/cli.log)\n`);
  const rows = [];
  const verdicts = [];
  const clusters = [];
  const stable = [];
  let stableTotal = 0;
  const failures = [];
  const ran = [];
  for (const [i, fixture] of all.entries()) {
    const name = aggregateOnly ? `project ${i + 1} of ${all.length}` : fixture.id;
    const why = fixture.skip ?? (opts.from === null ? missingToolchain(fixture, blind) : null);
    if (why !== null) {
      console.log(`SKIP ${name}: ${aggregateOnly ? 'toolchain or expected.json' : why}`);
      continue;
    }
    process.stdout.write(`${opts.from === null ? 'RUN ' : 'READ'} ${name}${aggregateOnly ? '' : ` (${fixture.framework})`} ... `);
    const waiting = (pid) => process.stdout.write(`(waiting for another evaluation's run, pid ${pid ?? '?'}) `);
    const result = opts.from === null ? withMachineLock(() => runFixture(fixture, opts.iterations, base, blind), { onWait: waiting }) : reuseFixture(fixture, base, opts.reanalyse);
    if (result.missing !== undefined) {
      console.log(`SKIP: ${aggregateOnly ? 'nothing kept' : result.missing}`);
      continue;
    }
    if (result.error !== undefined) {
      console.log(`FAILED after ${result.seconds.toFixed(0)} s${aggregateOnly ? '' : `: ${result.error}`}`);
      failures.push(aggregateOnly ? name : fixture.id);
      continue;
    }
    const s = score(fixture, result.report);
    const hits = s.rows.filter((r) => r.predicted === r.expected).length;
    if (aggregateOnly) console.log(`${result.seconds.toFixed(0)} s, ${result.report.runs.length} runs`);
    else {
      console.log(`${result.seconds.toFixed(0)} s, ${result.report.runs.length} runs, top-1 ${pct(hits, s.rows.length)}; ${relative(base, result.reportPath)}`);
      for (const v of s.verdicts.filter((x) => !x.ok)) console.log(`     verdict not reproduced${v.kind === 'unreliable' ? ' (unreliable)' : ''}: ${v.key}: expected ${v.expected}, got ${v.got}`);
    }
    rows.push(...s.rows);
    verdicts.push(...s.verdicts);
    clusters.push(...s.clusters);
    stable.push(...s.stable);
    stableTotal += s.stableCount;
    ran.push(fixture.id);
  }
  const figures = aggregates(rows, verdicts, clusters, stable, stableTotal);

  if (aggregateOnly) {
    console.log(`\n## Holdout figures (${ran.length} project(s) ran; rows are not shown)\n`);
    printAggregates(figures);
    if (failures.length > 0) console.log(`\nruns that FAILED: ${failures.length}`);
    if (opts.json !== null) writeFileSync(opts.json, `${JSON.stringify({ split: opts.split, iterations: opts.iterations, projects: ran.length, failed: failures.length, figures }, null, 2)}\n`);
    process.exit(failures.length > 0 ? 1 : 0);
  }

  console.log('\n## Planted tests: expected cause vs top-1\n');
  console.log(
    table(
      ['project', 'test', 'verdict', 'expected', 'top-1', 'score', 'ok', 'runner-up', 'source read', 'msg'],
      rows.map((r) => [
        r.fixture,
        short(r.key, 80),
        r.verdict,
        r.expected,
        r.predicted,
        r.score ?? '–',
        r.predicted === r.expected ? 'yes' : 'NO',
        r.second || '–',
        r.source === null ? '–' : `${r.sourceOk === false ? 'OTHER ' : ''}${short(r.source, 60)}`,
        r.message === null ? '–' : r.message ? 'yes' : 'no',
      ]),
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
        ...accuracy(rows, (r) => r.expected).map(([k, g]) => [`expected ${k}`, pct(g.hit, g.n)]),
        ...accuracy(rows, (r) => r.fixture).map(([k, g]) => [`project ${k}`, pct(g.hit, g.n)]),
      ],
    ),
  );
  console.log('\n## Confusion matrix (rows: expected, columns: top-1)\n');
  console.log(rows.length === 0 ? '(no planted tests evaluated)' : confusion(rows));
  console.log(`\n## Verdicts, test files, messages, partners\n`);
  printAggregates(figures);
  const badVerdicts = verdicts.filter((v) => !v.ok && v.kind === 'asserted');
  if (badVerdicts.length > 0) {
    console.log('\nasserted verdicts not reproduced:');
    for (const v of badVerdicts) console.log(`- ${v.fixture} ${v.key}: expected ${v.expected}, got ${v.got}`);
  }
  const loose = rows.filter((r) => byNameOnly.has(r.key));
  if (loose.length > 0) console.log(`\n(${loose.length} planted test(s) matched by name only: the report gives them no file)`);
  console.log(`\n## Causes claimed on stable tests\n`);
  console.log(`causes claimed with high score (>= ${HIGH}) on stable tests: ${figures.stableHigh} (target 0)`);
  console.log(`stable tests with any cause listed: ${stable.length} of ${stableTotal} stable tests`);
  for (const x of stable) console.log(`- ${x.fixture} ${x.id}: ${x.cause} ${x.score}`);
  console.log(`\n(${count(verdicts, (v) => v.ok)} of all listed verdicts, asserted and unreliable, reproduced)`);
  if (failures.length > 0) console.log(`\nruns that FAILED: ${failures.join(', ')}`);
  if (opts.json !== null) {
    writeFileSync(
      opts.json,
      `${JSON.stringify({ root: relative(ROOT, root), split: opts.split, iterations: opts.iterations, fixtures: ran, failed: failures, rows, verdicts, clusters, stable, stableTotal, figures, accuracy: { hit, total: rows.length } }, null, 2)}\n`,
    );
  }
  process.exit(failures.length > 0 ? 1 : 0);
}

main();
