// Bad input through the bundled CLI: a clear message naming the input, exit code 2, and the raw
// reports of the runs that did happen kept on disk.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleProblem, runCli } from '../support/cli.js';

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

const work = (): string => mkdtempSync(join(tmpdir(), 'fg-cli-'));

describe('configuration errors exit 2 and name the input', () => {
  it.each([
    [['run', '--framework', 'nose'], /--framework: unknown framework 'nose'/],
    [['run', '--command', 'pytest -n {workers}'], /--command must contain \{junit\}/],
    [['run', '--command', 'x {workers} {junit}', '--workers', '1,zero'], /--workers: 'zero' is not a worker count/],
    [['run', '--command', 'x {workers} {junit}', '--workers', '2'], /--workers: '2' needs at least two different worker counts/],
    [['run', '--command', 'x {workers} {junit}', '--iterations', '-3'], /--iterations|-3/],
    [['run', '--bogus'], /Unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('%j', (args, message) => {
    const r = runCli(args, { cwd: work() });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('setup errors exit 2 and keep what ran', () => {
  it('a command that is not found', () => {
    const dir = work();
    const r = runCli(['run', '--command', 'no-such-test-runner-xyz -n {workers} --junit {junit}', '--workers', '1,2', '--iterations', '1', '--out', join(dir, 'out')], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no-such-test-runner-xyz/);
    expect(r.stderr).toMatch(/not found/);
    expect(existsSync(join(dir, 'out', 'runs', 'index.json'))).toBe(true);
  });

  it('a run that writes no report', () => {
    const dir = work();
    const r = runCli(['run', '--command', 'echo running {workers} {junit}', '--workers', '1,2', '--iterations', '1', '--out', join(dir, 'out')], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/wrote no JUnit report/);
    const runs = readdirSync(join(dir, 'out', 'runs'));
    expect(runs).toContain('index.json');
    const record = (JSON.parse(readFileSync(join(dir, 'out', 'runs', 'index.json'), 'utf8')) as { parse: string; error: string }[])[0];
    expect(record?.parse).toBe('missing');
  });

  it('a run whose report holds no test case (nothing collected) never passes the gate', () => {
    const dir = work();
    const report = '<?xml version="1.0"?><testsuites><testsuite name="none" tests="0"></testsuite></testsuites>';
    writeFileSync(join(dir, 'empty.xml'), report);
    const r = runCli(['run', '--command', 'cp empty.xml {junit} # {workers}', '--workers', '1,2', '--iterations', '1', '--out', join(dir, 'out')], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds no test case: the command collected no tests/);
    const record = (JSON.parse(readFileSync(join(dir, 'out', 'runs', 'index.json'), 'utf8')) as { parse: string; tests: number }[])[0];
    expect(record).toMatchObject({ parse: 'ok', tests: 0 });
  });
});

describe('flakegate parse', () => {
  it('prints normalised cases and exits 0', () => {
    const dir = work();
    const file = join(dir, 'junit.xml');
    writeFileSync(file, '<testsuite name="s"><testcase classname="a.b" name="t1"/><testcase classname="a.b" name="t2"><failure message="boom">trace</failure></testcase></testsuite>');
    const r = runCli(['parse', file]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { status: string; tests: { name: string; outcome: string; message?: string }[] };
    expect(out.status).toBe('ok');
    expect(out.tests.map((t) => [t.name, t.outcome])).toEqual([['t1', 'passed'], ['t2', 'failed']]);
    expect(out.tests[1]?.message).toBe('boom');
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['invalid', 'this is not xml at all'],
  ])('reports a %s file and exits 2', (status, content) => {
    const dir = work();
    const file = join(dir, 'junit.xml');
    if (content !== null) writeFileSync(file, content);
    const r = runCli(['parse', file]);
    expect(r.status).toBe(2);
    expect((JSON.parse(r.stdout) as { status: string }).status).toBe(status);
  });
});
