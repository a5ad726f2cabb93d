import random

import pytest

from canopy.sampling import pick_spot_checks

SENSORS = [f"{zone}-{kind}{n}" for zone in ("north", "south", "east") for kind in "th" for n in (1, 2)]
ROSTER = ["east-h1", "east-t1", "east-h2"]


def test_spot_check_roster_is_reproducible():
    # The seeded session reproduces the roster printed for the technicians' checklist.
    assert pick_spot_checks(SENSORS, 3) == ROSTER


def test_spot_checks_with_a_private_generator():
    first = pick_spot_checks(SENSORS, 4, random.Random(42))
    again = pick_spot_checks(SENSORS + SENSORS[:2], 4, random.Random(42))
    assert first == again
    assert len(set(first)) == 4


def test_cannot_pick_more_than_available():
    with pytest.raises(ValueError, match="3 sensors"):
        pick_spot_checks(["a", "b", "c", "a"], 4)

