// The files a pull request changes: `git diff --name-only <base>...HEAD` in the project, argv only.
// The base comes from the event payload or `--base`; it is checked before git sees it, so it can
// never be read as an option, and the paths git prints are kept only when they stay inside the
// repository.
import { execFile } from 'node:child_process';

export type ChangedFiles =
  | { readonly ok: true; readonly base: string; readonly files: readonly string[]; readonly truncated: boolean }
  | { readonly ok: false; readonly base: string; readonly problem: string };

/** A commit sha or ref name as git accepts them, never an option and never a range. */
const REF = /^(?!-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/@^~-]{1,200}$/;
/** More changed files than this is not a pull request worth a burn-in: keep the first ones. */
export const MAX_CHANGED_FILES = 5_000;

export function isSafeRef(ref: string): boolean {
  return REF.test(ref) && !ref.endsWith('.lock') && !ref.endsWith('/');
}

export async function changedFiles(cwd: string, base: string, timeoutMs = 30_000): Promise<ChangedFiles> {
  if (!isSafeRef(base)) return { ok: false, base, problem: `'${base}' is not a commit or ref name` };
  const out = await git(cwd, ['diff', '--name-only', '--no-renames', '-z', '--end-of-options', `${base}...HEAD`, '--'], timeoutMs);
  if (!out.ok) {
    const missing = /unknown revision|bad revision|no merge base|symmetric difference|bad object|not a git repository/i.test(out.error);
    const hint = missing ? ' (is the base commit in the checkout? actions/checkout needs fetch-depth: 0)' : '';
    return { ok: false, base, problem: `git diff against ${base} failed: ${out.error.split('\n')[0] ?? ''}${hint}` };
  }
  const files = out.stdout.split('\0').filter((f) => f !== '' && confined(f));
  return { ok: true, base, files: files.slice(0, MAX_CHANGED_FILES), truncated: files.length > MAX_CHANGED_FILES };
}

/** Repository-relative, no climbing out, no control characters. */
function confined(path: string): boolean {
  return !path.startsWith('/') && !path.split('/').includes('..') && !/[\u0000-\u001f]/.test(path) && path.length <= 4096;
}

function git(cwd: string, args: readonly string[], timeoutMs: number): Promise<{ ok: true; stdout: string } | { ok: false; error: string }> {
  return new Promise((resolve) => {
    execFile('git', ['-C', cwd, ...args], { timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024, windowsHide: true, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) resolve({ ok: false, error: (stderr || error.message).trim() });
      else resolve({ ok: true, stdout });
    });
  });
}
