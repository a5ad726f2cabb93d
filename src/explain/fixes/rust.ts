// cargo test fixes.
import type { Cause, Fix } from '../../model.js';

export const rustFixes: Partial<Record<Cause, Fix>> = {
  'shared-file-path': {
    summary: 'Create a per-test directory with `tempfile::tempdir()` (removed on drop).',
    example: 'let dir = tempfile::tempdir()?;\nlet path = dir.path().join("cache.json");',
  },
  'port-conflict': {
    summary: 'Bind `127.0.0.1:0` and read `local_addr()`.',
    example: 'let listener = TcpListener::bind("127.0.0.1:0")?;\nlet port = listener.local_addr()?.port();',
  },
  'shared-global-state': {
    summary: 'Avoid mutable statics; if tests must share one, mark them `#[serial]` with the `serial_test` crate.',
    example: 'use serial_test::serial;\n\n#[test]\n#[serial]\nfn uses_global_registry() { /* ... */ }',
  },
  'shared-env-or-cwd': {
    summary: '`std::env::set_var` and `set_current_dir` are process-wide: pass values explicitly, or mark the tests `#[serial]`.',
  },
  unknown: {
    summary: 'Run with `--test-threads=1` to confirm; then isolate what the co-failing tests share. Last resort: `serial_test`.',
  },
};
