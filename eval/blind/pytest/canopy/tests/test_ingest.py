import pytest

from canopy.ingest import Ingestor
from canopy.readings import Reading

from .feeds import DAY0, HOUR, make_feed, spike


def test_ingest_counts_per_zone(store):
    feed = make_feed(zones=("north", "south", "east"), sensors_per_zone=2, hours=12, kind="humidity")
    feed = spike(feed, "north-h1", DAY0 + 3 * HOUR, 140.0)
    feed = spike(feed, "south-h2", DAY0 + 7 * HOUR, -5.0)

    report = Ingestor(store, batch_size=6, pace=0.2).ingest(feed)

    assert report.accepted == 70
    assert [r.sensor for r in report.rejected] == ["north-h1", "south-h2"]
    assert store.count_by_zone() == {"east": 24, "north": 23, "south": 23}
    assert store.count("east") == 24


def test_ingest_rejects_implausible_values(scratch_store):
    readings = [
        Reading("tom-a-c1", "tom-a", DAY0, "co2", 180.0),
        Reading("tom-a-c1", "tom-a", DAY0 + 60, "co2", 820.0),
        Reading("tom-a-s1", "tom-a", DAY0, "soil", 41.5),
        Reading("tom-a-x1", "tom-a", DAY0, "lux", 3000.0),
    ]
    report = Ingestor(scratch_store, batch_size=2).ingest(readings)

    assert report.accepted == 2
    assert [r.kind for r in report.rejected] == ["co2", "lux"]
    assert scratch_store.count("tom-a") == 2


def test_batch_size_must_be_positive(scratch_store):
    with pytest.raises(ValueError, match="batch_size"):
        Ingestor(scratch_store, batch_size=0)
