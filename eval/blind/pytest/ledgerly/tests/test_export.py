from ledgerly.export import export_csv, read_csv


def test_exports_invoices_csv(tmp_path, billing_api):
    api = billing_api("acme", 150)
    dest = tmp_path / "acme.csv"

    written = export_csv(api, dest)

    rows = read_csv(dest)
    assert written == 150
    assert api.pages_fetched == 6
    assert len(rows) == 150
    assert rows[0] == {"number": "ACM-00001", "customer": "acme", "cents": "1037"}
    assert rows[-1]["number"] == "ACM-00150"
