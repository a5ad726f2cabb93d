"""flakegate's resource probe for pytest: which ports, files, SQLite databases, working directory
and environment variables each test touches (docs/resource-probe.md has the record format).

Imported by flakegate_pytest. It does nothing unless FLAKEGATE_PROBE_DIR names an absolute
directory (the run stage creates an empty one per run). Then it wraps a few standard functions so
that, while a test item runs (its setup, call and teardown, as the plugin says through
``enter``/``leave``), each use is appended as one JSON line to ``<dir>/py-<pid>.jsonl``:

    socket.socket.bind        kind listen   (non-zero port; EADDRINUSE and other failures too)
    socket.socket.listen      kind listen   (only when it fails: the second of two SO_REUSEADDR binds)
    socket.socket.connect(_ex) kind connect (loopback hosts only)
    open / io.open            kind write    (modes with w, a, x or +)
                              kind read     (other modes; data files only: not code, not installed packages)
    os.remove / os.unlink / shutil.rmtree   kind remove
    os.mkdir / os.makedirs    kind mkdir
    sqlite3.connect           kind sqlite   (by path; never :memory:)
    os.chdir                  kind chdir
    os.environ[name] = ...    kind setenv   (the name only, never the value)

A wrapper always calls the original with the same arguments, returns what it returned and lets
what it raised propagate unchanged; recording runs inside ``try/except Exception`` so the probe
never raises into the test. Identical records are written once per process, at most MAX_LINES.
Calls made inside another wrapped call (the unlinks of an rmtree, the mkdirs of a makedirs, the
probe's own writes) are not recorded again.
"""

import builtins
import errno as _errno
import functools
import io
import json
import os
import shutil
import socket
import sys
import threading
import time

PROBE_DIR_ENV = "FLAKEGATE_PROBE_DIR"
MAX_LINES = 5000
MAX_TEXT = 1024
_LOOPBACK_NAMES = ("localhost", "::1", "0.0.0.0", "::", "")
_NOT_FAILURES = ("EINPROGRESS", "EALREADY", "EAGAIN", "EWOULDBLOCK", "EISCONN")
_WRITE_MODE_CHARS = ("w", "a", "x", "+")
# Reads of code and of installed packages are every import's business, not a test's resource.
_CODE_SUFFIXES = (".py", ".pyc", ".pyi", ".pyd", ".so", ".pth")
_INSTALLED = (os.sep + "site-packages" + os.sep, os.sep + "dist-packages" + os.sep, os.sep + "__pycache__" + os.sep)

_dir = None
_current = None
_worker = None
_lock = threading.Lock()
_local = threading.local()
_seen = set()
_written = {"lines": 0, "pid": None, "fd": None, "failures": 0}


def enter(nodeid):
    """A test item starts (before its setup): later records are attributed to it."""
    global _current
    _current = nodeid if isinstance(nodeid, str) else None


def leave():
    """The item's teardown ended."""
    global _current
    _current = None


def _quiet():
    return getattr(_local, "depth", 0) > 0


class _Nested(object):
    """Within a wrapped call, the calls it makes are its own business, not new records."""

    def __enter__(self):
        _local.depth = getattr(_local, "depth", 0) + 1

    def __exit__(self, *exc):
        _local.depth = getattr(_local, "depth", 1) - 1
        return False


def _errno_code(exc):
    code = getattr(exc, "errno", None)
    if not isinstance(code, int):
        return None
    return _errno.errorcode.get(code)


def _emit(kind, res, err=None):
    test = _current
    if _dir is None or test is None or not isinstance(res, str):
        return
    if len(res) > MAX_TEXT or len(test) > MAX_TEXT or res == "":
        return
    if err in _NOT_FAILURES:
        err = None
    with _lock:
        pid = os.getpid()
        if _written["pid"] != pid:
            # A forked child writes its own file and remembers nothing of its parent's.
            _seen.clear()
            _written.update(lines=0, pid=pid, fd=None, failures=0)
        key = (test, kind, res, err)
        if key in _seen or _written["lines"] >= MAX_LINES or _written["failures"] >= 3:
            return
        record = {"v": 1, "ts": int(time.time() * 1000), "pid": pid, "worker": _worker, "test": test, "kind": kind, "res": res}
        if err is not None:
            record["err"] = err
        line = (json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")
        try:
            if _written["fd"] is None:
                path = os.path.join(_dir, "py-%d.jsonl" % pid)
                _written["fd"] = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            os.write(_written["fd"], line)
        except OSError:
            _written["failures"] += 1
            _written["fd"] = None
            return
        _seen.add(key)
        _written["lines"] += 1


def _record(kind, res, err=None):
    if _current is None or _quiet():
        return
    try:
        with _Nested():
            _emit(kind, res, err)
    except Exception:  # noqa: BLE001 - the probe never fails the user's test
        pass


def _path(value):
    """An absolute normalised path, or None (a file descriptor, an unknown type)."""
    try:
        if isinstance(value, int):
            return None
        text = os.fsdecode(os.fspath(value))
        return os.path.abspath(text)
    except Exception:  # noqa: BLE001
        return None


def _inet(sock, address):
    """(host, port) of an AF_INET/AF_INET6 address with a non-zero port, else None."""
    try:
        if sock.family not in (socket.AF_INET, getattr(socket, "AF_INET6", -1)):
            return None
        if not isinstance(address, tuple) or len(address) < 2:
            return None
        host, port = address[0], address[1]
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        if not isinstance(host, str) or not isinstance(port, int) or port <= 0 or port > 65535:
            return None
        return (host, port)
    except Exception:  # noqa: BLE001
        return None


def _endpoint(host, port):
    return "%s:%d" % (host or "0.0.0.0", port)


def _is_loopback(host):
    return host in _LOOPBACK_NAMES or host.startswith("127.") or host.startswith("::ffff:127.")


def _wrap_call(original, describe):
    """original(*a, **k) with `describe(args, kwargs)` -> (kind, res) recorded, failures with errno."""

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        if _current is None or _quiet():
            return original(*args, **kwargs)
        what = None
        try:
            what = describe(args, kwargs)
        except Exception:  # noqa: BLE001
            what = None
        try:
            with _Nested():
                result = original(*args, **kwargs)
        except OSError as exc:
            if what is not None:
                _record(what[0], what[1], _errno_code(exc))
            raise
        if what is not None:
            _record(what[0], what[1])
        return result

    return wrapper


def _describe_bind(args, kwargs):
    if len(args) < 2:
        return None
    inet = _inet(args[0], args[1])
    return None if inet is None else ("listen", _endpoint(*inet))


def _wrap_listen(original):
    """Two sockets with SO_REUSEADDR (http.server, socketserver) can both bind a port before either
    listens; then the second ``listen`` is what fails with EADDRINUSE, and that is the collision."""

    @functools.wraps(original)
    def listen(self, *args):
        try:
            return original(self, *args)
        except OSError as exc:
            if _current is not None and not _quiet():
                try:
                    what = _describe_bind((self, self.getsockname()), {})
                    if what is not None:
                        _record(what[0], what[1], _errno_code(exc))
                except Exception:  # noqa: BLE001
                    pass
            raise

    return listen


def _describe_connect(args, kwargs):
    if len(args) < 2:
        return None
    inet = _inet(args[0], args[1])
    if inet is None or not _is_loopback(inet[0]):
        return None
    return ("connect", _endpoint(*inet))


def _wrap_connect_ex(original):
    @functools.wraps(original)
    def connect_ex(self, address):
        result = original(self, address)
        if _current is not None and not _quiet():
            try:
                what = _describe_connect((self, address), {})
                if what is not None:
                    code = _errno.errorcode.get(result) if isinstance(result, int) and result != 0 else None
                    _record(what[0], what[1], code)
            except Exception:  # noqa: BLE001
                pass
        return result

    return connect_ex


def _describe_open(args, kwargs):
    file = args[0] if args else kwargs.get("file")
    mode = args[1] if len(args) > 1 else kwargs.get("mode", "r")
    if not isinstance(mode, str):
        return None
    path = _path(file)
    if path is None:
        return None
    if any(c in mode for c in _WRITE_MODE_CHARS):
        return ("write", path)
    if path.endswith(_CODE_SUFFIXES) or any(part in path for part in _INSTALLED) or _in_stdlib(path):
        return None
    return ("read", path)


def _in_stdlib(path):
    for prefix in (sys.base_prefix, sys.prefix):
        lib = os.path.join(prefix, "lib") + os.sep
        if path.startswith(lib):
            return True
    return False


def _describe_path(kind, position=0, name="path"):
    def describe(args, kwargs):
        if kwargs.get("dir_fd") is not None:
            return None  # relative to a directory descriptor: no path to compare
        value = args[position] if len(args) > position else kwargs.get(name)
        path = _path(value)
        return None if path is None else (kind, path)

    return describe


def _describe_sqlite(args, kwargs):
    database = args[0] if args else kwargs.get("database")
    if isinstance(database, bytes):
        database = os.fsdecode(database)
    if not isinstance(database, str):
        database = _path(database)
        return None if database is None else ("sqlite", database)
    if database == "" or database == ":memory:":
        return None
    if database.startswith("file:"):
        uri = bool(kwargs.get("uri")) or (len(args) > 6 and bool(args[6]))
        if uri:
            path, _, query = database[len("file:"):].partition("?")
            if path in ("", ":memory:") or "mode=memory" in query:
                return None
            database = path
    path = _path(database)
    return None if path is None else ("sqlite", path)


def _wrap_environ_setitem(original):
    @functools.wraps(original)
    def __setitem__(self, key, value):
        result = original(self, key, value)
        if _current is not None and self is os.environ and isinstance(key, str) and key != "PYTEST_CURRENT_TEST":
            _record("setenv", key)
        return result

    return __setitem__


def install():
    """Wraps the functions once, when FLAKEGATE_PROBE_DIR names an absolute directory."""
    global _dir, _worker
    if _dir is not None:
        return True
    target = os.environ.get(PROBE_DIR_ENV, "")
    if not target or not os.path.isabs(target) or not os.path.isdir(target):
        return False
    _dir = target
    _worker = os.environ.get("PYTEST_XDIST_WORKER") or "main"
    socket.socket.bind = _wrap_call(socket.socket.bind, _describe_bind)
    socket.socket.listen = _wrap_listen(socket.socket.listen)
    socket.socket.connect = _wrap_call(socket.socket.connect, _describe_connect)
    socket.socket.connect_ex = _wrap_connect_ex(socket.socket.connect_ex)
    opener = _wrap_call(builtins.open, _describe_open)
    builtins.open = opener
    io.open = opener
    os.remove = _wrap_call(os.remove, _describe_path("remove"))
    os.unlink = _wrap_call(os.unlink, _describe_path("remove"))
    shutil.rmtree = _wrap_call(shutil.rmtree, _describe_path("remove"))
    os.mkdir = _wrap_call(os.mkdir, _describe_path("mkdir"))
    os.makedirs = _wrap_call(os.makedirs, _describe_path("mkdir", 0, "name"))
    os.chdir = _wrap_call(os.chdir, _describe_path("chdir"))
    env_type = type(os.environ)
    env_type.__setitem__ = _wrap_environ_setitem(env_type.__setitem__)
    try:
        import sqlite3
        import sqlite3.dbapi2 as dbapi2

        connect = _wrap_call(sqlite3.connect, _describe_sqlite)
        sqlite3.connect = connect
        dbapi2.connect = connect
    except Exception:  # noqa: BLE001 - a Python built without sqlite3
        pass
    return True
