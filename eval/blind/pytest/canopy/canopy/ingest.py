"""Gateway ingestion: validate readings and write them in paced batches.

Gateways upload their buffers in bursts; `pace` spaces the batch commits the way the gateway's
flush interval does, so the store is never asked to swallow a whole day in one transaction.
"""

import time
from dataclasses import dataclass, field
from typing import Iterable

from .readings import Reading
from .store import ReadingStore


@dataclass
class IngestReport:
    accepted: int = 0
    rejected: list = field(default_factory=list)
    batches: int = 0


class Ingestor:
    def __init__(self, store: ReadingStore, batch_size: int = 50, pace: float = 0.0):
        if batch_size < 1:
            raise ValueError("batch_size must be positive")
        self.store = store
        self.batch_size = batch_size
        self.pace = pace

    def ingest(self, readings: Iterable[Reading]) -> IngestReport:
        report = IngestReport()
        batch: list[Reading] = []
        for reading in readings:
            if not reading.is_plausible():
                report.rejected.append(reading)
                continue
            batch.append(reading)
            if len(batch) >= self.batch_size:
                self._flush(batch, report)
                batch = []
        if batch:
            self._flush(batch, report)
        return report

    def _flush(self, batch: list[Reading], report: IngestReport) -> None:
        if report.batches and self.pace:
            time.sleep(self.pace)
        report.accepted += self.store.add_many(batch)
        report.batches += 1
