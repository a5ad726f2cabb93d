import pytest

from canopy import zones


def test_layout_describes_every_zone(layout_path):
    layout = zones.load_layout(layout_path)
    assert {z["crop"] for z in layout} == {"seedlings", "tomato", "basil"}
    assert sum(z["bench_count"] for z in layout) == 33


def test_temporary_zone_registration(isolated_catalog):
    zones.register_layout([{"id": "trial-9", "label": "Trial Bay 9", "bench_count": 2}])
    assert zones.zone_for_label("trial bay 9")["id"] == "trial-9"
    with pytest.raises(KeyError):
        zones.zone_for_label("Trial Bay 10")
