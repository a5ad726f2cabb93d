"""Markdown tables for reports pasted into wikis and chat. Enabled by `install()` at startup."""
from .. import formats


def _table(rows):
    if not rows:
        return ""
    header = list(rows[0])
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(row[k]) for k in header) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def install():
    formats.register("markdown", _table)
