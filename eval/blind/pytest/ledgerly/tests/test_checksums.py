from ledgerly import archive, source


def test_month_seals_are_deterministic():
    blobs = [archive.serialise(source.invoices("umbrella", 500, 1 + m * 500)) for m in range(9)]
    blobs.append(blobs[0])

    seals = archive.seal_months(blobs, secret="archive-key")

    assert seals[0] == seals[9]
    assert len(set(seals)) == 9
