"""What every upload form needs before it reads a file: is it text at all?"""

import re

# A NUL, or more than this many control characters near the start, means a binary file
# (a PDF, a Word document, an Anki deck) renamed or picked by mistake.
MAX_CONTROL_CHARACTERS = 10
SAMPLE_BYTES = 20_000


def looks_binary(raw):
    """True when the start of ``raw`` (bytes) is not text in any encoding a teacher would save."""
    sample = raw[:SAMPLE_BYTES]
    if sample.startswith(BINARY_SIGNATURES):
        return True  # a Word document or a zip named .txt, however short (a new user's find)
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    return b"\x00" in sample or controls > MAX_CONTROL_CHARACTERS


# How the files a teacher might pick by mistake begin: zip (and so .docx, .apkg), PDF, PNG, JPEG, GIF, RAR, 7-Zip.
BINARY_SIGNATURES = (b"PK\x03\x04", b"%PDF-", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!", b"7z\xbc\xaf")


# "<meta charset="windows-1252">", "<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">".
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


LATIN_1_LABELS = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"}


def article_text(raw, is_html):
    """The text of an uploaded article (bytes), or None when it is no text a teacher would save.

    UTF-8 first (with or without a byte-order mark), and UTF-16 with one. A page saved from an older
    site keeps the bytes of the charset its <meta> declares; a text file saved by Windows Notepad
    or Word as "ANSI" is Windows-1252. Both had been refused as "not UTF-8" (a new user's find).
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
        # An English article in UTF-16 is mostly ASCII letters; bytes that only begin like a mark are not one.
        return text if sum(ch.isascii() for ch in text) >= 0.8 * len(text) > 0 else None
    if looks_binary(raw):
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(raw[:SAMPLE_BYTES]) if is_html else None
    declared = declared.group(1).decode("ascii").lower() if declared else None
    # As browsers do, a page that says Latin-1 or ASCII is read as Windows-1252, which they meant.
    for encoding in ([declared] if declared and declared not in LATIN_1_LABELS else []) + ["cp1252"]:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return None
