// Builds the committed bundles: dist/index.js (the action, started by the runner) with its chunks
// in dist/chunks/, and dist/cli.js (the `flakegate` bin). All ESM for Node 20+, with all
// dependencies inlined so the action needs no node_modules at run time.
//
// The action is code-split (docs/decisions.md, "Code splitting of the action bundle"): what
// src/action.ts imports dynamically, the GitHub API code, goes to chunks that load after the runs,
// so start-up evaluates only what the first run needs. Chunk names carry a content hash, so a
// rebuild of the same source writes the same files. Files are written only when their bytes
// changed, and chunks the build no longer produces are removed, so `git status -- dist` is clean on
// a current tree (the .ci/run "bundle is current" step).
import { build } from 'esbuild';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const ENTRY = resolve('dist/index.js');
const CHUNKS_DIR = resolve('dist/chunks');
// Packages that must not be evaluated before the first run: the API client and its HTTP stack.
const PUBLISH_ONLY = /(?:^|\/)node_modules\/(@octokit\/[^/]+|@actions\/github|@actions\/http-client|undici)\//;

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // ESM output still has CommonJS dependencies that call require(); give them one (in every chunk).
  banner: {
    js: "import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);",
  },
};

// @actions/core imports @actions/http-client (and with it undici, ~0.8 MB) only for getIDToken,
// which flakegate never calls. The package does nothing at import time, so declaring it free of
// side effects lets esbuild leave it out wherever nothing from it is used: out of the start-up
// chunks, while the API chunks that use it (via @actions/github) still get it.
const httpClientIsPure = {
  name: 'http-client-is-pure',
  setup(b) {
    b.onResolve({ filter: /^@actions\/http-client(\/|$)/ }, async (args) => {
      if (args.pluginData === httpClientIsPure) return undefined;
      const { path, errors } = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: httpClientIsPure });
      return errors.length > 0 ? { errors } : { path, sideEffects: false };
    });
  },
};

/** Writes a build output unless the file already holds these bytes (a test may be running it meanwhile). */
function writeIfChanged(path, contents) {
  if (existsSync(path) && readFileSync(path).equals(contents)) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, contents);
}

/** Output files that `output` loads when it is evaluated: itself and its static imports, transitively. */
function loadedAtStart(outputs, output, seen = new Set()) {
  if (seen.has(output)) return seen;
  seen.add(output);
  for (const i of outputs[output].imports) if (i.kind === 'import-statement' && i.path in outputs) loadedAtStart(outputs, i.path, seen);
  return seen;
}

mkdirSync('dist', { recursive: true });
const action = await build({
  ...shared,
  entryPoints: { index: 'src/action.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [httpClientIsPure],
  metafile: true,
  write: false,
});
// A static import of the API code would silently undo the splitting: refuse to write such a bundle.
const outputs = action.metafile.outputs;
const entry = Object.keys(outputs).find((o) => resolve(o) === ENTRY);
const early = new Set([...loadedAtStart(outputs, entry)].flatMap((o) => Object.keys(outputs[o].inputs)).flatMap((i) => PUBLISH_ONLY.exec(i)?.[1] ?? []));
if (early.size > 0) {
  throw new Error(`bundle: dist/index.js would load publishing code at start-up (import it dynamically in src/action.ts): ${[...early].join(', ')}`);
}
const stray = action.outputFiles.filter((f) => f.path !== ENTRY && dirname(f.path) !== CHUNKS_DIR);
if (stray.length > 0) throw new Error(`bundle: unexpected action output ${stray.map((f) => relative('.', f.path)).join(', ')}`);
// Chunks before the entry that imports them, and old chunks removed only after, so a process
// starting meanwhile finds every file it imports.
for (const file of action.outputFiles.filter((f) => f.path !== ENTRY)) writeIfChanged(file.path, Buffer.from(file.contents));
for (const file of action.outputFiles.filter((f) => f.path === ENTRY)) writeIfChanged(file.path, Buffer.from(file.contents));
const written = new Set(action.outputFiles.map((f) => f.path));
for (const name of existsSync(CHUNKS_DIR) ? readdirSync(CHUNKS_DIR) : []) {
  if (!written.has(resolve(CHUNKS_DIR, name))) rmSync(resolve(CHUNKS_DIR, name), { recursive: true, force: true });
}

await build({
  ...shared,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + shared.banner.js },
});
chmodSync('dist/cli.js', 0o755);
// The worker-thread entry that `analyze` and the aggregate parse reports in (src/parse/parse-pool.ts).
await build({ ...shared, entryPoints: ['src/parse/parse-worker.ts'], outfile: 'dist/parse-worker.js' });
// Helper files that flakegate injects into test runs (e.g. the pytest plugin) ship beside the bundle.
// Code in dist/chunks/ finds them too: locateAsset (src/frameworks/asset-path.ts) also tries ../assets/.
mkdirSync('dist/assets', { recursive: true });
for (const f of readdirSync('src/assets', { withFileTypes: true })) {
  if (f.isFile()) copyFileSync(`src/assets/${f.name}`, `dist/assets/${f.name}`);
}
