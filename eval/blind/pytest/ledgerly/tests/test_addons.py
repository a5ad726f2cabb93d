from ledgerly import formats
from ledgerly.addons import markdown


def test_markdown_addon_registers_format():
    markdown.install()

    assert "markdown" in formats.available()
    assert formats.render([{"a": 1}], "markdown").startswith("| a |")
