from relayhub import settings


def test_port_and_db_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("RELAYHUB_PORT", "9123")
    monkeypatch.setenv("RELAYHUB_DB", str(tmp_path / "relay.sqlite3"))

    loaded = settings.load()

    assert loaded.port == 9123
    assert loaded.db_path.endswith("relay.sqlite3")


def test_defaults_without_environment():
    loaded = settings.load({})
    assert loaded.port == 8761
    assert loaded.secret == "dev-secret"
