import pytest

from canopy.backfill import HOUR, interpolate, missing_hours


def test_missing_hours_between_samples():
    series = [(0, 10.0), (HOUR, 11.0), (4 * HOUR, 14.0), (5 * HOUR, 15.0)]
    assert missing_hours(series) == [2 * HOUR, 3 * HOUR]


def test_interpolate_midpoint():
    series = [(0, 10.0), (4 * HOUR, 18.0)]
    assert interpolate(series, HOUR) == 12.0
    assert interpolate(series, 2 * HOUR) == 14.0


def test_interpolate_outside_series_is_an_error():
    with pytest.raises(ValueError):
        interpolate([(0, 1.0), (HOUR, 2.0)], 3 * HOUR)
