from ledgerly import money
from ledgerly.export import export_csv, read_csv


def test_ledger_export_totals_match_billing(tmp_path, billing_api):
    api = billing_api("globex", 150, first_number=501)
    expected = sum(row["cents"] for row in api.rows)

    export_csv(api, tmp_path / "globex.csv")
    total = sum(int(row["cents"]) for row in read_csv(tmp_path / "globex.csv"))

    assert money.fmt(total, "USD") == money.fmt(expected, "USD")
