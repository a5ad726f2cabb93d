import os
import random
import shutil

import pytest

from canopy import zones
from canopy.alerts import AlertClient, AlertSink
from canopy.settings import SETTINGS
from canopy.store import ReadingStore

DATA = os.path.join(os.path.dirname(__file__), "data")


@pytest.fixture(scope="session", autouse=True)
def _reproducible_feeds():
    # Generated feeds must be the same on every run so recorded expectations stay valid.
    random.seed(20261208)


@pytest.fixture(scope="session", autouse=True)
def alert_sink():
    """The pager bridge the service posts to, listening where the settings say."""
    sink = AlertSink(SETTINGS.alert_host, SETTINGS.alert_port).start()
    yield sink
    sink.stop()


@pytest.fixture
def alert_client():
    return AlertClient(SETTINGS.alert_host, SETTINGS.alert_port)


@pytest.fixture
def store():
    """The service's reading store, emptied so each test starts from a clean import."""
    s = ReadingStore(SETTINGS.db_path)
    s.reset()
    yield s
    s.close()


@pytest.fixture
def scratch_store():
    """A throwaway store per xdist worker and process."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    path = f"/tmp/i17a-canopy-scratch/{worker}-{os.getpid()}.sqlite3"
    if os.path.exists(path):
        os.remove(path)
    s = ReadingStore(path)
    yield s
    s.close()
    os.remove(path)


@pytest.fixture
def export_dir():
    """The configured export directory; whatever a test exported is cleared afterwards."""
    path = SETTINGS.export_dir
    os.makedirs(path, exist_ok=True)
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def layout_path():
    return os.path.join(DATA, "layout.json")


@pytest.fixture
def isolated_catalog():
    saved = zones.snapshot()
    yield
    zones.restore(saved)
