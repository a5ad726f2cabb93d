"""Spot-check rotation: which sensors a technician verifies by hand this round."""

import random


def pick_spot_checks(sensor_ids, k: int, rng=None) -> list[str]:
    rng = rng or random
    pool = sorted(set(sensor_ids))
    if k > len(pool):
        raise ValueError(f"asked for {k} spot checks from {len(pool)} sensors")
    return rng.sample(pool, k)
