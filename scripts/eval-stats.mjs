#!/usr/bin/env node
// Evaluation of the decision rule (`npm run eval:stats`): how often the gate fails because of a
// test that is not parallel-only, how often parallel-only tests are found and confirmed, and what
// it costs, for today's rule and the one in the working tree, on the same simulated runs.
//
// In process: the REAL discovery plan, confirmation planner/loop, analysis and gate of each rule
// (bundled from source: the working tree's src/, and src/ of BASE extracted with `git archive`),
// with a seeded simulated runner in place of processes (scripts/eval/virtual-suite.mjs). Each seed
// is one suite and one sequence of outcomes; both rules see the same discovery runs.
// End to end: a few sessions through each rule's bundled CLI (`flakegate run --framework custom`)
// on the same virtual suite run by a real process (scripts/eval/virtual-runner.mjs).
//
// An evaluation, not a test: it prints figures and exits 0 whatever they are (1 when a session
// itself fails, 2 on bad arguments).
//
//   node scripts/eval-stats.mjs [--runs N] [--first-seed S] [--cli N] [--base COMMIT] [--json FILE]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, buildModule, extractCommit, ROOT } from './eval/build-rule.mjs';
import { cliSessions } from './eval/cli-sessions.mjs';
import { printReport } from './eval/print.mjs';
import { scoreSession, summarise } from './eval/score.mjs';
import { DEFAULT_SHAPE, virtualExecutor, virtualSuite } from './eval/virtual-suite.mjs';

/** Today's rule: main before the issue-15 decision rule landed. */
export const BASE = '773ee5821b9b9b9eaf2d10319597dae730a4d31b';
const WORKERS = [1, 2, 4];
const ITERATIONS = 5;

const EXPORTS = {
  runConfirmation: 'confirm/run-confirmation.ts',
  analyse: 'analyse/index.ts',
  decideGate: 'analyse/gate.ts',
  planDiscovery: 'run/plan.ts',
};

/** The tests each rule's gate fails on with its defaults (`fail-on: parallel-only`). */
const FAILS_GATE = {
  // Today: parallel-only at `confirmed` or `likely`.
  today: (t) => t.verdict === 'parallel-only' && (t.confidence === 'confirmed' || t.confidence === 'likely') && t.quarantined === undefined,
  // New: `confirmed` only (likely and insufficient are warnings unless fail-on-confidence opts in).
  new: (t) => t.verdict === 'parallel-only' && t.confidence === 'confirmed' && t.quarantined === undefined,
};

function usage(message) {
  process.stderr.write(`${message}\nusage: node scripts/eval-stats.mjs [--runs N] [--first-seed S] [--cli N] [--base COMMIT] [--json FILE]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { runs: 400, firstSeed: 1, cli: 3, base: BASE, json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${arg} needs a value`);
      return v;
    };
    const count = (min) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) usage(`${arg} must be an integer >= ${min}`);
      return n;
    };
    if (arg === '--runs') opts.runs = count(1);
    else if (arg === '--first-seed') opts.firstSeed = count(0);
    else if (arg === '--cli') opts.cli = count(0);
    else if (arg === '--base') opts.base = value();
    else if (arg === '--json') opts.json = value();
    else usage(`unknown argument ${arg}`);
  }
  return opts;
}

/** One session of a rule in process: discovery, confirmation (partner search on), analysis, gate. */
async function simulate(rule, suite, seed) {
  const execute = virtualExecutor(suite, seed);
  const runs = [];
  // `run`'s default plan: parallel-first where the rule has it (a third argument a rule without it ignores).
  for (const spec of rule.planDiscovery(WORKERS, ITERATIONS, false)) runs.push(await execute(spec));
  const outcome = await rule.runConfirmation({ runs, workers: WORKERS, supportsSubset: true, budgetRemainingMs: null, nextSeq: runs.length + 1, orderReplay: false }, execute);
  const all = [...runs, ...outcome.runs];
  const analysis = rule.analyse(all, WORKERS, outcome.partners);
  return { runs: all, tests: analysis.tests, gate: rule.decideGate(analysis.tests, 'parallel-only') };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'flakegate-eval-stats-'));
  try {
    const oldSrc = extractCommit(opts.base, join(work, 'base'));
    const rules = {
      today: await buildModule('today', oldSrc, EXPORTS, join(work, 'build')),
      new: await buildModule('new', join(ROOT, 'src'), EXPORTS, join(work, 'build')),
    };
    const scores = { today: [], new: [] };
    const started = Date.now();
    for (let seed = opts.firstSeed; seed < opts.firstSeed + opts.runs; seed++) {
      const suite = virtualSuite(seed);
      for (const name of ['today', 'new']) scores[name].push(scoreSession(suite, await simulate(rules[name], suite, seed), FAILS_GATE[name]));
    }
    const inProcessMs = Date.now() - started;
    let cli = null;
    if (opts.cli > 0) {
      const clis = { today: await buildCli('today', oldSrc, join(work, 'build')), new: await buildCli('new', join(ROOT, 'src'), join(work, 'build')) };
      cli = await cliSessions(clis, opts.cli, opts.firstSeed, join(work, 'cli'), FAILS_GATE, { workers: WORKERS, iterations: ITERATIONS });
    }
    const result = {
      base: opts.base,
      shape: DEFAULT_SHAPE,
      workers: WORKERS,
      iterations: ITERATIONS,
      seeds: [opts.firstSeed, opts.firstSeed + opts.runs - 1],
      inProcessMs,
      today: summarise(scores.today),
      new: summarise(scores.new),
      cli,
    };
    printReport(result);
    if (opts.json !== null) writeFileSync(opts.json, `${JSON.stringify(result, null, 1)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`eval-stats: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
