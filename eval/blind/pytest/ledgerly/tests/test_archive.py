from ledgerly import archive, source


def test_compresses_and_restores_year():
    months = [source.invoices("initech", 20000, 1 + m * 20000) for m in range(12)]

    blobs = archive.compress_months(months)

    assert len(blobs) == 12
    assert archive.restore(blobs[6]) == months[6]
    assert sum(map(len, blobs)) < sum(len(archive.serialise(m)) for m in months) / 5
