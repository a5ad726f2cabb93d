// Snapshots of the cases' repositories (fetched git directories, never committed): finding them,
// checking a case's facts against them, and materialising the tree before the fix in a temp dir.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Framework, TestRef, WildCase } from './cases.js';

export class SnapshotMissing extends Error {
  override name = 'SnapshotMissing';
  constructor(readonly repo: string, readonly looked: string) {
    super(`no snapshot of ${repo} in ${looked} (fetch github:${repo}, or pass --snapshots DIR)`);
  }
}

/** `<snapshots>/<owner>+<name>/repo` as the fetch tool lays it out: a bare git dir or a clone with `.git`. */
export function snapshotGitDir(snapshots: string, repo: string): string {
  const base = join(snapshots, repo.replace('/', '+'), 'repo');
  for (const dir of [join(base, '.git'), base]) if (existsSync(join(dir, 'HEAD')) && existsSync(join(dir, 'objects'))) return dir;
  throw new SnapshotMissing(repo, snapshots);
}

const git = (gitDir: string, args: readonly string[]): string => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });

function tryGit(gitDir: string, args: readonly string[]): string | null {
  try {
    return git(gitDir, args);
  } catch {
    return null;
  }
}

/** Problems with a case's commits: `before` must be the fix's first parent, and the fix must touch `fixFiles`. */
export function checkCommits(gitDir: string, c: Pick<WildCase, 'before' | 'fix' | 'fixFiles'>): string[] {
  for (const sha of [c.before, c.fix]) if (tryGit(gitDir, ['cat-file', '-e', `${sha}^{commit}`]) === null) return [`commit ${sha} is not in the snapshot`];
  const parent = tryGit(gitDir, ['rev-parse', `${c.fix}^1`])?.trim();
  const problems: string[] = [];
  if (parent !== c.before) problems.push(`before ${c.before.slice(0, 10)} is not the first parent of the fix ${c.fix.slice(0, 10)} (that is ${parent?.slice(0, 10) ?? 'none'})`);
  const touched = new Set((tryGit(gitDir, ['diff', '--name-only', c.before, c.fix]) ?? '').split('\n').filter(Boolean));
  for (const f of c.fixFiles) if (!touched.has(f)) problems.push(`the fix does not change ${f}`);
  return problems;
}

/** Writes the tree of `commit` into `dest`; files a snapshot lacks (4 MiB and more) are left out and returned. */
export function materialise(gitDir: string, commit: string, dest: string): string[] {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const entries = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit], { maxBuffer: 512 * 1024 * 1024 })
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((e) => /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(e))
    .filter((m): m is RegExpExecArray => m !== null && m[2] === 'blob');
  const check = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch-check'], { input: entries.map((m) => m[3]).join('\n') + '\n', encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const missing = new Set(check.stdout.split('\n').filter((l) => l.endsWith(' missing')).map((l) => l.split(' ')[0]));
  const absent = entries.filter((m) => missing.has(m[3]!)).map((m) => m[4]!);
  const excludes = absent.map((p) => `:(exclude,literal)${p}`);
  const archive = spawnSync('bash', ['-c', 'set -o pipefail; git --git-dir "$1" archive --format=tar "$2" -- . "${@:4}" | tar -x -C "$3"', 'bash', gitDir, commit, dest, ...excludes], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr.trim().split('\n').slice(-2).join(' / ')}`);
  return absent;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 1-based line where the test is defined in its file's text, or null when it is not there. */
export function definitionLine(source: string, ref: TestRef, framework: Framework): number | null {
  const lines = source.split('\n');
  let re: RegExp;
  switch (framework) {
    case 'pytest':
      re = new RegExp(`^\\s*(async\\s+)?def\\s+${escapeRe(ref.name.replace(/\[.*$/s, ''))}\\s*\\(`);
      break;
    case 'go': {
      // A subtest defined in another file than its parent (`definedIn`) is an entry of a table
      // there: its last name segment as a string literal (`go test` turns spaces into `_`).
      const segments = ref.name.split('/');
      const sub = segments.length > 1 && ref.definedIn !== undefined && ref.definedIn !== ref.file ? segments.at(-1)! : null;
      re = sub === null ? new RegExp(`^func\\s+${escapeRe(segments[0]!)}\\s*\\(`) : new RegExp(`"(${escapeRe(sub)}|${escapeRe(sub.replace(/_/g, ' '))})"`);
      break;
    }
    case 'junit':
      re = new RegExp(`\\b${escapeRe(ref.name.replace(/\(.*$/s, ''))}\\s*\\(`);
      break;
    default: {
      // A JS title is a string literal in the file (quotes of any kind); a parameterised title
      // (`test.each`, template literals) is matched by its text before the first placeholder.
      const title = ref.name.split(/%[sdifjop#]|\$\{/)[0]!;
      re = new RegExp(`(['"\`])${escapeRe(title)}`);
    }
  }
  const i = lines.findIndex((l) => re.test(l));
  return i < 0 ? null : i + 1;
}

/** Go import path of the package of a test file: the nearest go.mod's module plus the directory. */
export function goPackageOf(treeAbs: string, file: string): string {
  let dir = posix.dirname(file);
  for (;;) {
    const mod = join(treeAbs, dir === '.' ? '' : dir, 'go.mod');
    if (existsSync(mod)) {
      const module = /^module\s+(\S+)/m.exec(readFileSync(mod, 'utf8'))?.[1] ?? 'example.com/module';
      const rel = posix.relative(dir === '.' ? '' : dir, posix.dirname(file));
      return rel === '' ? module : `${module}/${rel}`;
    }
    if (dir === '.' || dir === '') return posix.dirname(file);
    dir = posix.dirname(dir);
  }
}
