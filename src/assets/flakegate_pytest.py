"""flakegate's pytest plugin: which worker ran each test, and when.

Loaded with ``-p flakegate_pytest`` (its directory is put on PYTHONPATH). For every test it adds
three properties to the JUnit report, the same way ``record_property`` does (through
``item.user_properties``, which pytest-xdist carries from workers to the controller):

    flakegate_worker  the xdist worker id (``gw0``, ``gw1``, ...) or ``main`` without xdist
    flakegate_start   epoch seconds when the test's setup began
    flakegate_end     epoch seconds when its teardown ended

It appends instead of using the ``record_property`` fixture so it adds no fixture to the test
(fixture order and ``--fixtures`` output stay the user's own) and works for tests that use none.
It must not raise: a broken helper would turn into failures that are not the user's.

It also turns pytest-rerunfailures off for flakegate's runs: a rerun that passes hides exactly the
failure flakegate counts. ``--reruns`` (command line, addopts, or the ``reruns`` ini option of
newer versions) becomes 0, and ``flaky`` markers (which take priority over it) are removed from
the collected tests. The plugin itself stays loaded, so its options still parse.

With FLAKEGATE_PROBE_DIR set (flakegate's runs), it also starts the resource probe
(flakegate_probe.py, beside this file) and tells it which test item is running, from the start of
its setup to the end of its teardown, by node id.
"""

import os
import time

import pytest

try:
    import flakegate_probe as _probe

    _probe.install()
except Exception:  # noqa: BLE001 - without its probe the plugin still does its first job
    _probe = None


def _epoch(call, attr):
    # CallInfo.start/stop are epoch seconds (pytest >= 6); fall back to now for older versions.
    value = getattr(call, attr, None)
    return value if isinstance(value, (int, float)) else time.time()


def pytest_configure(config):
    try:
        if config.pluginmanager.hasplugin("rerunfailures") and hasattr(config.option, "reruns"):
            config.option.reruns = 0
    except Exception:  # noqa: BLE001
        pass


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    try:
        if not config.pluginmanager.hasplugin("rerunfailures"):
            return
        for item in items:
            for node in item.listchain():
                if any(m.name == "flaky" for m in node.own_markers):
                    node.own_markers[:] = [m for m in node.own_markers if m.name != "flaky"]
    except Exception:  # noqa: BLE001
        pass


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # Before the report is built: the teardown report copies user_properties, and junitxml writes
    # the properties of the teardown report.
    try:
        if call.when == "setup":
            worker = os.environ.get("PYTEST_XDIST_WORKER") or "main"
            item.user_properties.append(("flakegate_worker", worker))
            item.user_properties.append(("flakegate_start", "%.6f" % _epoch(call, "start")))
        elif call.when == "teardown":
            item.user_properties.append(("flakegate_end", "%.6f" % _epoch(call, "stop")))
    except Exception:  # noqa: BLE001 - never fail the user's test because of flakegate
        pass
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    if _probe is not None:
        _probe.enter(getattr(item, "nodeid", None))
    try:
        yield
    finally:
        if _probe is not None:
            _probe.leave()
