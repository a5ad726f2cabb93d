// Shared by the fault suite: runs the real CLI bundle on a two-run project (1 worker healthy, 2
// workers faulty), reads report.json, scans /proc for survivors, and records each case's figures
// for `npm run faults` (scripts/faults.mjs sets FLAKEGATE_FAULTS_OUT and FLAKEGATE_FAULTS_SCALE).
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { CLI } from '../support/cli.js';

// Each case's project and output (up to a gigabyte at full scale) go when the file's tests end.
const created: string[] = [];
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** `full` in `npm run faults`: the 500 MB report and the multi-gigabyte stdout flood. */
export const FULL_SCALE = process.env['FLAKEGATE_FAULTS_SCALE'] === 'full';

export type Category = 'reports' | 'processes' | 'api' | 'secrets' | 'ids' | 'artifacts' | 'durations';

/** What one fault case measured; scripts/faults.mjs sums these into its table. */
export interface Outcome {
  readonly category: Category;
  readonly input: string;
  /** The outcome is visible as what it was (run status, error, warning), never as "passed". */
  readonly clearStatus: boolean;
  /** Test results of healthy runs that did not reach report.json. */
  readonly resultsLost: number;
  readonly processesLeft: number;
  readonly duplicateComments: number;
  readonly secretsLeaked: number;
  readonly peakRssMb?: number;
  readonly note?: string;
}

export function record(outcome: Outcome): void {
  const file = process.env['FLAKEGATE_FAULTS_OUT'];
  if (file) appendFileSync(file, `${JSON.stringify(outcome)}\n`);
}

/** The healthy report both runs write unless the fault says otherwise: tests `a` and `b`. */
export const GOOD_REPORT =
  '<?xml version="1.0"?><testsuites><testsuite name="s"><testcase classname="c" name="a" time="0.01"/>' +
  '<testcase classname="c" name="b" time="0.01"/></testsuite></testsuites>';

export interface RunRecordJson {
  readonly id: string;
  readonly workers: number;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly parse: string;
  readonly error?: string;
  readonly tests: number;
  readonly outputTail?: string;
}

export interface TestJson {
  readonly id: string;
  readonly name: string;
  readonly verdict: string;
  readonly byWorkers: Readonly<Record<string, { runs: number; passed?: number; failed: number; lost: number; skipped: number }>>;
}

export interface ReportJson {
  readonly runs: readonly RunRecordJson[];
  readonly tests: readonly TestJson[];
}

export interface FaultRun {
  readonly status: number | null;
  readonly stderr: string;
  readonly report: ReportJson | null;
  readonly out: string;
  readonly dir: string;
  /** Processes still alive whose command line carries this case's marker. */
  readonly survivors: readonly number[];
  readonly peakRssMb: number;
}

/**
 * Runs `flakegate run` with a custom command `sh fault.sh {workers} {junit}`; `faultScript` is the
 * body run for 2 workers (`$2` is the report path, `$MARK` a unique marker to put in the argv of
 * anything it starts); 1 worker always writes GOOD_REPORT. `prepare` may seed files first.
 */
export async function runFault(
  faultScript: string,
  opts: { timeout?: string; prepare?: (dir: string, out: string) => void; extraArgs?: readonly string[]; heapMb?: number } = {},
): Promise<FaultRun> {
  const dir = mkdtempSync(join(tmpdir(), 'fg-fault-'));
  created.push(dir);
  const out = join(dir, 'out');
  const mark = `fgmark${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, 'good.xml'), GOOD_REPORT);
  writeFileSync(
    join(dir, 'fault.sh'),
    `MARK=${mark}\nif [ "$1" = 1 ]; then cp "${join(dir, 'good.xml')}" "$2"; exit 0; fi\n${faultScript}\n`,
  );
  opts.prepare?.(dir, out);
  const args = [
    `--max-old-space-size=${opts.heapMb ?? 256}`,
    CLI, 'run', '--framework', 'custom', '--command', 'sh fault.sh {workers} {junit}',
    '--workers', '1,2', '--iterations', '1', '--no-confirm', '--fail-on', 'never',
    '--timeout', opts.timeout ?? '20s', '--cwd', dir, '--out', out, ...(opts.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-20_000);
  });
  // Peak RSS: VmHWM only grows, so the last sample before exit is the high-water mark.
  let peakKb = 0;
  const sampler = setInterval(() => (peakKb = Math.max(peakKb, highWaterKb(child.pid))), 100);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(sampler);
  const reportPath = join(out, 'report.json');
  const report = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as ReportJson) : null;
  return { status, stderr, report, out, dir, survivors: processesMarked(mark), peakRssMb: Math.round(peakKb / 1024) };
}

function highWaterKb(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(m?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Live (non-zombie) processes whose argv or environment contains `mark`. */
export function processesMarked(mark: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const state = stat.slice(stat.lastIndexOf(')') + 2)[0];
      if (state === 'Z' || state === 'X') continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'latin1');
      if (cmdline.includes(mark)) found.push(Number(name));
    } catch {
      // gone while scanning
    }
  }
  return found;
}

/** How many of the healthy run's two results did not reach report.json (target 0). */
export function healthyResultsLost(report: ReportJson | null): number {
  if (report === null) return 2;
  const serial = report.runs.find((r) => r.workers === 1);
  const seen = ['a', 'b'].filter((name) => (report.tests.find((t) => t.name === name)?.byWorkers['1']?.runs ?? 0) >= 1);
  return serial === undefined || serial.parse !== 'ok' ? 2 : 2 - seen.length;
}

/** The faulty run's record. */
export function faultyRun(report: ReportJson | null): RunRecordJson | undefined {
  return report?.runs.find((r) => r.workers === 2);
}

/** True when a and b count as passed at 2 workers although the faulty run never reported them. */
export function reportedAsPassed(report: ReportJson | null): boolean {
  if (report === null) return false;
  return ['a', 'b'].some((name) => {
    const w = report.tests.find((t) => t.name === name)?.byWorkers['2'];
    return w !== undefined && w.runs > 0 && w.failed === 0 && w.lost === 0 && (w.passed ?? w.runs - w.skipped) > 0;
  });
}

export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
}
