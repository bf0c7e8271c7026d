"""How messages write a list ("a, b and c", "a or b") and a text too long to quote whole."""


def listed(items, conjunction="and"):
    """'a, b and c' ('a or b' with ``conjunction`` "or"); '' for none."""
    items = list(items)
    if not items:
        return ""
    return ", ".join(items[:-1]) + (f" {conjunction} " if len(items) > 1 else "") + items[-1]


def clipped(text, limit=60):
    """``text`` on one line, shortened to ``limit`` characters with "…" for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
