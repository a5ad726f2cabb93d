// Artifacts are hostile input: a shard's folder or a report.json downloaded from another job (a
// matrix shard, the fork half of `workflow_run`) through `flakegate analyze` (the aggregate's
// reader) and `mode: comment`'s reader. Each must be refused with one sentence naming the file and
// the field (exit 2, no stack trace), read nothing outside its folder, allocate nothing for a
// claimed count, and never run a command it names.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readReportFile } from '../../src/github/report-file.js';
import { bundleProblem, runCli } from '../support/cli.js';
import { record, runFault, type FaultRun } from './harness.js';

const CANARY = `canary-${Math.random().toString(36).slice(2)}`;
let shard: FaultRun;

beforeAll(async () => {
  expect(bundleProblem(inject('bundleError'))).toBeNull();
  // A genuine shard result (shard 1 of 1) to tamper with.
  shard = await runFault('cp good.xml "$2"', { extraArgs: ['--shard', '1/1'] });
  expect(existsSync(join(shard.out, 'shard.json'))).toBe(true);
});

type Json = Record<string, unknown> & { runs: Record<string, unknown>[] };

interface ArtifactCase {
  readonly input: string;
  /** Changes a copy of the shard folder. */
  readonly tamper: (dir: string) => void;
  /** The one-line error analyze must print (exit 2). */
  readonly error: RegExp;
}

const editJson = (path: string, edit: (j: Json) => unknown): void => writeFileSync(path, JSON.stringify(edit(JSON.parse(readFileSync(path, 'utf8')) as Json)));
const report = (dir: string): string => join(dir, 'report.json');

const CASES: readonly ArtifactCase[] = [
  {
    input: 'report path ../../outside/private.xml',
    tamper: (dir) => {
      mkdirSync(join(dir, '..', 'outside'), { recursive: true });
      writeFileSync(join(dir, '..', 'outside', 'private.xml'), `<testsuites><testcase classname="${CANARY}" name="x"/></testsuites>`);
      editJson(report(dir), (j) => ({ ...j, runs: j.runs.map((r) => ({ ...r, reportPaths: ['../../outside/private.xml'] })) }));
    },
    error: /report\.json: runs\[0\]\.reportPaths\[0\] must be a relative path inside the result folder .*\(got "\.\.\/\.\.\/outside\/private\.xml"\)$/m,
  },
  {
    input: 'report path that is a symlink out of the folder',
    tamper: (dir) => {
      writeFileSync(join(dir, '..', 'private.xml'), `<testsuites><testcase classname="${CANARY}" name="x"/></testsuites>`);
      const kept = (JSON.parse(readFileSync(report(dir), 'utf8')) as Json).runs.map((r) => (r['reportPaths'] as string[])[0]).filter((p): p is string => p !== undefined);
      for (const rel of kept) {
        writeFileSync(join(dir, rel), '');
        symlinkSync(join(dir, '..', 'private.xml'), `${join(dir, rel)}.lnk`);
      }
      editJson(report(dir), (j) => ({ ...j, runs: j.runs.map((r) => ({ ...r, reportPaths: (r['reportPaths'] as string[]).map((p) => `${p}.lnk`) })) }));
    },
    error: /report path "runs\/d-001-w1\/junit\.xml\.lnk" leads outside .*: not read/,
  },
  {
    input: 'run id ../../x',
    tamper: (dir) => editJson(report(dir), (j) => ({ ...j, runs: j.runs.map((r, i) => (i === 0 ? { ...r, id: '../../x' } : r)) })),
    error: /report\.json: runs\[0\]\.id must be a run id .*\(got "\.\.\/\.\.\/x"\)$/m,
  },
  {
    input: 'shard count of 10^9',
    tamper: (dir) => editJson(join(dir, 'shard.json'), (j) => ({ ...j, count: 1e9 })),
    error: /shard\.json: count must be <= 1000 \(got 1000000000\)$/m,
  },
  {
    input: 'truncated report.json',
    tamper: (dir) => writeFileSync(report(dir), readFileSync(report(dir), 'utf8').slice(0, 200)),
    error: /report\.json: is not valid JSON \(truncated or corrupted: it ends early\)$/m,
  },
  {
    input: 'mistyped field ("runs": 5)',
    tamper: (dir) => editJson(report(dir), (j) => ({ ...j, runs: 5 })),
    error: /report\.json: runs must be array \(got 5\)$/m,
  },
  {
    input: 'report.json that is a symlink (to a file of the job)',
    tamper: (dir) => {
      writeFileSync(join(dir, '..', 'secret.json'), JSON.stringify({ token: CANARY }));
      rmSync(report(dir));
      symlinkSync(join(dir, '..', 'secret.json'), report(dir));
    },
    error: /report\.json: is a symbolic link; flakegate reads only regular files from result folders$/m,
  },
];

describe('tampered shard folders through flakegate analyze', () => {
  it.each(CASES)('$input', ({ input, tamper, error }) => {
    const dir = join(shard.dir, `tampered-${Math.random().toString(36).slice(2)}`, 'shard');
    cpSync(shard.out, dir, { recursive: true });
    tamper(dir);
    const out = join(dir, '..', 'merged');
    const r = runCli(['analyze', '--out', out, '--cwd', shard.dir, dir]);
    const text = `${r.stdout}\n${r.stderr}`;
    const symlinkRun = /symlink out of the folder/.test(input);
    // A run whose report leads outside is analysed without it (that run says why); anything else is refused.
    const escaped = existsSync(join(dir, '..', '..', 'x')) || existsSync(join(out, '..', 'x'));
    const clear = (symlinkRun ? r.status === 0 : r.status === 2) && error.test(r.stderr) && !/internal error|\n\s+at /.test(text) && !escaped;
    const leaked = text.includes(CANARY) || (existsSync(join(out, 'report.json')) && readFileSync(join(out, 'report.json'), 'utf8').includes(CANARY)) ? 1 : 0;
    record({ category: 'artifacts', input, clearStatus: clear, resultsLost: 0, processesLeft: 0, duplicateComments: 0, secretsLeaked: leaked, note: r.stderr.trim().split('\n').at(-1) ?? '' });

    expect(r.stderr, text).toMatch(error);
    expect(r.status).toBe(symlinkRun ? 0 : 2);
    expect(text).not.toMatch(/internal error|\n\s+at /);
    expect(leaked).toBe(0);
    expect(escaped).toBe(false);
  });

  it('never runs the command an artifact names: the aggregate confirms with its own, and refuses when they differ', () => {
    const dir = join(shard.dir, 'foreign-command', 'shard');
    cpSync(shard.out, dir, { recursive: true });
    const planted = `touch ${join(shard.dir, CANARY)}; sh fault.sh {workers} {junit}`;
    editJson(join(dir, 'shard.json'), (j) => ({ ...j, identity: { ...(j['identity'] as object), command: planted } }));
    editJson(report(dir), (j) => ({ ...j, config: { ...(j['config'] as object), command: planted } }));
    const withoutOwn = runCli(['analyze', '--confirm', '--json', '--cwd', shard.dir, '--out', join(dir, '..', 'a'), dir]);
    const withOwn = runCli(['analyze', '--confirm', '--json', '--cwd', shard.dir, '--command', 'sh fault.sh {workers} {junit}', '--out', join(dir, '..', 'b'), dir]);
    const ran = existsSync(join(shard.dir, CANARY));
    const notes = (r: { stdout: string }): string => (JSON.parse(r.stdout) as { planner: { text: string }[] }).planner.map((n) => n.text).join('\n');
    const clear = !ran && /flakegate never runs a command read from an artifact/.test(notes(withoutOwn)) && /differs from the shards'/.test(notes(withOwn));
    record({ category: 'artifacts', input: 'a shard naming a command (analyze --confirm)', clearStatus: clear, resultsLost: 0, processesLeft: 0, duplicateComments: 0, secretsLeaked: ran ? 1 : 0 });
    expect(ran).toBe(false);
    expect(notes(withoutOwn)).toMatch(/no confirmation reruns in the aggregate: the shards ran a custom command; flakegate never runs a command read from an artifact/);
    expect(notes(withOwn)).toMatch(/no confirmation reruns in the aggregate: this job's command \('sh fault.sh \{workers\} \{junit\}', custom\) differs from the shards'/);
  });

  it('mode: comment reads a report with a field this version does not know by dropping it, and refuses a mistyped one by name', async () => {
    const path = join(shard.dir, 'comment-report.json');
    editJson(report(shard.out), (j) => ({ ...j, fromTheFuture: { x: 1 } }));
    cpSync(report(shard.out), path);
    const read = (await readReportFile(path)) as unknown as Record<string, unknown>;
    editJson(path, (j) => ({ ...j, gate: { ...(j['gate'] as object), failOn: '<img src=x>' } }));
    const refused = await readReportFile(path).then(() => '', (e: unknown) => String(e));
    const clear = !('fromTheFuture' in read) && /gate\.failOn must be one of parallel-only, new-parallel-only, flaky, never/.test(refused);
    record({ category: 'artifacts', input: 'report for mode: comment with an unknown and a mistyped field', clearStatus: clear, resultsLost: 0, processesLeft: 0, duplicateComments: 0, secretsLeaked: 0 });
    expect('fromTheFuture' in read).toBe(false);
    expect(refused).toMatch(/input 'report': .*comment-report\.json: gate\.failOn must be one of parallel-only, new-parallel-only, flaky, never \(got "<img src=x>"\)/);
  });
});
