from canopy.readings import Reading
from canopy.store import ReadingStore

from .feeds import DAY0, HOUR, make_feed


def test_store_roundtrip_in_private_file(tmp_path):
    s = ReadingStore(str(tmp_path / "readings.sqlite3"))
    s.add_many(make_feed(zones=("north",), sensors_per_zone=1, hours=5))
    s.close()

    reopened = ReadingStore(str(tmp_path / "readings.sqlite3"))
    assert reopened.count() == 5
    assert [ts for ts, _ in reopened.series("north-t1", "temp")] == [DAY0 + h * HOUR for h in range(5)]
    reopened.close()


def test_purge_before_retention(tmp_path):
    s = ReadingStore(str(tmp_path / "readings.sqlite3"))
    s.add_many(Reading("s1", "south", DAY0 + h * HOUR, "temp", 20.0) for h in range(10))
    assert s.purge_before(DAY0 + 4 * HOUR) == 4
    assert s.count("south") == 6
    s.close()


def test_scratch_store_per_worker(scratch_store):
    scratch_store.add_many(make_feed(zones=("east", "west"), sensors_per_zone=1, hours=3))
    assert scratch_store.count_by_zone() == {"east": 3, "west": 3}
    assert scratch_store.interpolated_count() == 0
