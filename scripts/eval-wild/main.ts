// `npm run eval:wild`: flakegate's explain stage on real parallel-test bugs from public fix commits
// (eval/wild/cases.json). For each case: the tree before the fix is materialised from a fetched
// snapshot, the runs a user's `flakegate run --workers 1,4` would have kept are written in the
// case's framework's own JUnit dialect, and the real CLI analyses them with the project as --cwd
// (`flakegate analyze --out OUT --cwd TREE RUNS`), so file resolution, ecosystem detection, the
// source scan and ranking are the shipped code. Docs: docs/evaluation.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CaseError, ecosystemOf, validateDataset, type TestRef, type WildCase } from './cases.js';
import { planRuns } from './runs.js';
import { assignSplits } from './split.js';
import { renderSummary, summarise, type CaseRow, type StableClaim } from './score.js';
import { checkCommits, definitionLine, goPackageOf, materialise, SnapshotMissing, snapshotGitDir } from './tree.js';
import { findTest, type ReportTest } from './match.js';
import { REAL_CASES, runReal } from './real.js';

const USAGE = `usage: npm run eval:wild -- [--snapshots DIR] [--cases FILE] [--case ID]... [--split tune|holdout] [--json FILE]
                            [--work DIR] [--keep] [--real | --real-only] [--write-split] [--list]
  --snapshots DIR   fetched snapshots, <DIR>/<owner>+<name>/repo (default /work/.mirror)
  --case ID         only cases whose id contains ID (repeatable)
  --split S         only the cases of one side (tune while tuning: the holdout rows stay unseen)
  --work DIR        where trees, runs and reports go (default: a new temp dir); --keep keeps them
  --real            also run the cases listed in scripts/eval-wild/real.ts for real (install, flakegate run at 1,4)
  --real-only       only those, without the replayed cases
  --write-split     assign tune/holdout to cases without one and rewrite the cases file
  --list            print the dataset's counts (per ecosystem, cause, split) and exit
  --weakest-max X   score below which a cause on a stable test counts as the weakest label (default 0.35)`;

export interface Options {
  readonly root: string;
  readonly cli: string;
}

function fail(message: string, code = 1): never {
  process.stderr.write(`eval:wild: ${message}\n`);
  process.exit(code);
}

function loadCases(file: string, requireSplit: boolean): WildCase[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }
  try {
    return [...validateDataset(raw, requireSplit).cases];
  } catch (e) {
    if (e instanceof CaseError) fail(`${file}: ${e.message}`);
    throw e;
  }
}

function counts(cases: readonly WildCase[]): string {
  const lines: string[] = [`${cases.length} cases from ${new Set(cases.map((c) => c.repo)).size} repositories`];
  for (const [title, key] of [
    ['framework', (c: WildCase) => c.framework],
    ['ecosystem', (c: WildCase) => ecosystemOf(c)],
    ['cause', (c: WildCase) => c.cause],
  ] as const) {
    const keys = [...new Set(cases.map(key))].sort();
    lines.push(`${title}: ${keys.map((k) => `${k} ${cases.filter((c) => key(c) === k).length} (tune ${cases.filter((c) => key(c) === k && c.split === 'tune').length}, holdout ${cases.filter((c) => key(c) === k && c.split === 'holdout').length})`).join('; ')}`);
  }
  lines.push(`split: tune ${cases.filter((c) => c.split === 'tune').length}, holdout ${cases.filter((c) => c.split === 'holdout').length}; failure text recorded for ${cases.filter((c) => c.failure !== null).length}`);
  return lines.join('\n');
}

interface Prepared {
  readonly treeAbs: string;
  readonly projectAbs: string;
  readonly lines: Map<TestRef, number>;
}

/** The tree before the fix (cached per repository and commit in the work dir) and where each test is defined. */
function prepare(c: WildCase, gitDir: string, work: string, problems: string[]): Prepared | null {
  const tree = join(work, 'trees', `${c.repo.replace('/', '+')}@${c.before.slice(0, 12)}`);
  if (!existsSync(join(tree, '.materialised'))) {
    materialise(gitDir, c.before, tree);
    writeFileSync(join(tree, '.materialised'), `${c.repo} ${c.before}\n`);
  }
  const projectAbs = c.root === '' ? tree : join(tree, c.root);
  const lines = new Map<TestRef, number>();
  for (const ref of [...c.victims, ...c.partners, ...c.polluters, ...c.stable]) {
    const defined = ref.definedIn ?? ref.file;
    const missing = [ref.file, defined].filter((f) => !existsSync(join(tree, f)));
    if (missing.length > 0) {
      problems.push(`${missing.join(', ')} does not exist at ${c.before.slice(0, 10)}`);
      continue;
    }
    const line = definitionLine(readFileSync(join(tree, defined), 'utf8'), ref, c.framework);
    if (line === null) problems.push(`test ${JSON.stringify(ref.name)} is not defined in ${defined} at ${c.before.slice(0, 10)}`);
    else lines.set(ref, line);
  }
  return problems.length > 0 ? null : { treeAbs: tree, projectAbs, lines };
}

function analyse(cli: string, c: WildCase, prepared: Prepared, caseDir: string): { report?: { tests: ReportTest[] }; error?: string } {
  const input = join(caseDir, 'in');
  const out = join(caseDir, 'out');
  rmSync(caseDir, { recursive: true, force: true });
  const runs = planRuns(c, (ref) => prepared.lines.get(ref) ?? 1, {
    projectAbs: prepared.projectAbs,
    goPackage: (file) => goPackageOf(prepared.treeAbs, file),
  });
  for (const run of runs) {
    for (const f of run.files) {
      const path = join(input, 'runs', run.record.id, f.name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, f.xml);
    }
  }
  writeFileSync(join(input, 'runs', 'index.json'), JSON.stringify(runs.map((r) => r.record), null, 1));
  const r = spawnSync(process.execPath, [cli, 'analyze', '--out', out, '--cwd', prepared.projectAbs, input], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const reportPath = join(out, 'report.json');
  if (r.error !== undefined || (r.status !== 0 && r.status !== 1) || !existsSync(reportPath)) {
    return { error: `analyze: ${r.error?.message ?? `exit ${r.status}`}: ${(r.stderr ?? '').trim().split('\n').slice(-3).join(' / ')}` };
  }
  return { report: JSON.parse(readFileSync(reportPath, 'utf8')) as { tests: ReportTest[] } };
}

export function rowFor(c: WildCase, report: { tests: readonly ReportTest[] }, mode: CaseRow['mode']): { row: CaseRow; stableTests: number; claims: StableClaim[] } {
  const victim = findTest(report.tests, c.victims[0]!, c.framework, c.root);
  const top = victim?.causes?.[0];
  const second = victim?.causes?.[1];
  const row: CaseRow = {
    id: c.id,
    repo: c.repo,
    split: c.split,
    framework: c.framework,
    ecosystem: ecosystemOf(c),
    expected: c.cause,
    predicted: top?.cause ?? (victim === undefined ? 'missing' : 'none'),
    score: top?.score ?? null,
    verdict: victim?.verdict ?? 'missing',
    runnerUp: second ? `${second.cause} ${second.score}` : '',
    evidence: (top?.evidence ?? []).slice(0, 3).map((e) => `${e.kind}: ${e.text}`),
    hasFailureText: c.failure !== null,
    file: victim?.file ?? '',
    mode,
  };
  const claims: StableClaim[] = [];
  let stableTests = 0;
  for (const ref of c.stable) {
    const t = findTest(report.tests, ref, c.framework, c.root);
    if (t === undefined) continue;
    stableTests += 1;
    const cause = t.causes?.[0];
    if (cause !== undefined && cause.cause !== 'unknown') claims.push({ id: c.id, test: t.id, verdict: t.verdict, cause: cause.cause, score: cause.score, label: cause.label ?? null });
  }
  return { row, stableTests, claims };
}

export async function main(argv: readonly string[], opts: Options): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        snapshots: { type: 'string', default: '/work/.mirror' },
        cases: { type: 'string', default: join(opts.root, 'eval', 'wild', 'cases.json') },
        case: { type: 'string', multiple: true, default: [] },
        split: { type: 'string' },
        json: { type: 'string' },
        work: { type: 'string' },
        keep: { type: 'boolean', default: false },
        real: { type: 'boolean', default: false },
        'real-only': { type: 'boolean', default: false },
        'write-split': { type: 'boolean', default: false },
        list: { type: 'boolean', default: false },
        'weakest-max': { type: 'string', default: '0.35' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const weakestMax = Number(values['weakest-max']);
  if (!Number.isFinite(weakestMax) || weakestMax <= 0 || weakestMax > 1) fail('--weakest-max must be a number in (0, 1]', 2);
  if (values['write-split']) {
    const cases = assignSplits(loadCases(values.cases, false));
    writeFileSync(values.cases, `${JSON.stringify({ cases }, null, 2)}\n`);
    process.stdout.write(`${counts(cases)}\nwrote ${values.cases}\n`);
    return;
  }
  const all = loadCases(values.cases, true);
  if (values.list) {
    process.stdout.write(`${counts(all)}\n`);
    return;
  }
  const split = values.split;
  if (split !== undefined && split !== 'tune' && split !== 'holdout') fail('--split must be tune or holdout', 2);
  const cases = all.filter((c) => (split === undefined || c.split === split) && (values.case.length === 0 || values.case.some((s) => c.id.includes(s))));
  if (cases.length === 0) fail(`no case matches${split === undefined ? '' : ` in the ${split} split`}${values.case.length === 0 ? '' : ` with an id containing ${values.case.join(' or ')}`}`, 2);
  if (!existsSync(opts.cli)) fail(`${opts.cli} is missing; run \`npm run bundle\` first`);
  // Every snapshot first: a missing one stops the evaluation before anything runs.
  const gitDirs = new Map<string, string>();
  const missing: string[] = [];
  for (const repo of new Set(cases.map((c) => c.repo))) {
    try {
      gitDirs.set(repo, snapshotGitDir(values.snapshots, repo));
    } catch (e) {
      if (!(e instanceof SnapshotMissing)) throw e;
      missing.push(e.message);
    }
  }
  if (missing.length > 0) fail(`${missing.length} snapshot(s) missing:\n  ${missing.join('\n  ')}`);
  const work = values.work ?? mkdtempSync(join(tmpdir(), 'flakegate-wild-'));
  mkdirSync(work, { recursive: true });
  const commit = tryHead(opts.root);
  process.stdout.write(`eval:wild: ${cases.length} case(s); flakegate ${commit}; cli ${opts.cli}; snapshots ${values.snapshots}; work dir ${work}\n${counts(cases)}\n\n`);
  const rows: CaseRow[] = [];
  const claims: StableClaim[] = [];
  let stableTests = 0;
  const invalid: string[] = [];
  const failed: string[] = [];
  for (const c of values['real-only'] ? [] : cases) {
    const gitDir = gitDirs.get(c.repo)!;
    const problems = checkCommits(gitDir, c);
    const prepared = problems.length === 0 ? prepare(c, gitDir, work, problems) : null;
    if (prepared === null) {
      process.stdout.write(`INVALID ${c.id} (${c.repo}): ${problems.join('; ')}\n`);
      invalid.push(c.id);
      continue;
    }
    const result = analyse(opts.cli, c, prepared, join(work, 'cases', c.id));
    if (result.report === undefined) {
      process.stdout.write(`FAILED ${c.id}: ${result.error}\n`);
      failed.push(c.id);
      continue;
    }
    const scored = rowFor(c, result.report, 'replay');
    rows.push(scored.row);
    claims.push(...scored.claims);
    stableTests += scored.stableTests;
    process.stdout.write(`${scored.row.predicted === c.cause ? 'ok  ' : 'MISS'} ${c.id} [${c.split}] ${c.framework}: expected ${c.cause}, top-1 ${scored.row.predicted}${scored.row.score === null ? '' : ` ${scored.row.score}`} (verdict ${scored.row.verdict})\n`);
  }
  const realRows: CaseRow[] = [];
  const realClaims: StableClaim[] = [];
  let realStable = 0;
  if (values.real || values['real-only']) {
    for (const spec of REAL_CASES) {
      const mine = spec.cases.map((id) => cases.find((x) => x.id === id)).filter((x): x is WildCase => x !== undefined);
      const first = mine[0];
      if (first === undefined) continue;
      const problems = checkCommits(gitDirs.get(first.repo)!, first);
      if (problems.length > 0) {
        process.stdout.write(`INVALID ${spec.id} (real): ${problems.join('; ')}\n`);
        invalid.push(`${spec.id} (real)`);
        continue;
      }
      process.stdout.write(`REAL ${spec.id}: installing and running (flakegate run --workers 1,4 --iterations ${spec.iterations} ${spec.run.join(' ')}) ...\n`);
      const outcome = runReal(spec, first, { gitDir: gitDirs.get(first.repo)!, work, cli: opts.cli });
      process.stdout.write(`REAL ${spec.id}: ${outcome.note}\n`);
      if (outcome.report === undefined) {
        failed.push(`${spec.id} (real)`);
        continue;
      }
      for (const c of mine) {
        const scored = rowFor(c, outcome.report, 'real');
        realRows.push(scored.row);
        realClaims.push(...scored.claims);
        realStable += scored.stableTests;
        process.stdout.write(`${scored.row.predicted === c.cause ? 'ok  ' : 'MISS'} ${c.id} [${c.split}] real: expected ${c.cause}, top-1 ${scored.row.predicted}${scored.row.score === null ? '' : ` ${scored.row.score}`} (verdict ${scored.row.verdict})\n`);
      }
    }
  }
  const aboveWeakest = (claim: StableClaim) => claim.score >= weakestMax;
  const summary = summarise(rows, stableTests, claims, aboveWeakest);
  if (rows.length > 0 || !values['real-only']) process.stdout.write(`\n### Replayed cases (reports written from each case's facts, analysed by the real CLI)\n\n${renderSummary(rows, summary, claims)}\n`);
  if (values.real || values['real-only']) {
    const realSummary = summarise(realRows, realStable, realClaims, aboveWeakest);
    process.stdout.write(`\n### Cases run for real (their own test runner through flakegate run --workers 1,4)\n\n${renderSummary(realRows, realSummary, realClaims)}\n`);
  }
  if (invalid.length > 0) process.stdout.write(`\ncases that FAILED verification against their snapshot (not scored): ${invalid.join(', ')}\n`);
  if (failed.length > 0) process.stdout.write(`\ncases whose analysis FAILED (not scored): ${failed.join(', ')}\n`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ flakegate: commit, cases: cases.length, invalid, failed, summary, rows, stableClaims: claims, real: realRows, realStableClaims: realClaims }, null, 2)}\n`);
  if (!values.keep && values.work === undefined) rmSync(work, { recursive: true, force: true });
  // An evaluation: the numbers never fail it; a case that cannot be checked or analysed does.
  process.exitCode = invalid.length > 0 || failed.length > 0 ? 1 : 0;
}

function tryHead(root: string): string {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
