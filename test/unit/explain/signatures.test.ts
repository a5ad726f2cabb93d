// Every signature against real-world error text (copied from the tools' actual output).
import { describe, expect, it } from 'vitest';
import { matchSignatures } from '../../../src/explain/match-signatures.js';
import { signatures } from '../../../src/explain/signatures/index.js';

const SAMPLES: ReadonlyArray<readonly [string, string]> = [
  // Python / pytest / xdist
  ['python.errno-addr-in-use', 'OSError: [Errno 98] Address already in use'],
  ['python.errno-addr-in-use', 'OSError: [Errno 48] Address already in use'],
  ['python.file-not-found', "FileNotFoundError: [Errno 2] No such file or directory: '/tmp/cache.json'"],
  ['python.file-exists', "FileExistsError: [Errno 17] File exists: '/tmp/flake-out'"],
  ['python.permission-error', "PermissionError: [Errno 13] Permission denied: '/tmp/shared/lock'"],
  ['python.device-busy', "IOError: [Errno 16] Device or resource busy: '/tmp/mnt'"],
  ['python.xdist-worker-crashed', "worker 'gw1' crashed while running 'tests/test_x.py::test_y'"],
  ['python.xdist-worker-crashed', '[gw0] node down: Not properly terminated'],
  ['python.xdist-worker-crashed', 'replacing crashed worker gw0'],
  ['python.dict-changed-size', 'RuntimeError: dictionary changed size during iteration'],
  ['python.sqlite-same-thread', 'sqlite3.ProgrammingError: SQLite objects created in a thread can only be used in that same thread. The object was created in thread id 140 and this is thread id 141.'],
  ['python.memory-error', 'E   MemoryError'],
  ['python.environ-key-error', '  File "/usr/lib/python3.11/os.py", line 679, in __getitem__\n    raise KeyError(key) from None\nKeyError: \'APP_MODE\''],
  ['python.getcwd', '    cwd = os.getcwd()\nFileNotFoundError: [Errno 2] No such file or directory'],
  ['python.pytest-timeout', '+++++++++++++++++++++++++++++++++++ Timeout +++++++++++++++++++++++++++++++++++'],
  ['python.pytest-timeout', 'Failed: Timeout >5.0s'],
  ['python.count-mismatch', 'AssertionError: assert 3 == 2\n +  where 3 = len([1, 2, 3])'],
  ['python.key-error', "KeyError: 'user-42'"],
  // Node / Jest / Vitest / Mocha
  ['javascript.eaddrinuse', 'Error: listen EADDRINUSE: address already in use 127.0.0.1:4010'],
  ['javascript.jest-child-exceptions', 'Jest worker encountered 4 child process exceptions, exceeding retry limit'],
  ['javascript.jest-force-exit', 'A worker process has failed to exit gracefully and has been force exited. This is likely caused by tests leaking due to improper teardown. Try running with --detectOpenHandles to find leaks.'],
  ['javascript.worker-exited', 'Error: Worker exited unexpectedly'],
  ['javascript.worker-exited', '[vitest-pool]: Worker forks emitted error.'],
  ['javascript.heap-oom', 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'],
  ['javascript.jest-timeout', 'thrown: "Exceeded timeout of 5000 ms for a test.'],
  ['javascript.jest-timeout', 'Error: Test timed out in 5000ms.'],
  ['javascript.jest-timeout', 'Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure "done()" is called'],
  ['javascript.uv-cwd', 'Error: ENOENT: no such file or directory, uv_cwd'],
  ['javascript.count-mismatch', 'expect(received).toHaveLength(expected)\n\nExpected length: 2\nReceived length: 3'],
  ['javascript.process-env', "  > 12 |     expect(process.env.API_URL).toBe('http://a');"],
  // Go
  ['go.bind-in-use', 'listen tcp 127.0.0.1:8080: bind: address already in use'],
  ['go.data-race', 'WARNING: DATA RACE\nWrite at 0x00c000124010 by goroutine 8:'],
  ['go.concurrent-map', 'fatal error: concurrent map writes'],
  ['go.concurrent-map', 'fatal error: concurrent map read and map write'],
  ['go.deadline-exceeded', 'Get "http://127.0.0.1:8080/health": context deadline exceeded'],
  ['go.deadline-exceeded', 'panic: test timed out after 10m0s'],
  ['go.fatal-signal', 'fatal error: unexpected signal during runtime execution\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x45b6c1]'],
  // JVM
  ['java.bind-exception', 'java.net.BindException: Address already in use'],
  ['java.concurrent-modification', 'java.util.ConcurrentModificationException\n\tat java.base/java.util.HashMap$HashIterator.nextNode(HashMap.java:1597)'],
  ['java.out-of-memory', 'java.lang.OutOfMemoryError: Java heap space'],
  ['java.fork-crashed', 'The forked VM terminated without properly saying goodbye. VM crash or System.exit called?'],
  ['java.file-race', 'java.nio.file.FileAlreadyExistsException: /tmp/report'],
  ['java.unique-violation', 'org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: Unique index or primary key violation: "PUBLIC.PRIMARY_KEY_4 ON PUBLIC.USERS(ID)"'],
  ['java.timeout', 'java.util.concurrent.TimeoutException: fetchesUser() timed out after 5 seconds'],
  // Rust
  ['rust.addr-in-use', 'called `Result::unwrap()` on an `Err` value: Os { code: 98, kind: AddrInUse, message: "Address already in use" }'],
  ['rust.not-found', 'Os { code: 2, kind: NotFound, message: "No such file or directory" }'],
  ['rust.already-exists', 'Os { code: 17, kind: AlreadyExists, message: "File exists" }'],
  ['rust.poisoned-lock', 'called `Result::unwrap()` on an `Err` value: PoisonError { .. }'],
  // Ruby
  ['ruby.sqlite-busy', 'SQLite3::BusyException: database is locked'],
  ['ruby.record-not-unique', 'ActiveRecord::RecordNotUnique: PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_users_on_email"'],
  ['ruby.connection-pool', 'ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds'],
  ['ruby.errno-file', 'Errno::ENOENT: No such file or directory @ rb_sysopen - /tmp/app.pid'],
  // .NET
  ['dotnet.socket-in-use', 'System.Net.Sockets.SocketException (10048): Only one usage of each socket address (protocol/network address/port) is normally permitted.'],
  ['dotnet.file-in-use', "System.IO.IOException: The process cannot access the file 'C:\\temp\\cache.json' because it is being used by another process."],
  ['dotnet.collection-modified', 'System.InvalidOperationException: Collection was modified; enumeration operation may not execute.'],
  ['dotnet.host-crashed', 'The active test run was aborted. Reason: Test host process crashed'],
  ['dotnet.out-of-memory', "System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown."],
  // Cross-language
  ['generic.sqlite-locked', 'sqlite3.OperationalError: database is locked'],
  ['generic.sqlite-locked', 'Error: SQLITE_BUSY: database is locked'],
  ['generic.unique-constraint', 'sqlite3.IntegrityError: UNIQUE constraint failed: users.email'],
  ['generic.sqlite-constraint', 'SqliteError: FOREIGN KEY constraint failed'],
  ['generic.pg-duplicate-key', 'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "users_pkey"'],
  ['generic.pg-duplicate-key', "ERROR 1062 (23000): Duplicate entry 'alice' for key 'users.name'"],
  ['generic.deadlock', 'psycopg2.errors.DeadlockDetected: deadlock detected'],
  ['generic.deadlock', 'Deadlock found when trying to get lock; try restarting transaction'],
  ['generic.db-in-use', 'django.db.utils.OperationalError: database "test_app" is being accessed by other users'],
  ['generic.already-exists', 'psycopg2.errors.DuplicateTable: relation "users" already exists'],
  ['generic.already-exists', 'sqlite3.OperationalError: table users already exists'],
  ['generic.duckdb-catalog', 'duckdb.duckdb.CatalogException: Catalog Error: Table with name events already exists!'],
  ['generic.duckdb-catalog-other', 'Catalog Error: Table with name events does not exist!'],
  ['generic.address-in-use', 'OSError: [Errno 98] Address already in use'],
  ['generic.connection-refused', 'Error: connect ECONNREFUSED 127.0.0.1:5432'],
  ['generic.connection-refused', "urllib3.exceptions.NewConnectionError: Failed to establish a new connection: [Errno 111] Connection refused"],
  ['generic.enoent', "Error: ENOENT: no such file or directory, open '/tmp/cache.json'"],
  ['generic.eexist', "Error: EEXIST: file already exists, mkdir '/tmp/out'"],
  ['generic.ebusy', "Error: EBUSY: resource busy or locked, rmdir '/tmp/out'"],
  ['generic.permission-denied', "Error: EACCES: permission denied, open '/tmp/shared/lock'"],
  ['generic.too-many-open-files', 'OSError: [Errno 24] Too many open files'],
  ['generic.too-many-open-files', "Error: EMFILE: too many open files, open '/app/src/index.js'"],
  ['generic.too-many-open-files', 'accept tcp [::]:8080: accept4: too many open files'],
  ['generic.too-many-connections', 'psycopg2.OperationalError: FATAL:  sorry, too many clients already'],
  ['generic.too-many-connections', 'ERROR 1040 (HY000): Too many connections'],
  ['generic.out-of-memory', 'OSError: [Errno 12] Cannot allocate memory'],
  ['generic.out-of-memory', 'Error: spawn ENOMEM'],
  ['generic.segfault', 'Fatal Python error: Segmentation fault'],
  ['generic.segfault', 'Command terminated by signal SIGSEGV'],
  ['generic.thread-sanitizer', 'WARNING: ThreadSanitizer: data race (pid=9412)'],
  ['generic.chdir', "    os.chdir(self.workdir)\nFileNotFoundError: [Errno 2] No such file or directory: 'build'"],
  ['generic.over-time-budget', 'AssertionError: checksum_block took 560 ms, over its budget of 202 ms (1.6x the 126 ms measured at the start of this test)'],
  ['generic.over-time-budget', '    bench_test.go:42: render took 1.3s, want < 500ms'],
  ['generic.over-time-budget', 'AssertionError: request exceeded the time limit'],
  ['generic.over-time-budget', 'Error: query too slow: 812ms'],
  ['generic.proxy', "requests.exceptions.ProxyError: HTTPSConnectionPool(host='example.org', port=443): Max retries exceeded"],
  ['generic.proxy', 'Get "https://example.org/": proxyconnect tcp: dial tcp 127.0.0.1:3128: connect: connection refused'],
  ['generic.enotempty', "Error: ENOTEMPTY: directory not empty, rmdir '/repo/test/output'"],
  ['generic.enotempty', "OSError: [Errno 39] Directory not empty: 'build/cache'"],
  ['generic.truncated-file', 'json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)'],
  ['generic.truncated-file', 'SyntaxError: Unexpected end of JSON input'],
  ['generic.truncated-file', 'EOFError: Ran out of input'],
  ['generic.db-concurrent-update', 'psycopg2.errors.SerializationFailure: could not serialize access due to concurrent update'],
  ['generic.db-concurrent-update', 'MongoServerError: E11000 duplicate key error collection: test.users index: email_1 dup key: { email: "a@b.c" }'],
  ['generic.table-missing', 'sqlite3.OperationalError: no such table: users'],
  ['generic.table-missing', 'psycopg2.errors.UndefinedTable: relation "orders" does not exist'],
  ['generic.port-in-use', 'Error: Port 3000 is already in use'],
  ['generic.port-in-use', 'Bind for 0.0.0.0:5432 failed: port is already allocated'],
  ['generic.connection-reset', 'Error: socket hang up'],
  ['generic.connection-reset', 'ConnectionResetError: [Errno 104] Connection reset by peer'],
  ['generic.cwd-gone', 'error executing git clone: exit status 128, fatal: Unable to read current working directory: No such file or directory'],
  ['generic.cwd-gone', 'shell-init: error retrieving current directory: getcwd: cannot access parent directories: No such file or directory'],
  ['generic.program-not-found', 'java.io.IOException: Cannot run program "locale": error=2, No such file or directory'],
  ['generic.program-not-found', 'exec: "git": executable file not found in $PATH'],
  ['generic.program-not-found', 'Error: spawn git ENOENT'],
  ['generic.measured-duration-compared', 'E       assert 0.2451878179999767 < 0.2\nE        +  where 0.2451878179999767 = max(<genexpr>)'],
  ['generic.measured-duration-compared', 'AssertionError: 1.0213389 not less than 1.0'],
  ['generic.duration-bound', '\tError:      \t"612.345ms" is not less than "500ms"'],
  ['generic.duration-bound', '\tError:      \tMax difference between 2026-01-02 10:00:00 +0000 UTC and 2026-01-02 10:00:00.15 +0000 UTC allowed is 100ms, but difference was -150ms'],
  ['generic.duration-bound', 'org.opentest4j.AssertionFailedError: execution exceeded timeout of 100 ms by 23 ms'],
  ['generic.elapsed-expectation', '    > 41 |     expect(elapsed).toBeLessThan(100);'],
  ['generic.elapsed-expectation', '    > 12 |     expect(Date.now() - start).toBeLessThanOrEqual(250);'],
  ['generic.took-too-long', 'AssertionError: flush took too long'],
  ['generic.durations-in-message', 'AssertionError [ERR_ASSERTION]: the delay must grow: first gap 110ms, last gap 92ms'],
  ['generic.still-alive-after-stop', 'cp_ssh_unix_test.go:33: probe descendant 4242 survived cancellation: <nil>'],
  ['generic.still-alive-after-stop', 'AssertionError: worker process still alive after terminate()'],
  ['generic.wait-gave-up', 'Timed out after 1.001s.\nExpected\n    <bool>: false\nto be true'],
  ['generic.wait-gave-up', '\tError:      \tCondition never satisfied'],
  ['generic.wait-gave-up', 'org.awaitility.core.ConditionTimeoutException: Condition with lambda expression in JobTest was not fulfilled within 100 milliseconds.'],
  ['generic.wait-gave-up', 'TimeoutError: locator.click: Timeout 5000ms exceeded.'],
  ['generic.wait-gave-up', 'rpc error: code = DeadlineExceeded desc = context deadline exceeded'],
  ['generic.wait-gave-up', 'java.net.SocketTimeoutException: Read timed out'],
  ['generic.wait-gave-up', 'Error: timeout waiting for the server to start'],
  ['generic.timeout', 'TimeoutError: timed out'],
  ['generic.timeout', 'Timeout - Async callback was not invoked within the 5000 ms timeout specified by jest.setTimeout.'],
];

function matchedIds(text: string): string[] {
  return matchSignatures([{ runId: 'r', text, origin: 'case' }]).map((m) => m.signature.id);
}

describe('signature catalogue', () => {
  it.each(SAMPLES)('%s matches %j', (id, text) => {
    expect(matchedIds(text)).toContain(id);
  });

  it('has a real sample for every signature', () => {
    const sampled = new Set(SAMPLES.map(([id]) => id));
    expect(signatures.map((s) => s.id).filter((id) => !sampled.has(id))).toEqual([]);
  });

  it('has unique, ecosystem-prefixed ids, weights in 0..1 and a note', () => {
    expect(new Set(signatures.map((s) => s.id)).size).toBe(signatures.length);
    for (const s of signatures) {
      expect(s.id.startsWith(`${s.ecosystem}.`)).toBe(true);
      expect(s.weight).toBeGreaterThan(0);
      expect(s.weight).toBeLessThanOrEqual(1);
      expect(s.note.length).toBeGreaterThan(10);
      expect(s.cause).not.toBe('unknown');
    }
  });

  it('marks the texts with innocent explanations ambiguous', () => {
    const ambiguous = signatures.filter((s) => s.ambiguous === true).map((s) => s.id);
    expect(ambiguous).toEqual(expect.arrayContaining(['generic.timeout', 'generic.wait-gave-up', 'generic.table-missing', 'generic.connection-reset', 'javascript.jest-timeout', 'go.deadline-exceeded', 'generic.connection-refused', 'python.count-mismatch']));
  });

  it('reads a measured duration only where one was measured', () => {
    // Counts, ratios and scores compared in an assertion are not durations.
    for (const text of ['assert 3 < 2', 'assert 0.5 < 0.9', 'AssertionError: 2 not less than 1', 'expect(received).toBeLessThan(expected)\n\nExpected: < 3\nReceived:   4', 'expected 3 retries, got 5']) {
      expect(matchedIds(text).filter((id) => id.startsWith('generic.measured') || id.startsWith('generic.duration') || id.startsWith('generic.durations') || id.startsWith('generic.elapsed'))).toEqual([]);
    }
  });

  it('trusts a file that vanished or appeared on its own (a possible cause), but not a program that could not start', () => {
    const firm = signatures.filter((s) => s.ambiguous !== true).map((s) => s.id);
    expect(firm).toEqual(expect.arrayContaining(['generic.enoent', 'generic.eexist', 'python.file-not-found', 'python.file-exists', 'java.file-race', 'rust.not-found', 'ruby.errno-file']));
    const enoent = signatures.find((s) => s.id === 'generic.enoent');
    expect(enoent?.pattern.test('Error: spawn gotestsum ENOENT')).toBe(false);
    expect(enoent?.pattern.test("ENOENT: no such file or directory, open '/tmp/x/cache.json'")).toBe(true);
    expect(enoent?.pattern.test('java.io.IOException: Cannot run program "id": error=2, No such file or directory')).toBe(false);
    expect(enoent?.pattern.test('fatal: Unable to read current working directory: No such file or directory')).toBe(false);
  });

  it.each([
    "AssertionError: assert 'alice' == 'bob'",
    'TypeError: Cannot read properties of undefined (reading "id")',
    'expected 200 but got 500',
    'ValueError: invalid literal for int() with base 10',
    'panic: runtime error: index out of range [3] with length 3',
    'AssertionError: the import took 3 retries',
    'expected limit 10 but took 12 items',
  ])('does not match ordinary failure %j', (text) => {
    expect(matchedIds(text)).toEqual([]);
  });

  it('reads the shared run output only for crashes', () => {
    const output = 'sqlite3.OperationalError: database is locked\nFatal Python error: Segmentation fault';
    const ids = matchSignatures([{ runId: 'r', text: output, origin: 'output' }]).map((m) => m.signature.id);
    expect(ids).toEqual(['generic.segfault']);
  });

  it('counts repeated matches and keeps the matching line as the excerpt', () => {
    const texts = [1, 2, 3].map((n) => ({ runId: `r${n}`, text: `Traceback...\n  cursor.execute(q)\nsqlite3.OperationalError: database is locked\n`, origin: 'case' as const }));
    const [m] = matchSignatures(texts);
    expect(m?.count).toBe(3);
    expect(m?.excerpt).toBe('sqlite3.OperationalError: database is locked');
  });

  it('stays fast on a large adversarial text', () => {
    const text = `${'a'.repeat(8000)}${'1'.repeat(4000)}${'+'.repeat(4000)}`;
    expect(matchSignatures([{ runId: 'r', text, origin: 'case' }])).toEqual([]);
  });
});
