"""Delivery log: every event the relay accepted, and whether it reached its subscribers."""
import sqlite3
import time

SCHEMA = """
CREATE TABLE IF NOT EXISTS deliveries (
    delivery_id TEXT PRIMARY KEY,
    topic TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    delivered INTEGER NOT NULL DEFAULT 0
)
"""


class DeliveryLog:
    def __init__(self, path, backoff=0.15):
        self.path = str(path)
        self.backoff = backoff
        self.db = sqlite3.connect(self.path, timeout=5)

    def create_schema(self):
        self.db.execute(SCHEMA)
        self.db.commit()

    def clear(self):
        self.db.execute("DELETE FROM deliveries")
        self.db.commit()

    def record(self, delivery_id, topic, body):
        self.db.execute(
            "INSERT INTO deliveries (delivery_id, topic, body) VALUES (?, ?, ?)",
            (delivery_id, topic, body),
        )
        self.db.commit()

    def pending(self):
        rows = self.db.execute(
            "SELECT delivery_id FROM deliveries WHERE delivered = 0 ORDER BY delivery_id"
        )
        return [row[0] for row in rows]

    def delivered_ids(self):
        rows = self.db.execute(
            "SELECT delivery_id FROM deliveries WHERE delivered = 1 ORDER BY delivery_id"
        )
        return [row[0] for row in rows]

    def count(self):
        return self.db.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0]

    def retry_pending(self, send):
        """Sends every pending delivery after one back-off pause; returns how many went out."""
        if not self.pending():
            return 0
        # Subscribers rate-limit retry bursts: wait out their window once, then send what is
        # still pending (another relay process may have delivered some meanwhile).
        time.sleep(self.backoff)
        sent = 0
        for delivery_id in self.pending():
            ok = send(delivery_id)
            self.db.execute(
                "UPDATE deliveries SET attempts = attempts + 1, delivered = ? WHERE delivery_id = ?",
                (1 if ok else 0, delivery_id),
            )
            self.db.commit()
            sent += 1 if ok else 0
        return sent

    def close(self):
        self.db.close()
