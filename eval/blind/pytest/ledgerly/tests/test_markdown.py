from ledgerly import formats, source


def test_renders_invoice_table_as_markdown():
    rows = source.invoices("acme", 2)

    table = formats.render(rows, "markdown")

    assert table.splitlines()[0] == "| number | customer | cents |"
    assert "| ACM-00002 | acme | 1074 |" in table
