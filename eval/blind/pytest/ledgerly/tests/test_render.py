import pytest

from ledgerly import formats


def test_renders_csv_by_default():
    text = formats.render([{"number": "A-1", "cents": 5}])
    assert text == "number,cents\nA-1,5\n"


def test_unknown_format_is_reported():
    with pytest.raises(formats.UnknownFormat, match="'xml'"):
        formats.render([{"a": 1}], "xml")
