// Section 7 (issue 19): the pull-request scenario. A change adds one test that binds the port an
// existing test holds (test/fixtures/pytest/pr-collision on a trimmed copy of the pytest fixture,
// its barrier making the collision certain whenever both run in parallel). One session of
// `run --base B --burn-in 4` with the default plan (workers 1,2,4 x 5, parallel-first): the time of
// its default discovery against the time the burn-in and the confirmation took to expose and confirm
// the new test, both measured in that session.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, runCli } from './detection.mjs';
import { fmt, loadAvg, repo, table } from './util.mjs';

const PR = join(repo, 'test', 'fixtures', 'pytest', 'pr-collision');
const git = (dir, ...args) => execFileSync('git', ['-C', dir, '-c', 'user.name=b', '-c', 'user.email=b@localhost', ...args], { encoding: 'utf8' }).trim();

export async function benchPullRequest({ tmp, cli }) {
  console.log('\n## 7. Pull request: burn-in of a new colliding test (issue 19; pytest fixture, workers 1,2,4 x 5)\n');
  const dir = copyFixture(tmp, 'test/fixtures/pytest/basic');
  for (const planted of readFileSync(join(PR, 'PLANTED'), 'utf8').split('\n').filter(Boolean)) rmSync(join(dir, 'tests', `${planted}.py`));
  copyFileSync(join(PR, 'test_status_api.py'), join(dir, 'tests', 'test_status_api.py'));
  git(dir, 'init', '--quiet');
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'base');
  const base = git(dir, 'rev-parse', 'HEAD');
  copyFileSync(join(PR, 'test_status_page.py'), join(dir, 'tests', 'test_status_page.py'));
  git(dir, 'add', '.');
  git(dir, 'commit', '--quiet', '-m', 'add a status page test');
  const out = join(dir, '.flakegate');
  const load = loadAvg();
  const session = await runCli(cli, ['--framework', 'pytest', '--base', base, '--burn-in', '4', '--cwd', dir, '--out', out]);
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
  const added = report.tests.find((t) => t.id.endsWith('test_status_page_listens'));
  const ms = (phase) => report.runs.filter((r) => phase(r.phase)).reduce((sum, r) => sum + r.durationMs, 0);
  const count = (phase) => report.runs.filter((r) => phase(r.phase)).length;
  const discovery = ms((p) => p === 'discovery');
  const burnIn = ms((p) => p === 'burn-in');
  const confirm = ms((p) => p === 'confirm-serial' || p === 'confirm-parallel');
  const exposed = report.runs.filter((r) => r.phase === 'burn-in' && r.subset?.includes(added?.id)).length;
  table(
    ['session part (one session)', 'runs', 'runner time'],
    [
      ['default discovery (full suite at 2 and 4 workers x 5)', count((p) => p === 'discovery'), fmt.ms(discovery)],
      ['burn-in (changed test + port sharer + sample, 4 workers)', count((p) => p === 'burn-in'), fmt.ms(burnIn)],
      ['confirmation (serial and parallel arms)', count((p) => p === 'confirm-serial' || p === 'confirm-parallel'), fmt.ms(confirm)],
    ],
  );
  console.log(`\nnew test: ${added?.verdict ?? 'missing'} (${added?.confidence ?? '-'}); in ${exposed} burn-in run(s); exit ${session.code}, session ${fmt.ms(session.ms)}`);
  console.log(`burn-in + confirmation against one default discovery: ${fmt.ratio((burnIn + confirm) / discovery)} (load at start ${load}, at end ${loadAvg()})`);
}
