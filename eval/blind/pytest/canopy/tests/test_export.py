import os
import statistics

from canopy.export import COLUMNS, export_zone, read_export, rollup

from .feeds import DAY0, HOUR, make_feed, trickle

ZONES = ("north", "south", "east", "west")


def expected_rows(feed, zone):
    mine = sorted((r for r in feed if r.zone == zone), key=lambda r: (r.sensor, r.kind, r.ts))
    return [dict(zip(COLUMNS, map(str, row))) for row in rollup(mine)]


def test_live_export_writes_one_file_per_zone(export_dir):
    feed = make_feed(zones=ZONES, sensors_per_zone=2, hours=24, interval=1200)
    for zone in ("north", "south", "east"):
        export_zone(trickle(feed, 0.008), zone, export_dir)

    assert sorted(os.listdir(export_dir)) == ["daily-east.csv", "daily-north.csv", "daily-south.csv"]
    for zone in ("north", "south", "east"):
        rows = read_export(os.path.join(export_dir, f"daily-{zone}.csv"))
        assert len(rows) == 48
        assert {row["zone"] for row in rows} == {zone}
        assert all(row["count"] == "3" for row in rows)
        assert rows == expected_rows(feed, zone)


def test_export_roundtrip_preserves_hourly_values(export_dir):
    feed = make_feed(zones=ZONES, sensors_per_zone=2, hours=24, interval=1200)
    # the growers' tool asks for the warm houses first
    paths = {zone: export_zone(trickle(feed, 0.008), zone, export_dir) for zone in ("west", "east", "south")}

    assert sorted(os.listdir(export_dir)) == ["daily-east.csv", "daily-south.csv", "daily-west.csv"]
    for zone, path in paths.items():
        rows = read_export(path)
        first = rows[0]
        assert (first["sensor"], first["kind"], int(first["hour"])) == (f"{zone}-t1", "temp", DAY0)
        hour0 = [r.value for r in feed if r.sensor == f"{zone}-t1" and r.ts < DAY0 + HOUR]
        assert float(first["mean"]) == round(statistics.fmean(hour0), 2)
        assert rows == expected_rows(feed, zone)


def test_export_into_private_directory(tmp_path):
    feed = make_feed(zones=("south",), sensors_per_zone=1, hours=3, interval=600)
    path = export_zone(feed, "south", str(tmp_path))

    assert os.listdir(tmp_path) == ["daily-south.csv"]
    rows = read_export(path)
    assert list(rows[0]) == COLUMNS
    assert [row["count"] for row in rows] == ["6", "6", "6"]
