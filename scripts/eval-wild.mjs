#!/usr/bin/env node
// `npm run eval:wild`: the explain stage on real parallel-test bugs from public fix commits. The
// harness is TypeScript (scripts/eval-wild/), bundled on the fly with esbuild as scripts/bench.mjs
// does; it analyses with the committed dist/cli.js (FLAKEGATE_EVAL_CLI: another build).
// Docs: docs/evaluation.md ("Real suites: npm run eval:wild").
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'flakegate-eval-wild-bundle-'));
const outfile = join(dir, 'eval-wild.mjs');
try {
  await build({ entryPoints: [join(root, 'scripts', 'eval-wild', 'main.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' });
  const { main } = await import(pathToFileURL(outfile).href);
  await main(process.argv.slice(2), { root, cli: process.env.FLAKEGATE_EVAL_CLI || join(root, 'dist', 'cli.js') });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
