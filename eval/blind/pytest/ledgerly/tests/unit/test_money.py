from ledgerly import money


def test_formats_in_configured_currency(monkeypatch):
    monkeypatch.setenv("LEDGERLY_CURRENCY", "EUR")
    assert money.fmt(123456) == "€1,234.56"
    assert money.fmt(-5) == "-€0.05"


def test_split_evenly_keeps_every_cent():
    parts = money.split_evenly(1000, 3)
    assert parts == [334, 333, 333]
    assert sum(parts) == 1000
