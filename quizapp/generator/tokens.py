"""Tokens of a spaCy span by character offsets, and in document order."""


def tokens_at(span, start, end):
    """The span's tokens that overlap [start, end) (character offsets in the span's doc)."""
    found = span.doc.char_span(start, end, alignment_mode="expand")
    if found is None:
        return []
    return [t for t in found if span.start <= t.i < span.end]


def in_order(tokens):
    """Tokens in document order: a non-projective parse ("which it said had allowed", with "which"
    hung on "allowed") yields a subtree out of it."""
    return sorted(tokens, key=lambda t: t.i)
