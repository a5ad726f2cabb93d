"""Amounts are integer cents; formatting follows the configured currency."""
import os

SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£"}


def currency():
    return os.environ.get("LEDGERLY_CURRENCY", "USD")


def fmt(cents, code=None):
    code = code or currency()
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{SYMBOLS.get(code, code + ' ')}{whole:,}.{frac:02d}"


def split_evenly(cents, parts):
    """Splits an amount into `parts` amounts that differ by at most one cent and sum to it."""
    base, rest = divmod(cents, parts)
    return [base + (1 if i < rest else 0) for i in range(parts)]
