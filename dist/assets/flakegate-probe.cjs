'use strict';
// flakegate's runtime resource probe for Node (docs/architecture.md, "Runtime resource probe").
//
// flakegate puts `--require <this file>` into NODE_OPTIONS of a JS project's test command, so it
// loads first in every process and worker thread of the run (Jest and Mocha workers, Vitest
// forks and threads, node:test's subprocess per file). While the tests run it records which port
// a process bound or connected to, which data file it read, wrote or removed, which directory it
// created or changed to, and which SQLite database it opened, each with the project files on the stack at
// that moment, so the explain stage can see two workers use one resource in one run.
//
// Rules (the pinned record format in the team brief): without FLAKEGATE_PROBE_DIR it does nothing;
// every wrapper calls the original with the same `this` and arguments and returns its result or
// throws its very error; probe code never throws into the test (each step is guarded); records
// are appended synchronously through the probe's own fd, one file per process or thread, at most
// MAX_LINES lines, identical records once. Environment assignments are not recorded: intercepting
// them needs process.env replaced by a Proxy, which code can observe (identity, util.types).
// Set-up failures (a cwd that no longer exists, a frozen module) leave the process unprobed, never broken.
try {
  setUp();
} catch {
  // nothing to undo: each wrapper is installed whole or not at all
}

function setUp() {
  const probeDir = process.env.FLAKEGATE_PROBE_DIR;
  if (typeof probeDir !== 'string' || probeDir === '') return;
  const path = require('node:path');
  if (!path.isAbsolute(probeDir)) return;
  const MARK = Symbol.for('flakegate.probe');
  if (globalThis[MARK] === true) return;
  globalThis[MARK] = true;

  const fs = require('node:fs');
  const net = require('node:net');
  const { fileURLToPath } = require('node:url');
  const { isMainThread, threadId } = require('node:worker_threads');

  const MAX_LINES = 5000;
  const MAX_FILES = 8;
  const MAX_STRING = 1024;
  const STACK_FRAMES = 24;
  const openSync = fs.openSync;
  const writeSync = fs.writeSync;
  const { O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_TRUNC } = fs.constants;
  const WRITING_BITS = O_WRONLY | O_RDWR | O_APPEND | O_CREAT | O_TRUNC;
  const SELF = __filename;
  const ROOT = withSeparator(path.resolve(process.env.FLAKEGATE_PROBE_PROJECT || process.cwd()));
  const NODE_MODULES = `${path.sep}node_modules${path.sep}`;
  const OUT_FILE = path.join(probeDir, isMainThread ? `js-${process.pid}.jsonl` : `js-${process.pid}-${threadId}.jsonl`);

  let fd = -1;
  let lines = 0;
  let broken = false;
  let busy = false;
  const seen = new Set();

  function withSeparator(dir) {
    return dir.endsWith(path.sep) ? dir : dir + path.sep;
  }

  function workerLabel() {
    const env = process.env;
    return env.JEST_WORKER_ID || env.VITEST_POOL_ID || env.VITEST_WORKER_ID || env.MOCHA_WORKER_ID || undefined;
  }

  /** The project's files on the stack now, innermost first: none under node_modules, not this file. */
  function projectFiles() {
    const limit = Error.stackTraceLimit;
    const prepare = Error.prepareStackTrace;
    let sites = [];
    try {
      Error.stackTraceLimit = STACK_FRAMES;
      Error.prepareStackTrace = (_error, callSites) => callSites;
      const holder = {};
      Error.captureStackTrace(holder, projectFiles);
      sites = holder.stack;
    } finally {
      Error.stackTraceLimit = limit;
      Error.prepareStackTrace = prepare;
    }
    const files = [];
    if (!Array.isArray(sites)) return files;
    for (const site of sites) {
      let name = site.getFileName();
      if (typeof name !== 'string') continue;
      if (name.startsWith('file://')) name = fileURLToPath(name);
      if (!name.startsWith(ROOT) || name.includes(NODE_MODULES) || name === SELF || name.length > MAX_STRING) continue;
      if (!files.includes(name)) files.push(name);
      if (files.length === MAX_FILES) break;
    }
    return files;
  }

  /** A pending record: what and by whom, taken at call time; null when nothing is recorded. */
  function observe(kind, res) {
    if (busy || broken || lines >= MAX_LINES || typeof res !== 'string' || res.length > MAX_STRING) return null;
    busy = true;
    try {
      const files = projectFiles();
      return files.length === 0 ? null : { kind, res, files };
    } catch {
      return null;
    } finally {
      busy = false;
    }
  }

  function record(pending, error) {
    if (pending === null || broken || lines >= MAX_LINES) return;
    busy = true;
    try {
      const worker = workerLabel();
      const code = error !== null && typeof error === 'object' && typeof error.code === 'string' ? error.code.slice(0, 64) : undefined;
      const key = JSON.stringify([worker, pending.files, pending.kind, pending.res, code]);
      if (seen.has(key)) return;
      seen.add(key);
      const line = { v: 1, ts: Date.now(), pid: process.pid };
      if (worker !== undefined) line.worker = String(worker).slice(0, 64);
      line.files = pending.files;
      line.kind = pending.kind;
      line.res = pending.res;
      if (code !== undefined) line.err = code;
      if (fd < 0) fd = openSync(OUT_FILE, 'a', 0o644);
      writeSync(fd, `${JSON.stringify(line)}\n`);
      lines += 1;
    } catch {
      broken = true;
    } finally {
      busy = false;
    }
  }

  function guarded(step) {
    try {
      return step();
    } catch {
      return null;
    }
  }

  /** An absolute, normalised path for a path argument (string, Buffer, file URL); null for an fd or handle. */
  function absolutePath(value) {
    let text = null;
    if (typeof value === 'string') text = value;
    else if (Buffer.isBuffer(value)) text = value.toString();
    else if (value instanceof URL && value.protocol === 'file:') text = fileURLToPath(value);
    if (text === null || text === '' || text.includes('\0')) return null;
    return path.resolve(text);
  }

  function isWritingFlag(flags) {
    if (typeof flags === 'string') return /[wa+]/.test(flags);
    if (typeof flags === 'number') return (flags & WRITING_BITS) !== 0;
    return false;
  }

  /** Replaces `owner[name]` with `make(original)`, keeping the original's name and length. */
  function wrap(owner, name, make) {
    const original = owner[name];
    if (typeof original !== 'function') return;
    const wrapper = make(original);
    Object.defineProperty(wrapper, 'name', { value: original.name, configurable: true });
    Object.defineProperty(wrapper, 'length', { value: original.length, configurable: true });
    guarded(() => {
      owner[name] = wrapper;
    });
  }

  // Module and source files are read by every loader; a read is recorded for data files only, and
  // decided before the stack is taken, so loading code costs one string test.
  const CODE_FILE = /\.(?:[cm]?[jt]sx?|map|node|wasm|d\.ts)$/i;
  // Installed code and Jest's cache directory (<tmpdir>/jest_<uid>: a transform cache entry per
  // module and worker on a cold cache) are nobody's resource; dropping them here keeps the line
  // budget for the test's own files. The explain stage ignores the same and more.
  const TOOL_PATH = /[\\/](?:node_modules|jest_[0-9a-z]+)[\\/]/;
  function ownPath(value) {
    const file = absolutePath(value);
    return file === null || TOOL_PATH.test(file) ? null : file;
  }
  function dataPath(value) {
    const file = ownPath(value);
    return file === null || CODE_FILE.test(file) ? null : file;
  }

  // Which resource a call touches (null: not recorded), per kind of fs call.
  const FIRST_PATH = (args) => ownPath(args[0]);
  const OPENED_FOR_WRITING = (args) => (isWritingFlag(args[1]) ? ownPath(args[0]) : null);
  const OPENED_FOR_READING = (args) => (isWritingFlag(args[1]) ? null : dataPath(args[0]));
  const READ_PATH = (args) => dataPath(args[0]);
  // rename and copyFile write their destination: the fixed path of a write-then-rename.
  const SECOND_PATH = (args) => ownPath(args[1]);

  function wrapSync(owner, name, kind, target) {
    wrap(owner, name, (original) => function () {
      const pending = observe(kind, guarded(() => target(arguments)));
      if (pending === null) return Reflect.apply(original, this, arguments);
      let result;
      try {
        result = Reflect.apply(original, this, arguments);
      } catch (error) {
        record(pending, error);
        throw error;
      }
      record(pending, null);
      return result;
    });
  }

  function wrapCallback(owner, name, kind, target) {
    wrap(owner, name, (original) => function () {
      const at = lastFunction(arguments);
      const pending = at < 0 ? null : observe(kind, guarded(() => target(arguments)));
      if (pending === null) return Reflect.apply(original, this, arguments);
      const args = Array.prototype.slice.call(arguments);
      const callback = args[at];
      args[at] = function (error) {
        record(pending, error === undefined ? null : error);
        return Reflect.apply(callback, this, arguments);
      };
      return Reflect.apply(original, this, args);
    });
  }

  // A promise's rejection is not recorded: a handler on it would mark it handled and silence an
  // unhandled rejection the test should see.
  function wrapPromise(owner, name, kind, target) {
    wrap(owner, name, (original) => function () {
      record(observe(kind, guarded(() => target(arguments))), null);
      return Reflect.apply(original, this, arguments);
    });
  }

  // A read whose failure is not seen here (a promise, a stream): whether the file was there when the
  // call was made is what a reader waiting for another test's output runs into.
  const existsSync = fs.existsSync;
  function wrapMissing(owner, name, target) {
    wrap(owner, name, (original) => function () {
      const pending = observe('read', guarded(() => target(arguments)));
      if (pending !== null) record(pending, guarded(() => (existsSync(pending.res) ? null : { code: 'ENOENT' })));
      return Reflect.apply(original, this, arguments);
    });
  }

  function lastFunction(args) {
    for (let i = args.length - 1; i >= 0; i -= 1) if (typeof args[i] === 'function') return i;
    return -1;
  }

  const FS_CALLS = [
    ['writeFile', 'write', FIRST_PATH],
    ['appendFile', 'write', FIRST_PATH],
    ['open', 'write', OPENED_FOR_WRITING],
    ['rename', 'write', SECOND_PATH],
    ['copyFile', 'write', SECOND_PATH],
    ['rm', 'remove', FIRST_PATH],
    ['unlink', 'remove', FIRST_PATH],
    ['rmdir', 'remove', FIRST_PATH],
    ['mkdir', 'mkdir', FIRST_PATH],
  ];
  // Reads are wrapped first: `open` for reading is a second wrapper around the writing one.
  const READ_CALLS = [
    ['readFile', READ_PATH],
    ['open', OPENED_FOR_READING],
  ];
  for (const [name, target] of READ_CALLS) {
    wrapCallback(fs, name, 'read', target);
    wrapSync(fs, `${name}Sync`, 'read', target);
    wrapMissing(fs.promises, name, target);
  }
  for (const [name, kind, target] of FS_CALLS) {
    wrapCallback(fs, name, kind, target);
    wrapSync(fs, `${name}Sync`, kind, target);
    wrapPromise(fs.promises, name, kind, target);
  }
  // The stream opens the file later, on its own; the call is what the test made.
  wrapSync(fs, 'createWriteStream', 'write', FIRST_PATH);
  wrapMissing(fs, 'createReadStream', READ_PATH);
  wrapSync(process, 'chdir', 'chdir', FIRST_PATH);

  // --- ports: a server's bind is recorded when it is known, from its 'listening' or 'error' event.
  const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|::1|0:0:0:0:0:0:0:1|\[::1\])$/i;
  const pendingListens = new WeakMap();

  /** `{port, host}` of a listen or connect call (Node passes its normalised arguments as an array). */
  function portAndHost(args) {
    let first = args[0];
    if (Array.isArray(first)) first = first[0];
    let port;
    let host;
    if (first !== null && typeof first === 'object') {
      if (first.path !== undefined) return null;
      port = first.port;
      host = first.host;
    } else {
      port = first;
      host = typeof args[1] === 'string' ? args[1] : undefined;
    }
    if (typeof port === 'string' && /^\d{1,5}$/.test(port)) port = Number(port);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) return null;
    return { port, host: typeof host === 'string' && host !== '' ? host : undefined };
  }

  wrap(net.Server.prototype, 'listen', (original) => function () {
    const target = guarded(() => portAndHost(arguments));
    // No host: Node binds every interface, '::' where IPv6 is available.
    const pending = target === null ? null : observe('listen', `${target.host ?? '::'}:${target.port}`);
    if (pending !== null) guarded(() => pendingListens.set(this, pending));
    return Reflect.apply(original, this, arguments);
  });
  const ownEmit = Object.hasOwn(net.Server.prototype, 'emit') ? net.Server.prototype.emit : null;
  net.Server.prototype.emit = function emit(event, error) {
    if (event === 'listening' || event === 'error') {
      const pending = guarded(() => pendingListens.get(this));
      if (pending !== null && pending !== undefined) {
        pendingListens.delete(this);
        record(pending, event === 'error' ? error : null);
      }
    }
    const inherited = ownEmit ?? Object.getPrototypeOf(net.Server.prototype).emit;
    return Reflect.apply(inherited, this, arguments);
  };

  wrap(net.Socket.prototype, 'connect', (original) => function () {
    const target = guarded(() => portAndHost(arguments));
    const host = target === null ? undefined : (target.host ?? 'localhost');
    if (target !== null && LOOPBACK.test(host)) record(observe('connect', `${host}:${target.port}`), null);
    return Reflect.apply(original, this, arguments);
  });

  // --- SQLite: node:sqlite's DatabaseSync, opened by path. Only from Node 24, where loading the
  // module is silent: Node 22 and 23 print an ExperimentalWarning when it loads, which would change
  // the test's output. npm drivers are not patched.
  guarded(() => {
    if (Number(process.versions.node.split('.')[0]) < 24) return;
    const sqlite = require('node:sqlite');
    const Original = sqlite.DatabaseSync;
    if (typeof Original !== 'function') return;
    const Probed = new Proxy(Original, {
      construct(target, args, newTarget) {
        const file = guarded(() => (args[0] === ':memory:' ? null : absolutePath(args[0])));
        const pending = observe('sqlite', file);
        try {
          const db = Reflect.construct(target, args, newTarget === Probed ? target : newTarget);
          record(pending, null);
          return db;
        } catch (error) {
          record(pending, error);
          throw error;
        }
      },
    });
    sqlite.DatabaseSync = Probed;
  });

  // ESM named imports (`import { writeFileSync } from 'node:fs'`) are bound to copies made at
  // load time; this updates them to the wrappers.
  guarded(() => require('node:module').syncBuiltinESMExports());
}
