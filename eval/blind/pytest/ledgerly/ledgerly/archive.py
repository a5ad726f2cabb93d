"""Yearly archives: one compressed, sealed blob per month."""
import hashlib
import json
import zlib

from . import jobs


def serialise(rows):
    return "\n".join(json.dumps(row, sort_keys=True) for row in rows).encode()


def compress_months(months, level=9):
    """Compresses each month's rows; months are independent, so they run on the job pool."""
    blobs = [serialise(rows) for rows in months]
    futures = [jobs.submit(zlib.compress, blob, level) for blob in blobs]
    return [future.result() for future in futures]


def seal_months(blobs, secret, iterations=400_000):
    """Per-month seal: a key derived from the secret and the month's digest, then its MAC."""
    def seal(blob):
        digest = hashlib.sha256(blob).digest()
        return hashlib.pbkdf2_hmac("sha256", secret.encode(), digest, iterations).hex()

    futures = [jobs.submit(seal, blob) for blob in blobs]
    return [future.result() for future in futures]


def restore(blob):
    return [json.loads(line) for line in zlib.decompress(blob).decode().split("\n") if line]
