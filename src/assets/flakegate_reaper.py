# flakegate's child subreaper (Linux): `python3 -I -S flakegate_reaper.py FD FILE ARGS...`.
#
# Runs one test command so that nothing it starts can leave the process tree: with
# PR_SET_CHILD_SUBREAPER every orphan below this process (a double-forked daemon, a `setsid`
# server, one that re-executes itself with an empty environment) is re-parented here instead of
# to init, so flakegate finds it by parentage and ends it (src/run/subreaper.ts). This process
# ignores SIGTERM/SIGINT/SIGHUP (flakegate signals the tree below it, never it) and exits only
# when it has no child left, i.e. when the whole tree is gone.
#
# On FD it writes one JSON line per event: {"pid": N} once the command started, then
# {"exitCode": N} or {"signal": "SIGSEGV"} when it ended, or {"spawnError": "ENOENT"}.
# `--probe` prints "ok" when the kernel grants the subreaper flag (flakegate checks once).
# The command gets exactly the environment flakegate gave this process (/proc/self/environ, as
# execve passed it), not os.environ, which Python may have changed at start-up (locale coercion).
import ctypes
import errno
import json
import os
import signal
import sys

PR_SET_CHILD_SUBREAPER = 36


def subreaper():
    libc = ctypes.CDLL(None, use_errno=True)
    return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0


def initial_environment():
    with open("/proc/self/environ", "rb") as f:
        raw = f.read()
    env = {}
    for entry in raw.split(b"\0"):
        name, sep, value = entry.partition(b"=")
        if sep and name:
            env[name] = value
    return env


def main():
    if sys.argv[1:] == ["--probe"]:
        print("ok" if subreaper() else "no")
        return 0
    fd = int(sys.argv[1])
    argv = sys.argv[2:]
    os.set_inheritable(fd, False)

    def report(event):
        try:
            os.write(fd, (json.dumps(event) + "\n").encode())
        except OSError:
            pass

    if not subreaper():
        report({"spawnError": "subreaper unavailable"})
        return 125
    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, signal.SIG_IGN)
    # The command starts with default dispositions, not the ones Python or this helper set.
    defaults = {signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGQUIT, signal.SIGPIPE, signal.SIGXFSZ}
    try:
        pid = os.posix_spawnp(argv[0], argv, initial_environment(), setsigdef=defaults)
    except OSError as error:
        report({"spawnError": errno.errorcode.get(error.errno, str(error.errno))})
        return 127
    report({"pid": pid})
    while True:
        try:
            child, status = os.waitpid(-1, 0)
        except ChildProcessError:
            return 0
        except InterruptedError:
            continue
        if child == pid:
            if os.WIFSIGNALED(status):
                report({"signal": signal.Signals(os.WTERMSIG(status)).name})
            else:
                report({"exitCode": os.WEXITSTATUS(status)})


sys.exit(main())
