import pytest

from ledgerly import source


@pytest.fixture
def billing_api():
    """Factory for a fake billing API: the customer's invoices, served 25 per page with the
    latency the real API has (about 120 ms a page)."""

    def make(customer, count, first_number=1):
        return source.PagedSource(source.invoices(customer, count, first_number), page_size=25, latency=0.12)

    return make
