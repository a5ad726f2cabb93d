import os

from canopy import settings


def test_defaults_without_environment():
    s = settings.load({})
    assert s.alert_port == 47120
    assert s.db_path == "/tmp/i17a-canopy/readings.sqlite3"
    assert s.export_dir == "/tmp/i17a-canopy/exports"
    assert s.retention_days == 30


def test_settings_follow_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CANOPY_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CANOPY_ALERT_PORT", "0")
    monkeypatch.setenv("CANOPY_RETENTION_DAYS", "7")

    s = settings.load(os.environ)

    assert s.db_path == str(tmp_path / "readings.sqlite3")
    assert (s.alert_port, s.retention_days) == (0, 7)
