import pytest

from canopy.readings import Reading


@pytest.mark.parametrize(
    "kind,value,ok",
    [("temp", -12.5, True), ("temp", 71.0, False), ("humidity", 100.0, True), ("co2", 120.0, False)],
)
def test_plausible_ranges(kind, value, ok):
    assert Reading("s1", "north", 0, kind, value).is_plausible() is ok


def test_unknown_kind_is_never_plausible():
    assert not Reading("s1", "north", 0, "lux", 500.0).is_plausible()
