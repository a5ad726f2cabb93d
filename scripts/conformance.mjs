// Conformance of the parse stage against the shared JUnit corpus (../shared/corpus/junit).
//
//   node scripts/conformance.mjs            # exit 0: every difference is matched or explained
//
// Parses every XML under the corpus with src/parse (bundled on the fly with esbuild, so no build
// step is needed) and compares with the expectations that exist:
//   - generated-here/*.expected.json: testcase count, status per case, classname/name;
//     crash/*.expected.json (wellFormed: false): must not be `ok`.
//   - EnricoMi X.results: number of `UnitTestCase(` and the `result='...'` values in order;
//     X.exception: must be salvaged/invalid/empty/missing, never ok.
//   - mikepenz: the README's `default` rows (totalCount); dorny: its inline assertions (counts).
//   - everything else (dorny, mikepenz without a default row): parsed, must not be invalid/empty.
// Skips cleanly (exit 0) when the corpus is absent. Exit 1 only on unexplained mismatches.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
// FLAKEGATE_JUNIT_CORPUS points elsewhere (e.g. a nonexistent path, to check the skip).
const corpus = process.env.FLAKEGATE_JUNIT_CORPUS ?? join(repo, '..', 'shared', 'corpus', 'junit');
if (!existsSync(corpus)) {
  console.log(`conformance: skipped, no corpus at ${corpus}`);
  process.exit(0);
}

// Intentional differences, by corpus path: why our reading differs from the upstream expectation.
const EXPLAINED = {
  'EnricoMi-publish-unit-test-result-action/python/test/files/junit-xml/no-attributes.xml':
    'we keep testcases without a name as "(unnamed)"; EnricoMi drops them',
};

// dorny's inline assertions (README table 2): [tests, passed, failed (incl. errors), skipped].
const DORNY = {
  'empty/java-junit.xml': [0, 0, 0, 0],
  'empty/jest-junit.xml': [0, 0, 0, 0],
  'empty/jest-junit-empty-testsuite.xml': [0, 0, 0, 0],
  'empty/phpunit-empty.xml': [0, 0, 0, 0],
  'phpunit/phpunit.xml': [12, 10, 2, 0],
  'external/phpunit/junit-basic.xml': [9, 8, 1, 0],
  'external/phpunit/phpcheckstyle-phpunit.xml': [30, 28, 2, 0],
  'nette-tester/tester-v1.7-report.xml': [65, 61, 1, 3],
  'nette-tester/BootstrapFormRenderer-report.xml': [4, 4, 0, 0],
};

function checkDorny(report, [tests, passed, failed, skipped]) {
  const count = (...outcomes) => report.tests.filter((t) => outcomes.includes(t.outcome)).length;
  const got = [report.tests.length, count('passed'), count('failed', 'error'), count('skipped')];
  const reasons = report.status === 'ok' ? [] : [`status ${report.status}`];
  if (got.join() !== [tests, passed, failed, skipped].join()) reasons.push(`tests/passed/failed/skipped ${got.join('/')}, expected ${[tests, passed, failed, skipped].join('/')}`);
  return reasons;
}

// Files with no upstream expectation file that upstream nevertheless reads as "no results".
const MUST_NOT_BE_OK = {
  'mikepenz-action-junit-report/test_results/corrupt-junit/e2e-tests/corrupt/target/sf-reports/TEST-test.CorruptTest.xml':
    'truncated Surefire report; upstream expects zero test results',
};

const tmp = mkdtempSync(join(tmpdir(), 'flakegate-conformance-'));
const bundle = join(tmp, 'parse.mjs');
await build({
  entryPoints: [join(repo, 'src/parse/read-file.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: bundle,
  logLevel: 'warning',
});
const { parseJunitFile } = await import(pathToFileURL(bundle).href);

function walk(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const enricoResult = { success: 'passed', failure: 'failed', error: 'error', skipped: 'skipped', disabled: 'skipped' };
const generatedStatus = { passed: 'passed', failure: 'failed', error: 'error', skipped: 'skipped', 'passed-flaky': 'passed' };

function mikepenzDefaults() {
  const rows = new Map();
  const readme = readFileSync(join(corpus, 'README.md'), 'utf8');
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    // | test | `fixture` | totalCount | ... | options |
    if (cells.at(-2) !== 'default' || !cells[2]?.startsWith('`test_results/')) continue;
    const fixture = cells[2].slice(1, -1);
    if (fixture.includes('*') || cells[3] === '') continue;
    rows.set(`mikepenz-action-junit-report/${fixture}`, Number(cells[3]));
  }
  return rows;
}

function checkGenerated(report, expected) {
  if (expected.wellFormed === false) {
    return report.status === 'ok' ? ['crashed-run report read as ok'] : [];
  }
  const reasons = [];
  if (report.status !== 'ok') reasons.push(`status ${report.status}: ${report.error}`);
  if (report.tests.length !== expected.testcases.length) {
    reasons.push(`${report.tests.length} testcases, expected ${expected.testcases.length}`);
  }
  expected.testcases.forEach((want, i) => {
    const got = report.tests[i];
    if (got === undefined) return;
    const outcome = generatedStatus[want.status];
    if (got.outcome !== outcome) reasons.push(`#${i} ${got.name}: ${got.outcome}, expected ${outcome}`);
    if (want.status === 'passed-flaky' && !(got.attempts?.length > 0)) reasons.push(`#${i}: flaky without attempts`);
    // Documented normalisations: no name -> "(unnamed)"; node:test prefixes the suite path.
    const name = want.name ?? '(unnamed)';
    if (got.name !== name && !got.name.endsWith(` > ${name}`)) reasons.push(`#${i} name ${got.name} != ${name}`);
    // Missing classname -> innermost suite name (documented), so only written ones are compared.
    if (want.classname && got.classname !== want.classname) reasons.push(`#${i} classname ${got.classname} != ${want.classname}`);
  });
  return reasons;
}

function checkEnrico(report, resultsText) {
  const count = (resultsText.match(/UnitTestCase\(/g) ?? []).length;
  const results = [...resultsText.matchAll(/result='([a-z]+)'/g)].map((m) => enricoResult[m[1]] ?? m[1]);
  const hasErrors = /errors=\[\s*publish\.unittestresults\.ParseError/.test(resultsText);
  const reasons = [];
  if (hasErrors && report.status === 'ok') reasons.push('upstream saw a parse error, we say ok');
  if (report.tests.length !== count) reasons.push(`${report.tests.length} testcases, expected ${count}`);
  results.forEach((want, i) => {
    const got = report.tests[i]?.outcome;
    if (got !== undefined && got !== want) reasons.push(`#${i} ${report.tests[i].name}: ${got}, expected ${want}`);
  });
  return reasons;
}

const rows = [];
const mikepenz = mikepenzDefaults();
const xmlFiles = walk(corpus).filter((p) => p.endsWith('.xml'));
// not-existing.exception has no XML beside it: it is the `missing` case.
const orphanExceptions = walk(corpus).filter((p) => p.endsWith('.exception') && !existsSync(p.replace(/\.exception$/, '.xml')));
for (const path of [...xmlFiles, ...orphanExceptions.map((p) => p.replace(/\.exception$/, '.xml'))]) {
  const rel = relative(corpus, path);
  const source = rel.split('/')[0];
  const report = await parseJunitFile(path);
  const stem = path.replace(/\.xml$/, '');
  let reasons = null; // null = no expectation for this file
  if (existsSync(`${stem}.expected.json`)) reasons = checkGenerated(report, JSON.parse(readFileSync(`${stem}.expected.json`, 'utf8')));
  else if (existsSync(`${stem}.exception`)) reasons = report.status === 'ok' ? ['upstream could not parse it, we say ok'] : [];
  else if (existsSync(`${stem}.results`)) reasons = checkEnrico(report, readFileSync(`${stem}.results`, 'utf8'));
  else if (rel.replace('dorny-test-reporter/__tests__/fixtures/', '') in DORNY) reasons = checkDorny(report, DORNY[rel.replace('dorny-test-reporter/__tests__/fixtures/', '')]);
  else if (rel in MUST_NOT_BE_OK) reasons = report.status === 'ok' ? [`${MUST_NOT_BE_OK[rel]}, we say ok`] : [];
  else if (mikepenz.has(rel)) {
    const want = mikepenz.get(rel);
    const distinct = new Set(report.tests.map((t) => t.id)).size;
    reasons = report.tests.length === want ? [] : [`${report.tests.length} testcases, expected ${want}`];
    if (reasons.length > 0 && distinct === want) reasons = [`explained: ${report.tests.length} testcases incl. duplicate ids kept as occurrences; ${distinct} distinct = expected`];
  } else if (report.status === 'invalid' || report.status === 'empty') {
    reasons = [`no expectation, but ${report.status}: ${report.error}`];
  }
  const explained = EXPLAINED[rel] ?? (reasons?.[0]?.startsWith('explained: ') ? reasons[0].slice(11) : undefined);
  rows.push({ rel, source, status: report.status, tests: report.tests.length, reasons, explained, error: report.error });
}
rmSync(tmp, { recursive: true, force: true });

const bySource = new Map();
for (const row of rows) {
  const s = bySource.get(row.source) ?? { files: 0, matched: 0, explained: 0, mismatched: 0, unchecked: 0 };
  s.files++;
  if (row.reasons === null) s.unchecked++;
  else if (row.reasons.length === 0) s.matched++;
  else if (row.explained !== undefined) s.explained++;
  else s.mismatched++;
  bySource.set(row.source, s);
}
const total = { files: 0, matched: 0, explained: 0, mismatched: 0, unchecked: 0 };
console.log('source'.padEnd(44) + 'files  matched  explained  mismatched  unchecked');
for (const [source, s] of [...bySource].sort()) {
  for (const k of Object.keys(total)) total[k] += s[k];
  console.log(source.padEnd(44) + [s.files, s.matched, s.explained, s.mismatched, s.unchecked].map((n, i) => String(n).padStart([5, 9, 11, 12, 11][i])).join(''));
}
console.log('total'.padEnd(44) + [total.files, total.matched, total.explained, total.mismatched, total.unchecked].map((n, i) => String(n).padStart([5, 9, 11, 12, 11][i])).join(''));

const verbose = process.argv.includes('--verbose');
for (const row of rows) {
  if (row.reasons?.length > 0) {
    const tag = row.explained !== undefined ? `EXPLAINED (${row.explained})` : 'MISMATCH';
    console.log(`\n${tag} ${row.rel} [${row.status}, ${row.tests} tests]\n  - ${row.reasons.slice(0, 8).join('\n  - ')}`);
  } else if (verbose) {
    console.log(`${row.reasons === null ? 'unchecked' : 'ok       '} ${row.status.padEnd(8)} ${String(row.tests).padStart(4)}  ${row.rel}${row.error ? `  (${row.error})` : ''}`);
  }
}
process.exit(total.mismatched > 0 ? 1 : 0);
