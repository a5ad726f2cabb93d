import pytest

from canopy.readings import Reading
from canopy.rules import Rule, evaluate

FROST = Rule("frost", "temp", "<", 2.0, "critical")
HEAT = Rule("heat", "temp", ">", 32.0)


def test_one_alert_per_rule_and_zone():
    readings = [
        Reading("n1", "north", 10, "temp", 1.0),
        Reading("n2", "north", 20, "temp", 0.0),
        Reading("s1", "south", 30, "temp", 1.5),
    ]
    alerts = evaluate(readings, [FROST])
    assert [(a["zone"], a["sensor"], a["ts"]) for a in alerts] == [("north", "n1", 10), ("south", "s1", 30)]


def test_critical_alerts_come_first():
    readings = [Reading("n1", "north", 10, "temp", 40.0), Reading("s1", "south", 50, "temp", -3.0)]
    assert [a["rule"] for a in evaluate(readings, [HEAT, FROST])] == ["frost", "heat"]


def test_rules_ignore_other_kinds():
    assert evaluate([Reading("h1", "north", 0, "humidity", 1.0)], [FROST]) == []


@pytest.mark.parametrize("op,severity", [("=~", "warning"), ("<", "urgent")])
def test_rule_validation(op, severity):
    with pytest.raises(ValueError):
        Rule("bad", "temp", op, 1.0, severity)
