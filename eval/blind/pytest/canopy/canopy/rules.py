"""Threshold rules over readings, and the engine that turns breaches into delivered alerts."""

import operator
from dataclasses import dataclass
from typing import Iterable

from .readings import Reading

_OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    op: str
    threshold: float
    severity: str = "warning"

    def __post_init__(self):
        if self.op not in _OPS:
            raise ValueError(f"unknown operator {self.op!r}")
        if self.severity not in SEVERITY_ORDER:
            raise ValueError(f"unknown severity {self.severity!r}")

    def breached_by(self, reading: Reading) -> bool:
        return reading.kind == self.kind and _OPS[self.op](reading.value, self.threshold)


def evaluate(readings: Iterable[Reading], rules: list[Rule]) -> list[dict]:
    """One alert per (rule, zone): the first breaching reading, most severe first, then by time."""
    first: dict[tuple[str, str], tuple[Rule, Reading]] = {}
    for reading in readings:
        for rule in rules:
            key = (rule.name, reading.zone)
            if key not in first and rule.breached_by(reading):
                first[key] = (rule, reading)
    alerts = [
        {"rule": rule.name, "zone": r.zone, "sensor": r.sensor, "ts": r.ts, "value": r.value, "severity": rule.severity}
        for rule, r in first.values()
    ]
    alerts.sort(key=lambda a: (SEVERITY_ORDER[a["severity"]], a["ts"], a["rule"], a["zone"]))
    return alerts


class RuleEngine:
    def __init__(self, rules: list[Rule], client):
        self.rules = rules
        self.client = client

    def process(self, readings: Iterable[Reading]) -> list[dict]:
        alerts = evaluate(readings, self.rules)
        for alert in alerts:
            status = self.client.post(alert)
            if status != 202:
                raise RuntimeError(f"alert sink answered {status}")
        return alerts
