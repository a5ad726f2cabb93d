import os
import socket
import tempfile

import pytest

from relayhub.server import RelayServer
from relayhub.settings import SETTINGS
from relayhub.store import DeliveryLog


def _listening(host, port):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(0.2)
        return probe.connect_ex((host, port)) == 0


@pytest.fixture
def secret():
    return SETTINGS.secret


@pytest.fixture(scope="session")
def relay():
    """Base URL of a relay on the configured port, started once for the whole session.

    Reuses a relay that is already up (`make dev` keeps one running on 8761) instead of
    failing, so the suite can run next to a local instance. Tests compare stats before and
    after, since earlier tests' events stay counted.
    """
    url = f"http://{SETTINGS.host}:{SETTINGS.port}"
    if _listening(SETTINGS.host, SETTINGS.port):
        yield url
        return
    try:
        server = RelayServer(SETTINGS.host, SETTINGS.port, SETTINGS.secret, SETTINGS.forward_delay)
    except OSError:
        # Lost the race against a relay that was starting up at the same moment: use that one.
        yield url
        return
    server.start()
    yield server.url
    server.stop()


@pytest.fixture
def delivery_log():
    """The delivery log the app uses, emptied before and after each test."""
    log = DeliveryLog(SETTINGS.db_path, backoff=1.0)
    log.create_schema()
    log.clear()
    yield log
    log.clear()
    log.close()


@pytest.fixture
def archive_db_path():
    """One archive database per xdist worker, so workers never share it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    path = os.path.join(tempfile.gettempdir(), f"relayhub-archive-{os.getppid()}-{worker}.sqlite3")
    if os.path.exists(path):
        os.remove(path)
    yield path
    if os.path.exists(path):
        os.remove(path)
