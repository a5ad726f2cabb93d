"""CSV exports. Pages are streamed to a staging file and published with one atomic rename, so a
reader never sees a half-written export."""
import csv
import os
import tempfile

STAGING_PATH = os.path.join(tempfile.gettempdir(), "ledgerly-export.partial")
COLUMNS = ("number", "customer", "cents")


def export_csv(source, dest, staging=STAGING_PATH):
    rows = 0
    with open(staging, "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for page in source.pages():
            writer.writerows([row[c] for c in COLUMNS] for row in page)
            # Bound memory on large ledgers: every page goes to disk before the next is fetched.
            out.flush()
            rows += len(page)
    os.replace(staging, dest)
    return rows


def read_csv(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))
