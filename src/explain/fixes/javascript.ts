// Jest / Vitest / Mocha / node:test fixes.
import type { Cause, Fix } from '../../model.js';

export const javascriptFixes: Partial<Record<Cause, Fix>> = {
  'shared-file-path': {
    summary: 'Create a unique directory per test with `fs.mkdtempSync` and remove it afterwards.',
    example: [
      "const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));",
      "afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));",
    ].join('\n'),
  },
  'shared-database': {
    summary: 'Suffix database names/files with the worker id (`JEST_WORKER_ID`, `VITEST_POOL_ID`) or use an in-memory database per test.',
    example: "const dbName = `test_${process.env.JEST_WORKER_ID ?? process.env.VITEST_POOL_ID ?? '0'}`;",
  },
  'port-conflict': {
    summary: 'Listen on port 0 and read the assigned port back.',
    example: [
      "await new Promise((r) => server.listen(0, '127.0.0.1', r));",
      'const { port } = server.address();',
    ].join('\n'),
  },
  'shared-global-state': {
    summary: 'Do not mutate top-level `let`/objects from tests; create state in `beforeEach` (or `vi.resetModules()`/`jest.resetModules()`).',
    example: ['let cache;', 'beforeEach(() => {', '  cache = new Map();', '});'].join('\n'),
  },
  'order-dependence': {
    summary: 'Set up what the test needs in its own `beforeEach`; reproduce with `--runInBand` plus `--randomize` (Jest) or `--sequence.shuffle` (Vitest).',
  },
  'timing-under-load': {
    summary: 'Await the condition (fake timers, `waitFor`) instead of fixed sleeps; raise `testTimeout` for CI or lower `--maxWorkers` when it only fails above the core count.',
    example: "await vi.waitFor(() => expect(queue.size).toBe(0), { timeout: 5000 });",
  },
  'worker-crash': {
    summary: 'Close servers, timers and handles in `afterAll` (`--detectOpenHandles` shows them); cap memory with `--workerIdleMemoryLimit` if workers are killed.',
    example: 'afterAll(() => new Promise((r) => server.close(r)));',
  },
  'shared-env-or-cwd': {
    summary: 'Stub environment variables with `vi.stubEnv` / restore `process.env` after each test; pass directories explicitly instead of `process.chdir()` (which is process-wide).',
    example: ['const saved = { ...process.env };', "afterEach(() => { process.env = { ...saved }; });"].join('\n'),
  },
  'resource-exhaustion': {
    summary: 'Close connections and servers after each test; lower `--maxWorkers` on small machines.',
  },
  unknown: {
    summary: 'Run the file with its co-failing files to find what they share. Last resort: serialise only those, e.g. a separate Jest project run with `--runInBand`, Vitest `describe.sequential` or `poolMatchGlobs`, or Mocha `--parallel` with the file excluded and run separately.',
    example: "describe.sequential('uses the shared server', () => { /* ... */ });",
  },
};
