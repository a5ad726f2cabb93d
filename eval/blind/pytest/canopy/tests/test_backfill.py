from canopy.backfill import backfill
from canopy.ingest import Ingestor

from .feeds import drop_every, make_feed


def test_backfill_fills_hourly_gaps(store):
    feed = drop_every(make_feed(zones=("north", "south"), sensors_per_zone=2, hours=24), "north-t1", 3)
    report = Ingestor(store, batch_size=8, pace=0.2).ingest(feed)
    assert report.accepted == 88

    filled = backfill(store, "north-t1", "north", "temp")

    # every third hour was lost; the last one has no later sample to interpolate towards
    assert filled == 7
    assert store.interpolated_count() == 7
    assert store.count_by_zone() == {"north": 47, "south": 48}
    assert [ts for ts, _ in store.series("north-t1", "temp")] == sorted({r.ts for r in feed if r.zone == "north"})[:-1]
