import pytest

from canopy import climate


def test_saturation_vapour_pressure_at_20c():
    assert climate.saturation_vapour_pressure(20.0) == pytest.approx(2.338, abs=1e-3)


@pytest.mark.parametrize("temp,rh,vpd", [(24.0, 70.0, 0.895), (18.0, 85.0, 0.309), (30.0, 50.0, 2.121)])
def test_vapour_pressure_deficit(temp, rh, vpd):
    assert climate.vapour_pressure_deficit(temp, rh) == pytest.approx(vpd, abs=2e-3)


def test_vpd_rejects_impossible_humidity():
    with pytest.raises(ValueError):
        climate.vapour_pressure_deficit(20.0, 120.0)


def test_dew_point():
    assert climate.dew_point(25.0, 60.0) == pytest.approx(16.69, abs=0.05)


def test_growing_degree_days():
    assert climate.growing_degree_days([(8.0, 20.0), (12.0, 26.0), (5.0, 9.0)]) == 13.0
    with pytest.raises(ValueError):
        climate.growing_degree_days([(20.0, 10.0)])
