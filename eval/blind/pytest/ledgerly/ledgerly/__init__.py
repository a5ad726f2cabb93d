"""ledgerly: invoice ledgers, exports and monthly reports for small businesses."""

__version__ = "1.2.0"
