"""Synthetic gateway feeds for the tests: smooth diurnal curves with sensor noise."""

import math
import random
import time

from canopy.readings import Reading

DAY0 = 1_764_547_200  # 2025-12-01T00:00:00Z
HOUR = 3600

BASELINES = {"temp": (21.0, 4.0, 0.4), "humidity": (68.0, 10.0, 2.0), "co2": (650.0, 120.0, 15.0)}


def make_feed(zones=("north", "south"), sensors_per_zone=2, hours=24, interval=HOUR, kind="temp", start=DAY0):
    """Readings ordered by time; noise comes from the module RNG seeded once per session in conftest."""
    mean, swing, noise = BASELINES[kind]
    readings = []
    steps = hours * HOUR // interval
    for step in range(steps):
        ts = start + step * interval
        phase = math.sin(2 * math.pi * ((ts - start) % (24 * HOUR)) / (24 * HOUR))
        for zone in zones:
            for n in range(1, sensors_per_zone + 1):
                value = mean + swing * phase + random.gauss(0, noise)
                readings.append(Reading(f"{zone}-{kind[0]}{n}", zone, ts, kind, round(value, 2)))
    return readings


def drop_every(readings, sensor, nth):
    """Remove every nth reading of one sensor, as a flaky radio link does."""
    kept, seen = [], 0
    for r in readings:
        if r.sensor == sensor:
            seen += 1
            if seen % nth == 0:
                continue
        kept.append(r)
    return kept


def spike(readings, sensor, ts, value):
    return [Reading(r.sensor, r.zone, r.ts, r.kind, value) if (r.sensor == sensor and r.ts == ts) else r for r in readings]


def trickle(readings, delay):
    """Yield readings the way a live gateway delivers them: a pause each time the clock moves on."""
    last = None
    for r in readings:
        if last is not None and r.ts != last:
            time.sleep(delay)
        last = r.ts
        yield r
