// Pure parts of scripts/eval-causes.mjs: its options, which framework a project directory is run
// with, and the tune/holdout side of each project under a root other than the fixtures.
import { createHash } from 'node:crypto';

export const ECOSYSTEM = { pytest: 'python', jest: 'javascript', vitest: 'javascript', node: 'javascript', mocha: 'javascript', go: 'go' };
export const SPLITS = ['tune', 'holdout'];

const USAGE =
  'usage: node scripts/eval-causes.mjs [--root DIR] [--split tune|holdout] [--iterations N] [--fixture SUBSTRING]... [--json FILE] [--from WORKDIR [--reanalyse]]';

/** Bad arguments: the message and the usage line (exit 2). */
export class UsageError extends Error {
  constructor(message) {
    super(`${message}${message ? '\n' : ''}${USAGE}`);
  }
}

/**
 * The options of eval-causes.mjs. `root` null is the fixtures (test/fixtures), which have no sides;
 * any other root is split, and `split` defaults to tune there so a plain run never shows holdout rows.
 */
export function parseCausesArgs(argv) {
  const opts = { iterations: 5, only: [], json: null, from: null, reanalyse: false, root: null, split: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      i += 1;
      return v;
    };
    if (arg === '--iterations') {
      opts.iterations = Number(value());
      if (!Number.isInteger(opts.iterations) || opts.iterations < 1) throw new UsageError('--iterations must be a positive integer');
    } else if (arg === '--fixture') opts.only.push(value());
    else if (arg === '--json') opts.json = value();
    else if (arg === '--from') opts.from = value();
    else if (arg === '--reanalyse') opts.reanalyse = true;
    else if (arg === '--root') opts.root = value();
    else if (arg === '--split') {
      opts.split = value();
      if (!SPLITS.includes(opts.split)) throw new UsageError(`--split must be one of ${SPLITS.join(', ')}`);
    } else if (arg === '-h' || arg === '--help') throw new UsageError('');
    else throw new UsageError(`unknown argument: ${arg}`);
  }
  if (opts.reanalyse && opts.from === null) throw new UsageError('--reanalyse needs --from WORKDIR');
  if (opts.split !== null && opts.root === null) throw new UsageError('--split needs --root (the fixtures have no tune/holdout sides)');
  if (opts.root !== null && opts.split === null) opts.split = 'tune';
  return opts;
}

/** Spellings of node's built-in runner a project directory or expected.json may use. */
const ALIASES = { 'node:test': 'node', 'node-test': 'node', nodetest: 'node', 'pytest-xdist': 'pytest', xdist: 'pytest', golang: 'go' };

/** The CLI preset a project runs with: expected.json's `framework`, else its parent directory's name. */
export function frameworkOf(dirName, expected) {
  const named = typeof expected?.framework === 'string' && expected.framework !== '' ? expected.framework : dirName;
  const lower = named.toLowerCase();
  return ALIASES[lower] ?? lower;
}

const hashOf = (id) => createHash('sha256').update(id.toLowerCase()).digest('hex');

/**
 * The side of every project: kept where `kept` has one (the explain stage may already have been
 * tuned on it), else assigned in the order of a hash of its id to the side its ecosystem has fewer
 * of, then the side with fewer projects overall, then by the hash's parity. Order of `projects`
 * does not matter; the same projects and kept sides always give the same answer.
 */
export function assignSides(projects, kept = {}) {
  const side = {};
  const perEcosystem = new Map();
  const total = { tune: 0, holdout: 0 };
  const count = (eco) => perEcosystem.get(eco) ?? perEcosystem.set(eco, { tune: 0, holdout: 0 }).get(eco);
  for (const p of projects) {
    const s = kept[p.id];
    if (!SPLITS.includes(s)) continue;
    side[p.id] = s;
    count(p.ecosystem)[s] += 1;
    total[s] += 1;
  }
  const pending = projects.filter((p) => side[p.id] === undefined);
  pending.sort((a, b) => hashOf(a.id).localeCompare(hashOf(b.id)) || a.id.localeCompare(b.id));
  for (const p of pending) {
    const c = count(p.ecosystem);
    const fewer = (x) => (x.tune < x.holdout ? 'tune' : x.holdout < x.tune ? 'holdout' : null);
    const s = fewer(c) ?? fewer(total) ?? (parseInt(hashOf(p.id).slice(0, 2), 16) % 2 === 0 ? 'tune' : 'holdout');
    side[p.id] = s;
    c[s] += 1;
    total[s] += 1;
  }
  return side;
}

/** How a JS project without node_modules is installed into its private copy (argv, never a shell string). */
export function installArgv(files) {
  if (!files.includes('package.json')) return null;
  if (files.includes('package-lock.json') || files.includes('npm-shrinkwrap.json')) return ['npm', 'ci', '--ignore-scripts', '--no-audit', '--no-fund'];
  return ['npm', 'install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'];
}
