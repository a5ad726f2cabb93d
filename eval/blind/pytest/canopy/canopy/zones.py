"""The zone catalog: greenhouse houses and benches, looked up by their display label.

Loaded once from the site layout when the service starts; the catalog lives for the process.
"""

import json

_CATALOG: dict[str, dict] = {}
_BY_LABEL: dict[str, str] = {}


def load_layout(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        layout = json.load(fh)
    return layout["zones"]


def register_layout(zones: list[dict]) -> int:
    for zone in zones:
        _CATALOG[zone["id"]] = zone
        _BY_LABEL[zone["label"].casefold()] = zone["id"]
    return len(zones)


def zone_for_label(label: str) -> dict:
    return _CATALOG[_BY_LABEL[label.casefold()]]


def zone_ids() -> list[str]:
    return sorted(_CATALOG)


def snapshot() -> tuple[dict, dict]:
    return dict(_CATALOG), dict(_BY_LABEL)


def restore(state: tuple[dict, dict]) -> None:
    catalog, by_label = state
    _CATALOG.clear()
    _CATALOG.update(catalog)
    _BY_LABEL.clear()
    _BY_LABEL.update(by_label)
