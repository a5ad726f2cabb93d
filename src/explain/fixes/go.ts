// go test fixes.
import type { Cause, Fix } from '../../model.js';

export const goFixes: Partial<Record<Cause, Fix>> = {
  'shared-file-path': {
    summary: 'Use `t.TempDir()`: unique per test and removed automatically.',
    example: 'dir := t.TempDir()\npath := filepath.Join(dir, "cache.json")',
  },
  'shared-database': {
    summary: 'Give each test (or package) its own database: a file under `t.TempDir()` or a name derived from `t.Name()`.',
    example: 'db, err := sql.Open("sqlite3", filepath.Join(t.TempDir(), "test.db"))',
  },
  'port-conflict': {
    summary: 'Listen on port 0 (or use `httptest.NewServer`) and use the address it returns.',
    example: 'ln, err := net.Listen("tcp", "127.0.0.1:0")\naddr := ln.Addr().String()',
  },
  'shared-global-state': {
    summary: 'Do not call `t.Parallel()` in tests that touch package-level variables; better, pass state explicitly or guard it with a `sync.Mutex`. Run with `-race`.',
    example: 'var mu sync.Mutex\n\nmu.Lock()\ncounter++\nmu.Unlock()',
  },
  'order-dependence': {
    summary: 'Make each test set up its own state; reproduce with `go test -shuffle=on`.',
  },
  'timing-under-load': {
    summary: 'Derive deadlines from `t.Deadline()` or generous contexts, and poll for conditions instead of `time.Sleep`.',
    example: 'ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)\ndefer cancel()',
  },
  'worker-crash': {
    summary: 'Read the panic or fatal error in the test output; run the package alone with `-p 1 -race`.',
  },
  'shared-env-or-cwd': {
    summary: 'Use `t.Setenv` (and `t.Chdir` on Go 1.24+): they restore the value and refuse to run in parallel tests.',
    example: 't.Setenv("APP_MODE", "test")',
  },
  'resource-exhaustion': {
    summary: 'Close bodies, listeners and DBs with `t.Cleanup`; lower `-parallel` / `-p` on small machines.',
    example: 't.Cleanup(func() { srv.Close() })',
  },
  unknown: {
    summary: 'Run with `-race -count=20 -run` for the test and its co-failing tests; drop `t.Parallel()` from tests that share state only as a last resort.',
  },
};
