// Section 3: cold start. Time from spawning the process to the moment its first test run starts
// (the custom command writes a timestamp, then the process is killed), median of N; against the
// time to spawn and exit `node -e 0`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fmt, loadAvg, median, repo, table } from './util.mjs';

const now = () => performance.timeOrigin + performance.now(); // epoch ms, sub-ms

/** Spawns and resolves with ms from spawn to exit. */
function timeToExit(cmd, args, env) {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(cmd, args, { stdio: 'ignore', env });
    child.on('error', reject);
    child.on('exit', () => resolve(now() - start));
  });
}

/** Spawns, waits until `stamp` exists (the first run's command wrote it), kills; ms spawn -> stamp. */
function timeToFirstRun(cmd, args, env, stamp, timeoutMs = 60_000) {
  rmSync(stamp, { force: true });
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(cmd, args, { stdio: 'ignore', env, detached: true });
    child.on('error', reject);
    let exited = false;
    child.on('exit', () => (exited = true));
    const poll = setInterval(() => {
      const text = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : '';
      if (text === '' && !exited && now() - start < timeoutMs) return;
      clearInterval(poll);
      try {
        process.kill(-child.pid, 'SIGKILL'); // its own process group: flakegate and the run it started
      } catch {
        // already gone
      }
      if (text === '') return reject(new Error(`${args.join(' ')}: no run started (${exited ? 'exited' : 'timeout'})`));
      resolve(Number(text) / 1e6 - start); // `date +%s%N`: epoch ns
    }, 2);
  });
}

/** `file` and the files it imports statically (relative `from "./..."`), transitively: what loads at start. */
function loadedAtStart(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|^import\s*)"(\.\.?\/[^"]+)"/gm)) loadedAtStart(resolve(dirname(file), m[1]), seen);
  return seen;
}

/** Bytes of the action bundle: the entry, what it loads at start-up, and all with the chunks (dist/chunks/). */
function bundleSizes() {
  const size = (files) => [...files].reduce((sum, f) => sum + statSync(f).size, 0);
  const entry = join(repo, 'dist/index.js');
  const chunksDir = join(repo, 'dist/chunks');
  const chunks = existsSync(chunksDir) ? readdirSync(chunksDir).filter((f) => f.endsWith('.js')).map((f) => join(chunksDir, f)) : [];
  const start = loadedAtStart(entry);
  return [
    ['dist/index.js (action entry)', '1', fmt.int(size([entry]))],
    ['action, loaded at start-up', String(start.size), fmt.int(size(start))],
    ['action, all (entry + dist/chunks/)', String(1 + chunks.length), fmt.int(size([entry, ...chunks]))],
    ['dist/cli.js', '1', fmt.int(size([join(repo, 'dist/cli.js')]))],
  ];
}

export async function benchStartup({ tmp, quick }) {
  const n = quick ? 5 : 10;
  console.log(`\n## 3. Start-up (median of ${n}; spawn -> first test run started, or -> exit)\n`);
  const dir = join(tmp, 'startup');
  mkdirSync(dir, { recursive: true });
  const stamp = join(dir, 'stamp');
  // The first run only writes the time it started; flakegate is killed right after.
  const command = `date +%s%N > ${stamp}; : {workers} {junit}`;
  const env = { ...process.env, NO_COLOR: '1' };
  const actionEnv = {
    ...env,
    INPUT_FRAMEWORK: 'custom', INPUT_COMMAND: command, INPUT_WORKERS: '1,2', INPUT_ITERATIONS: '1',
    'INPUT_WORKING-DIRECTORY': dir, INPUT_OUT: join(dir, 'out-action'), INPUT_COMMENT: 'off', INPUT_CONFIRM: 'false',
    GITHUB_OUTPUT: join(dir, 'gh-output'), GITHUB_STEP_SUMMARY: join(dir, 'gh-summary'),
  };
  const cli = join(repo, 'dist/cli.js');
  const action = join(repo, 'dist/index.js');
  const cases = [
    ['node -e 0 (baseline)', () => timeToExit(process.execPath, ['-e', '0'], env)],
    ['dist/cli.js --version (to exit)', () => timeToExit(process.execPath, [cli, '--version'], env)],
    ['dist/cli.js run (to first run)', () => timeToFirstRun(process.execPath, [cli, 'run', '--framework', 'custom', '--command', command, '--workers', '1,2', '--iterations', '1', '--no-confirm', '--cwd', dir, '--out', join(dir, 'out-cli')], env, stamp)],
    ['dist/index.js action (to first run)', () => timeToFirstRun(process.execPath, [action], actionEnv, stamp)],
  ];
  const rows = [];
  let base;
  for (const [name, fn] of cases) {
    const samples = [];
    await fn(); // warm the page cache: "cold" here is a new process, not a cold disk
    for (let i = 0; i < n; i++) samples.push(await fn());
    const m = median(samples);
    base ??= m;
    rows.push([name, fmt.ms(m), `${fmt.ms(Math.min(...samples))} - ${fmt.ms(Math.max(...samples))}`, fmt.ratio(m / base), loadAvg()]);
  }
  table(['what', 'median', 'min - max', 'vs node -e 0', 'load avg'], rows);
  console.log('\nBundle sizes:\n');
  table(['bundle', 'files', 'bytes'], bundleSizes());
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
