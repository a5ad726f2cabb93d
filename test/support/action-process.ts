// Starting the bundled action the way the runner does: a node process on dist/index.js with INPUT_*
// variables, GITHUB_* paths and nothing of this machine's own GitHub/runner environment.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** This process's environment minus anything a real runner would set (GITHUB_*, INPUT_*, proxies ...). */
export function runnerBaseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)|proxy$/i.test(k)));
}

/** `{framework: 'custom'}` -> `{INPUT_FRAMEWORK: 'custom'}`, as the runner passes `with:` values. */
export function inputEnv(inputs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks (@actions/core file-command.ts). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

export interface ActionProcess {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Asynchronous on purpose: the fake GitHub server answers from this process's event loop. */
export async function spawnAction(cwd: string, env: NodeJS.ProcessEnv): Promise<ActionProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'index.js')], { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { status, stdout, stderr };
}
