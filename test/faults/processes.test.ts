// Test commands that misbehave, through the whole CLI: the 2-worker run misbehaves, the 1-worker
// run is healthy. Each outcome must land in report.json as what it was (run status, error, `lost`
// tests), never as "passed"; the healthy run's results must survive; and no process may outlive
// flakegate. Anything long-lived is started from a copy of `sleep` named after the case's marker,
// so a /proc scan of command lines finds every survivor. Unit-level kill tests: test/unit/run/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bundleProblem } from '../support/cli.js';
import { OUTPUT_TAIL_CHARS } from '../../src/run/output-tail.js';
import { faultyRun, FULL_SCALE, GOOD_REPORT, healthyResultsLost, killAll, record, reportedAsPassed, runFault, type RunRecordJson } from './harness.js';

const FLOOD_BYTES = FULL_SCALE ? 2_000_000_000 : 200_000_000;
/** The gigabyte flood takes about a minute on two cores. */
const TIMEOUT = FULL_SCALE ? 600_000 : undefined;
const SLEEPER = 'cp "$(command -v sleep)" "./sleep-$MARK"; S="./sleep-$MARK"';

interface ProcessCase {
  readonly input: string;
  readonly script: string;
  /** The faulty run as report.json must show it. */
  readonly expect: (run: RunRecordJson) => boolean;
  /** The faulty run left no usable report, so its tests must be lost, not passed. */
  readonly noReport: boolean;
  readonly timeout?: string;
  readonly prepare?: (dir: string, out: string) => void;
}

const CASES: readonly ProcessCase[] = [
  { input: 'command not found', script: 'exec no-such-runner-$MARK "$2"', noReport: true, expect: (r) => /command not found: no-such-runner/.test(r.error ?? '') },
  { input: 'exits before writing a report', script: 'exit 3', noReport: true, expect: (r) => r.exitCode === 3 && r.parse === 'missing' && /no JUnit report/.test(r.error ?? '') },
  {
    input: 'hangs with grandchildren, a setsid daemon and a double fork, ignoring SIGTERM',
    script: `${SLEEPER}\ntrap '' TERM\n$S 300 &\nsh -c "$S 300" &\nsetsid $S 300 &\n( setsid sh -c "$S 300 &" & )\n$S 300\n$S 300`,
    timeout: '2s',
    noReport: true,
    expect: (r) => r.timedOut && /timed out/.test(r.error ?? ''),
  },
  { input: 'segfault (SIGSEGV)', script: 'exec python3 -c "import ctypes; ctypes.string_at(0)"', noReport: true, expect: (r) => r.signal === 'SIGSEGV' && /SIGSEGV/.test(r.error ?? '') },
  { input: 'half a report, then SIGSEGV', script: `head -c ${GOOD_REPORT.indexOf('/>') + 2} good.xml > "$2"; kill -SEGV $$`, noReport: false, expect: (r) => r.signal === 'SIGSEGV' && r.parse === 'salvaged' && r.tests === 1 },
  { input: 'OOM-killed (SIGKILL)', script: 'kill -KILL $$', noReport: true, expect: (r) => r.signal === 'SIGKILL' && /SIGKILL/.test(r.error ?? '') },
  {
    input: 'heap exhausted under a memory limit (V8 abort)',
    script: `exec "${process.execPath}" --max-old-space-size=16 -e "const a = []; for (;;) a.push(new Array(1e5).fill(1))"`,
    noReport: true,
    expect: (r) => r.signal !== null && r.parse === 'missing',
  },
  {
    input: 'allocation fails under prlimit --as',
    script: 'exec prlimit --as=200000000 python3 -c "x = bytearray(10**9)"',
    noReport: true,
    expect: (r) => r.exitCode !== 0 && r.parse === 'missing' && /no JUnit report/.test(r.error ?? ''),
  },
  {
    input: `writes ${FLOOD_BYTES / 1e6} MB to stdout`,
    script: `head -c ${FLOOD_BYTES} /dev/zero | tr '\\0' y\ncp good.xml "$2"`,
    noReport: false,
    timeout: '5m',
    expect: (r) => r.parse === 'ok' && r.tests === 2 && (r.outputTail ?? '').length <= OUTPUT_TAIL_CHARS && (r.outputTail ?? '').endsWith('yyyy'),
  },
  {
    input: 'stale report from an earlier run at the same path',
    script: 'exit 0',
    noReport: true,
    prepare: (dir, out) => {
      mkdirSync(join(out, 'runs', 'd-002-w2'), { recursive: true });
      writeFileSync(join(out, 'runs', 'd-002-w2', 'junit.xml'), readFileSync(join(dir, 'good.xml')));
    },
    expect: (r) => r.exitCode === 0 && r.parse === 'missing',
  },
  { input: 'changes the working directory', script: 'R="$PWD/good.xml"; cd / && cp "$R" "$2"', noReport: false, expect: (r) => r.parse === 'ok' && r.tests === 2 },
  { input: 'deletes the output directory', script: 'rm -rf "$(dirname "$(dirname "$(dirname "$2")")")"; exit 1', noReport: true, expect: (r) => r.parse === 'missing' },
  { input: 'leaves a daemon behind after a normal exit', script: `${SLEEPER}\nsetsid $S 300 > /dev/null 2>&1 &\ncp good.xml "$2"`, noReport: false, expect: (r) => r.parse === 'ok' && r.exitCode === 0 },
];

beforeAll(() => expect(bundleProblem(inject('bundleError'))).toBeNull());

describe('misbehaving test commands: reported as what happened, nothing left running', () => {
  it.each(CASES)('$input', async ({ input, script, expect: shows, noReport, timeout, prepare }) => {
    const run = await runFault(script, { ...(timeout ? { timeout } : {}), ...(prepare ? { prepare } : {}) });
    killAll(run.survivors);
    const faulty = faultyRun(run.report);
    const passedWrongly = noReport && reportedAsPassed(run.report);
    const clear = run.status === 0 && faulty !== undefined && shows(faulty) && !passedWrongly;
    record({ category: 'processes', input, clearStatus: clear, resultsLost: healthyResultsLost(run.report), processesLeft: run.survivors.length, duplicateComments: 0, secretsLeaked: 0, peakRssMb: run.peakRssMb });

    expect(run.status, run.stderr).toBe(0);
    expect(faulty && shows(faulty), JSON.stringify({ ...faulty, outputTail: faulty?.outputTail?.slice(-300) })).toBe(true);
    expect(passedWrongly).toBe(false);
    if (noReport) {
      for (const name of ['a', 'b']) expect(run.report?.tests.find((t) => t.name === name)?.byWorkers['2']?.lost).toBe(1);
    }
    expect(healthyResultsLost(run.report)).toBe(0);
    expect(run.survivors).toEqual([]);
  }, TIMEOUT);
});

describe('the survivor scan', () => {
  it('finds a live process by its marker (so an empty scan means something)', async () => {
    const { spawn } = await import('node:child_process');
    const mark = `fgmark${Math.random().toString(36).slice(2)}`;
    // One process carrying the mark in argv[0]: a shell would fork a second, marked copy of itself
    // for `sleep`, and a scan that lands between that fork and its exec would see two.
    const child = spawn('sleep', ['30'], { argv0: `sleep-${mark}`, stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    const { processesMarked } = await import('./harness.js');
    expect(processesMarked(mark)).toEqual([child.pid]);
    child.kill('SIGKILL');
  });
});

describe('a process that escapes every way it can (double fork, setsid, re-exec with an empty environment) and keeps a port', () => {
  it('is contained, ended, and named by pid and command in the run record', async () => {
    const { createServer } = await import('node:net');
    const free = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const server = `import socket, sys, time; s = socket.socket(); s.bind(('127.0.0.1', ${free})); s.listen(); time.sleep(300)`;
    // The subshell's `&` double-forks, setsid leaves group and session, `env -i` drops the run tag.
    const script = `( setsid sh -c 'exec env -i /usr/bin/python3 -c "$1" "$0"' "$MARK" "${server}" & )\nsleep 1\ncp good.xml "$2"`;
    const run = await runFault(script);
    killAll(run.survivors);
    const faulty = faultyRun(run.report) as (RunRecordJson & { containment?: string; survivors?: { pid: number; command: string }[] }) | undefined;
    const portFree = await new Promise<boolean>((resolve) => {
      const again = createServer().once('error', () => resolve(false)).listen(free, '127.0.0.1', () => again.close(() => resolve(true)));
    });
    const named = (faulty?.survivors ?? []).some((s) => s.pid > 0 && s.command.includes('python3') && s.command.includes('fgmark'));
    record({ category: 'processes', input: 'double fork + setsid + re-exec with an empty environment, holding a port', clearStatus: run.status === 0 && named, resultsLost: healthyResultsLost(run.report), processesLeft: run.survivors.length + (portFree ? 0 : 1), duplicateComments: 0, secretsLeaked: 0, note: `containment ${faulty?.containment ?? '?'}` });

    expect(run.status, run.stderr).toBe(0);
    expect(faulty?.containment).toBe('subreaper');
    expect(named, JSON.stringify(faulty?.survivors)).toBe(true);
    expect(run.survivors).toEqual([]);
    expect(portFree).toBe(true);
    // The report says so where a reader looks.
    expect(JSON.stringify(run.report)).toMatch(/left 1 process running after its command ended: pid \d+ \(\/usr\/bin\/python3 -c /);
  });
});
