"""Report renderers by name. csv and json are built in; add-ons register more."""
import io
import json

_RENDERERS = {}


class UnknownFormat(LookupError):
    pass


def register(name, renderer):
    _RENDERERS[name] = renderer


def available():
    return sorted(_RENDERERS)


def render(rows, fmt="csv"):
    try:
        renderer = _RENDERERS[fmt]
    except KeyError:
        raise UnknownFormat(f"no renderer registered for format {fmt!r} (have: {', '.join(available())})") from None
    return renderer(rows)


def _csv(rows):
    out = io.StringIO()
    if rows:
        out.write(",".join(rows[0]) + "\n")
        for row in rows:
            out.write(",".join(str(v) for v in row.values()) + "\n")
    return out.getvalue()


register("csv", _csv)
register("json", lambda rows: json.dumps(rows, sort_keys=True))
