"""Greenhouse climate formulas: saturation vapour pressure, VPD, dew point, growing degree days."""

import math


def saturation_vapour_pressure(temp_c: float) -> float:
    """kPa, Tetens formula."""
    return 0.6108 * math.exp(17.27 * temp_c / (temp_c + 237.3))


def vapour_pressure_deficit(temp_c: float, rh: float) -> float:
    if not 0 <= rh <= 100:
        raise ValueError("relative humidity must be within 0-100")
    return round(saturation_vapour_pressure(temp_c) * (1 - rh / 100), 3)


def dew_point(temp_c: float, rh: float) -> float:
    """Magnus formula, degrees Celsius."""
    if rh <= 0:
        raise ValueError("relative humidity must be positive")
    a, b = 17.62, 243.12
    gamma = math.log(rh / 100) + a * temp_c / (b + temp_c)
    return round(b * gamma / (a - gamma), 2)


def growing_degree_days(daily_min_max: list[tuple[float, float]], base: float = 10.0) -> float:
    total = 0.0
    for low, high in daily_min_max:
        if low > high:
            raise ValueError("daily minimum above maximum")
        total += max(0.0, (low + high) / 2 - base)
    return round(total, 2)


def celsius_to_fahrenheit(c: float) -> float:
    return round(c * 9 / 5 + 32, 2)
