// Builds the two committed bundles: dist/index.js (the action, started by the runner)
// and dist/cli.js (the `flakegate` bin). Both are ESM for Node 20+, with all
// dependencies inlined so the action needs no node_modules at run time.
import { build } from 'esbuild';
import { chmodSync, mkdirSync, copyFileSync, readdirSync } from 'node:fs';

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // ESM output still has CommonJS dependencies that call require(); give them one.
  banner: {
    js: "import { createRequire as __flakegateCreateRequire } from 'node:module'; const require = __flakegateCreateRequire(import.meta.url);",
  },
};

mkdirSync('dist', { recursive: true });
await build({ ...shared, entryPoints: ['src/action.ts'], outfile: 'dist/index.js' });
await build({
  ...shared,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node\n' + shared.banner.js },
});
chmodSync('dist/cli.js', 0o755);
// Helper files that flakegate injects into test runs (e.g. the pytest plugin) ship beside the bundle.
mkdirSync('dist/assets', { recursive: true });
for (const f of readdirSync('src/assets', { withFileTypes: true })) {
  if (f.isFile()) copyFileSync(`src/assets/${f.name}`, `dist/assets/${f.name}`);
}
