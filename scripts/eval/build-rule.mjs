// Builds a decision rule for `npm run eval:stats` from source: the working tree's src/ (the rule
// under evaluation) or src/ as of a git commit (the rule it replaces), extracted with `git archive`
// into a temporary directory. Both are bundled with esbuild the same way, so both are run in
// the same process, on the same simulated runs, through their own real code.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Extracts src/ of `commit` under `dir` (dir/src/...). */
export function extractCommit(commit, dir) {
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['-C', ROOT, 'archive', '--format=tar', commit, 'src'], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  return join(dir, 'src');
}

/**
 * Bundles `exports` (name -> module path relative to `srcDir`, e.g. `confirm/run-confirmation.ts`)
 * into `outDir/<name>.mjs` and imports it. Packages resolve from the repository's node_modules.
 */
export async function buildModule(name, srcDir, exports, outDir) {
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, `${name}-entry.ts`);
  const lines = Object.entries(exports).map(([symbol, path]) => `export { ${symbol} } from ${JSON.stringify(join(srcDir, path))};`);
  writeFileSync(entry, `${lines.join('\n')}\n`);
  const outfile = join(outDir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    nodePaths: [join(ROOT, 'node_modules')],
    banner: { js: "import { createRequire as __req } from 'node:module'; const require = __req(import.meta.url);" },
  });
  return import(pathToFileURL(outfile).href);
}

/** Bundles a CLI (`src/cli.ts` of `srcDir`) to `outDir/<name>-cli.mjs`; returns its path. */
export async function buildCli(name, srcDir, outDir) {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `${name}-cli.mjs`);
  await build({
    entryPoints: [join(srcDir, 'cli.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    nodePaths: [join(ROOT, 'node_modules')],
    banner: { js: "import { createRequire as __req } from 'node:module'; const require = __req(import.meta.url);" },
  });
  return outfile;
}
