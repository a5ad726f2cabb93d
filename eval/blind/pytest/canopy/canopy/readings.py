"""The reading record shared by ingestion, storage, rules and export."""

from dataclasses import dataclass

# Plausible physical ranges per kind; anything outside is a sensor fault, not weather.
VALID_RANGES = {
    "temp": (-40.0, 60.0),  # degrees Celsius
    "humidity": (0.0, 100.0),  # percent relative humidity
    "co2": (250.0, 5000.0),  # ppm
    "soil": (0.0, 100.0),  # volumetric water content, percent
}


@dataclass(frozen=True)
class Reading:
    sensor: str
    zone: str
    ts: int  # epoch seconds
    kind: str
    value: float

    def is_plausible(self) -> bool:
        bounds = VALID_RANGES.get(self.kind)
        if bounds is None:
            return False
        low, high = bounds
        return low <= self.value <= high
