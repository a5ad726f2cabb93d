from canopy import zones


def test_register_zones_from_layout(layout_path):
    count = zones.register_layout(zones.load_layout(layout_path))
    assert count == 4
    assert zones.zone_ids() == ["herb-1", "prop-1", "tom-a", "tom-b"]


def test_zone_lookup_by_label():
    # operators type labels in whatever case the UI shows
    zone = zones.zone_for_label("propagation HOUSE")
    assert zone["id"] == "prop-1"
    assert zone["bench_count"] == 12
