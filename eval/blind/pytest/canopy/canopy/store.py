"""SQLite storage for sensor readings."""

import os
import sqlite3
from typing import Iterable

from .readings import Reading

SCHEMA = """
CREATE TABLE IF NOT EXISTS readings (
    sensor TEXT NOT NULL,
    zone   TEXT NOT NULL,
    ts     INTEGER NOT NULL,
    kind   TEXT NOT NULL,
    value  REAL NOT NULL,
    interpolated INTEGER NOT NULL DEFAULT 0
)
"""


class ReadingStore:
    def __init__(self, path: str):
        self.path = path
        parent = os.path.dirname(path)
        if parent:
            os.makedirs(parent, exist_ok=True)
        self._db = sqlite3.connect(path, timeout=10)
        self._db.execute(SCHEMA)
        self._db.commit()

    def reset(self) -> None:
        """Drop every reading (used when re-importing a gateway dump)."""
        self._db.execute("DROP TABLE IF EXISTS readings")
        self._db.execute(SCHEMA)
        self._db.commit()

    def add_many(self, readings: Iterable[Reading], interpolated: bool = False) -> int:
        rows = [(r.sensor, r.zone, r.ts, r.kind, r.value, int(interpolated)) for r in readings]
        self._db.executemany(
            "INSERT INTO readings (sensor, zone, ts, kind, value, interpolated) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._db.commit()
        return len(rows)

    def count(self, zone: str | None = None) -> int:
        if zone is None:
            (n,) = self._db.execute("SELECT COUNT(*) FROM readings").fetchone()
        else:
            (n,) = self._db.execute("SELECT COUNT(*) FROM readings WHERE zone = ?", (zone,)).fetchone()
        return n

    def count_by_zone(self) -> dict:
        rows = self._db.execute("SELECT zone, COUNT(*) FROM readings GROUP BY zone ORDER BY zone")
        return dict(rows.fetchall())

    def series(self, sensor: str, kind: str) -> list[tuple[int, float]]:
        rows = self._db.execute(
            "SELECT ts, value FROM readings WHERE sensor = ? AND kind = ? ORDER BY ts", (sensor, kind)
        )
        return rows.fetchall()

    def interpolated_count(self) -> int:
        (n,) = self._db.execute("SELECT COUNT(*) FROM readings WHERE interpolated = 1").fetchone()
        return n

    def purge_before(self, ts: int) -> int:
        cur = self._db.execute("DELETE FROM readings WHERE ts < ?", (ts,))
        self._db.commit()
        return cur.rowcount

    def close(self) -> None:
        self._db.close()
