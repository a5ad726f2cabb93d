"""Invoices come from the billing API one page at a time."""
import time


class PagedSource:
    """Iterates invoice rows page by page; `latency` is the API round trip per page."""

    def __init__(self, rows, page_size=50, latency=0.0):
        self.rows = list(rows)
        self.page_size = page_size
        self.latency = latency
        self.pages_fetched = 0

    def pages(self):
        for start in range(0, len(self.rows), self.page_size):
            time.sleep(self.latency)
            self.pages_fetched += 1
            yield self.rows[start:start + self.page_size]


def invoices(customer, count, first_number=1):
    return [
        {"number": f"{customer[:3].upper()}-{n:05d}", "customer": customer, "cents": 1000 + 37 * n}
        for n in range(first_number, first_number + count)
    ]
