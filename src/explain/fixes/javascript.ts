// JavaScript fixes that hold whatever the runner; the runner-specific ones (worker id variables,
// env stubs, shuffling, timeouts) are in js-runners.ts, chosen by the project's framework.
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
    summary: 'Give each test file its own database: a file under a `fs.mkdtempSync` directory, or a name suffixed with a unique id; never one fixed file or name for every worker.',
    example: "const dbFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'db-')), 'test.sqlite');",
  },
  'port-conflict': {
    summary: 'Listen on port 0 and read the assigned port back.',
    example: [
      "await new Promise((r) => server.listen(0, '127.0.0.1', r));",
      'const { port } = server.address();',
    ].join('\n'),
  },
  'shared-global-state': {
    summary: 'Do not mutate top-level `let`/objects from tests; create state in `beforeEach`.',
    example: ['let cache;', 'beforeEach(() => {', '  cache = new Map();', '});'].join('\n'),
  },
  'order-dependence': {
    summary: 'Set up what the test needs in its own `beforeEach`; reproduce by running its file alone and after the files its worker ran before it.',
  },
  'timing-under-load': {
    summary: 'Await the condition instead of fixed sleeps, and size timeouts for a loaded CI machine; if it fails only above the core count, run fewer workers.',
  },
  'worker-crash': {
    summary: 'Close servers, timers and handles after the tests that open them; read the crash output of the worker that died.',
    example: 'after(() => new Promise((r) => server.close(r)));',
  },
  'shared-env-or-cwd': {
    summary: '`process.env` and `process.chdir()` are process-wide: save and restore `process.env` around the test, and pass directories explicitly instead of changing the working directory.',
    example: ['const saved = { ...process.env };', "afterEach(() => { process.env = { ...saved }; });"].join('\n'),
  },
  'resource-exhaustion': {
    summary: 'Close connections and servers after each test; run fewer workers on small machines.',
  },
  unknown: {
    summary: 'Run the file with its co-failing files to find what they share; serialise only those as a last resort.',
  },
};
