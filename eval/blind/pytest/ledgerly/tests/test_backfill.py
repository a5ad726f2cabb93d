from ledgerly.export import export_csv, read_csv


def test_backfill_writes_one_file_per_month(tmp_path, billing_api):
    for month in (1, 2, 3):
        api = billing_api("hooli", 50, first_number=month * 100)
        export_csv(api, tmp_path / f"2026-{month:02d}.csv")

    for month in (1, 2, 3):
        rows = read_csv(tmp_path / f"2026-{month:02d}.csv")
        assert [row["number"] for row in rows] == [f"HOO-{n:05d}" for n in range(month * 100, month * 100 + 50)]
