"""Daily CSV exports of hourly rollups, one file per zone, picked up by the growers' sync tool.

Rows are streamed (line-buffered) while the rollup is computed, so a crash mid-export loses at most
the current row; the file only gets its final name once complete, so the sync tool never picks up
half a file.
"""

import csv
import os
from itertools import groupby
from typing import Iterable

from .readings import Reading

HOUR = 3600
COLUMNS = ["zone", "sensor", "kind", "hour", "count", "min", "p50", "p90", "max", "mean"]


def _percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        raise ValueError("no values")
    idx = (len(sorted_values) - 1) * q
    lo = int(idx)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (idx - lo)


def rollup(readings: Iterable[Reading]) -> Iterable[list]:
    """Hourly rows per (sensor, kind); readings must be ordered by sensor, kind, ts."""
    key = lambda r: (r.zone, r.sensor, r.kind, r.ts // HOUR * HOUR)  # noqa: E731
    for (zone, sensor, kind, hour), group in groupby(readings, key=key):
        values = sorted(r.value for r in group)
        yield [
            zone,
            sensor,
            kind,
            hour,
            len(values),
            round(values[0], 2),
            round(_percentile(values, 0.5), 2),
            round(_percentile(values, 0.9), 2),
            round(values[-1], 2),
            round(sum(values) / len(values), 2),
        ]


def export_zone(readings: list[Reading], zone: str, export_dir: str) -> str:
    os.makedirs(export_dir, exist_ok=True)
    final = os.path.join(export_dir, f"daily-{zone}.csv")
    partial = final + ".partial"
    with open(partial, "w", buffering=1, newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        mine = sorted((r for r in readings if r.zone == zone), key=lambda r: (r.sensor, r.kind, r.ts))
        for row in rollup(mine):
            writer.writerow(row)
    os.replace(partial, final)
    return final


def read_export(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))
