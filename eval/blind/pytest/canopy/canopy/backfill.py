"""Fill missing hourly points of a sensor series by linear interpolation."""

from .readings import Reading
from .store import ReadingStore

HOUR = 3600


def missing_hours(series: list[tuple[int, float]], step: int = HOUR) -> list[int]:
    gaps = []
    for (t0, _), (t1, _) in zip(series, series[1:]):
        t = t0 + step
        while t < t1:
            gaps.append(t)
            t += step
    return gaps


def interpolate(series: list[tuple[int, float]], ts: int) -> float:
    for (t0, v0), (t1, v1) in zip(series, series[1:]):
        if t0 <= ts <= t1:
            if t1 == t0:
                return v0
            return round(v0 + (v1 - v0) * (ts - t0) / (t1 - t0), 3)
    raise ValueError(f"{ts} is outside the series")


def backfill(store: ReadingStore, sensor: str, zone: str, kind: str) -> int:
    series = store.series(sensor, kind)
    filled = [Reading(sensor, zone, ts, kind, interpolate(series, ts)) for ts in missing_hours(series)]
    return store.add_many(filled, interpolated=True)
