"""URL converters: an id in a URL is a SQLite row id or no page at all."""

from werkzeug.routing import IntegerConverter

# SQLite's integers are 64-bit: a larger id in a URL had been a 500 (OverflowError) where it is a page that is not there.
SQLITE_MAX_INTEGER = 2**63 - 1


class RowId(IntegerConverter):
    """Flask's ``int``, bounded by what SQLite can hold: a larger number is a 404, as any id with no row is."""

    def __init__(self, map, fixed_digits=0, min=None, max=SQLITE_MAX_INTEGER, signed=False):  # noqa: A002 (Werkzeug's names)
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)
