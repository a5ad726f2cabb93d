// Fixes that name a JavaScript runner's own API: a Jest project is never told to use
// `vi.stubEnv`. Over javascript.ts, by the project's framework (the preset's, or the one its
// files show for a custom command).
import type { Cause, Fix } from '../../model.js';

export const jestFixes: Partial<Record<Cause, Fix>> = {
  'shared-database': {
    summary: 'Suffix database names or files with the Jest worker id (`JEST_WORKER_ID`), or use an in-memory database per test file.',
    example: "const dbName = `test_${process.env.JEST_WORKER_ID ?? '1'}`;",
  },
  'shared-global-state': {
    summary: 'Do not mutate top-level `let`/objects from tests; create state in `beforeEach`, or reload modules with `jest.resetModules()`.',
    example: ['let cache;', 'beforeEach(() => {', '  cache = new Map();', '});'].join('\n'),
  },
  'order-dependence': {
    summary: 'Set up what the test needs in its own `beforeEach`; reproduce with `jest --runInBand --randomize --seed=<seed>`.',
  },
  'timing-under-load': {
    summary: 'Await the condition instead of fixed sleeps (fake timers: `jest.useFakeTimers()`), raise `testTimeout` for CI, or lower `--maxWorkers` when it fails only above the core count.',
    example: "jest.useFakeTimers();\nscheduleRetry();\nawait jest.advanceTimersByTimeAsync(5000);",
  },
  'worker-crash': {
    summary: 'Close servers, timers and handles in `afterAll` (`--detectOpenHandles` lists them); cap worker memory with `--workerIdleMemoryLimit` if workers are killed.',
    example: 'afterAll(() => new Promise((r) => server.close(r)));',
  },
  'shared-env-or-cwd': {
    summary: 'Restore `process.env` after each test (or `jest.replaceProperty(process, "env", {...})`, restored by `restoreAllMocks`); pass directories explicitly instead of `process.chdir()`.',
    example: ['const saved = { ...process.env };', "afterEach(() => { process.env = { ...saved }; });"].join('\n'),
  },
  'resource-exhaustion': {
    summary: 'Close connections and servers in `afterEach`/`afterAll`; lower `--maxWorkers` on small machines.',
  },
  unknown: {
    summary: 'Run the file with its co-failing files (`jest --maxWorkers=2 a.test.js b.test.js`) to find what they share. Last resort: a separate Jest project for them, run with `--runInBand`.',
  },
};

export const vitestFixes: Partial<Record<Cause, Fix>> = {
  'shared-database': {
    summary: 'Suffix database names or files with the Vitest pool id (`VITEST_POOL_ID`), or use an in-memory database per test file.',
    example: "const dbName = `test_${process.env.VITEST_POOL_ID ?? '1'}`;",
  },
  'shared-global-state': {
    summary: 'Do not mutate top-level `let`/objects from tests; create state in `beforeEach`, or reload modules with `vi.resetModules()`.',
    example: ['let cache;', 'beforeEach(() => {', '  cache = new Map();', '});'].join('\n'),
  },
  'order-dependence': {
    summary: 'Set up what the test needs in its own `beforeEach`; reproduce with `vitest --sequence.shuffle --sequence.seed=<seed>`.',
  },
  'timing-under-load': {
    summary: 'Await the condition (`vi.waitFor`, fake timers) instead of fixed sleeps; raise `testTimeout` for CI, or lower `--maxWorkers` when it fails only above the core count.',
    example: 'await vi.waitFor(() => expect(queue.size).toBe(0), { timeout: 5000 });',
  },
  'worker-crash': {
    summary: 'Close servers, timers and handles in `afterAll`; a native module that crashes threads is safer in `pool: "forks"`.',
    example: 'afterAll(() => new Promise((r) => server.close(r)));',
  },
  'shared-env-or-cwd': {
    summary: 'Stub environment variables with `vi.stubEnv` (undone by `vi.unstubAllEnvs()`); pass directories explicitly instead of `process.chdir()`.',
    example: "vi.stubEnv('APP_MODE', 'test');\nafterEach(() => vi.unstubAllEnvs());",
  },
  'resource-exhaustion': {
    summary: 'Close connections and servers in `afterEach`/`afterAll`; lower `--maxWorkers` on small machines.',
  },
  unknown: {
    summary: 'Run the file with its co-failing files to find what they share. Last resort: `describe.sequential` for the tests that share it, or a separate project for those files.',
    example: "describe.sequential('uses the shared server', () => { /* ... */ });",
  },
};

export const mochaFixes: Partial<Record<Cause, Fix>> = {
  'shared-database': {
    summary: 'Suffix database names or files with the Mocha worker id (`MOCHA_WORKER_ID`, set in `--parallel` workers), or use a database per test file.',
    example: "const dbName = `test_${process.env.MOCHA_WORKER_ID ?? '0'}`;",
  },
  'order-dependence': {
    summary: 'Set up what the test needs in its own `beforeEach`; reproduce by running its file alone and after the files its worker ran before it (`mocha a.test.js b.test.js`).',
  },
  'timing-under-load': {
    summary: 'Await the condition instead of fixed sleeps; raise the timeout for CI (`this.timeout(10000)` or `--timeout`), or lower `--jobs` when it fails only above the core count.',
  },
  'worker-crash': {
    summary: 'Close servers, timers and handles in `after` hooks; run the file alone without `--parallel` to read the crash.',
    example: 'after(() => new Promise((r) => server.close(r)));',
  },
  'resource-exhaustion': {
    summary: 'Close connections and servers in `afterEach`/`after`; lower `--jobs` on small machines.',
  },
  unknown: {
    summary: 'Run the file with its co-failing files (`mocha --parallel --jobs=2 a.test.js b.test.js`) to find what they share. Last resort: run those files in a separate Mocha run without `--parallel`.',
  },
};

export const nodeTestFixes: Partial<Record<Cause, Fix>> = {
  'shared-database': {
    summary: 'Give each test file its own database (node:test runs every file in its own process: a file under `fs.mkdtempSync`, or a name with `process.pid`).',
    example: 'const dbName = `test_${process.pid}`;',
  },
  'timing-under-load': {
    summary: 'Await the condition instead of fixed sleeps (`mock.timers` for timers); give slow tests a `{ timeout }`, or lower `--test-concurrency` when it fails only above the core count.',
  },
  'worker-crash': {
    summary: 'Close servers, timers and handles in `after` hooks; run the file alone (`node --test file`) to read its crash.',
    example: 'after(() => new Promise((r) => server.close(r)));',
  },
  'resource-exhaustion': {
    summary: 'Close connections and servers in `afterEach`/`after`; lower `--test-concurrency` on small machines.',
  },
  unknown: {
    summary: 'Run the file with its co-failing files (`node --test --test-concurrency=2 a.test.js b.test.js`) to find what they share. Last resort: run those files in a separate `--test-concurrency=1` run.',
  },
};
