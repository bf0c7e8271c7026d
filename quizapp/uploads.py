"""What every upload form needs before it reads a file: is it text at all?"""

# A NUL, or more than this many control characters near the start, means a binary file
# (a PDF, a Word document, an Anki deck) renamed or picked by mistake.
MAX_CONTROL_CHARACTERS = 10
SAMPLE_BYTES = 20_000


def looks_binary(raw):
    """True when the start of ``raw`` (bytes) is not text in any encoding a teacher would save."""
    sample = raw[:SAMPLE_BYTES]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return b"\x00" in sample or controls > MAX_CONTROL_CHARACTERS
