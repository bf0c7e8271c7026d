"""How messages write a list: "a, b and c", "a or b"."""


def listed(items, conjunction="and"):
    """'a, b and c' ('a or b' with ``conjunction`` "or"); '' for none."""
    items = list(items)
    if not items:
        return ""
    return ", ".join(items[:-1]) + (f" {conjunction} " if len(items) > 1 else "") + items[-1]
