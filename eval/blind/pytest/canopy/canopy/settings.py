"""Runtime settings, read from CANOPY_* environment variables with development defaults."""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    data_dir: str
    alert_host: str
    alert_port: int
    retention_days: int

    @property
    def db_path(self) -> str:
        return os.path.join(self.data_dir, "readings.sqlite3")

    @property
    def export_dir(self) -> str:
        return os.path.join(self.data_dir, "exports")


def load(environ) -> Settings:
    return Settings(
        data_dir=environ.get("CANOPY_DATA_DIR", "/tmp/i17a-canopy"),
        alert_host=environ.get("CANOPY_ALERT_HOST", "127.0.0.1"),
        alert_port=int(environ.get("CANOPY_ALERT_PORT", "47120")),
        retention_days=int(environ.get("CANOPY_RETENTION_DAYS", "30")),
    )


SETTINGS = load(os.environ)
