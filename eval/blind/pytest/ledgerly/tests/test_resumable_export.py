from ledgerly.export import export_csv, read_csv


def test_export_with_private_staging_file(tmp_path, billing_api):
    # Its own staging file under tmp_path: nothing outside this test writes there.
    api = billing_api("acme", 75)

    export_csv(api, tmp_path / "acme.csv", staging=tmp_path / "acme.partial")

    rows = read_csv(tmp_path / "acme.csv")
    assert [row["number"] for row in rows] == [f"ACM-{n:05d}" for n in range(1, 76)]
    assert not (tmp_path / "acme.partial").exists()
