"""Runtime settings, read from RELAYHUB_* environment variables with development defaults."""
import os
import tempfile
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    db_path: str
    secret: str
    forward_delay: float


def load(environ=None) -> Settings:
    env = os.environ if environ is None else environ
    return Settings(
        host=env.get("RELAYHUB_HOST", "127.0.0.1"),
        port=int(env.get("RELAYHUB_PORT", "8761")),
        db_path=env.get("RELAYHUB_DB", os.path.join(tempfile.gettempdir(), "relayhub-dev.sqlite3")),
        secret=env.get("RELAYHUB_SECRET", "dev-secret"),
        # Subscribers are slow; the dev default mimics a typical forward round trip.
        forward_delay=float(env.get("RELAYHUB_FORWARD_DELAY", "0.5")),
    )


SETTINGS = load()
