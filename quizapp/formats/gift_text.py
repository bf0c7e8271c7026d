"""GIFT's text layer: the file cut into question blocks, escapes, weights, numbers, metadata and formats.

``gift.py`` builds questions out of the pieces found here; the parts of a
question (text, answers, feedback) are read and written with their [format]
tags here too. Everything follows Moodle's importer
(``question/format/gift/format.php`` and ``question/format.php``), summarised in
formats.md §1: lines are trimmed, blank lines (and lines of just ``0``) end a
question, ``//`` lines are comments, and a backslash escapes ``\\ : # = { } ~``
and writes a newline as ``\\n``.
"""

import html
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from .. import richtext

# PHP's trim() removes exactly these; Python's strip() would also eat characters
# such as a no-break space that Moodle keeps.
WHITESPACE = " \t\n\r\0\x0b"
BOM = "\ufeff"
CATEGORY = "$CATEGORY:"

# Escaped characters are hidden while a block is taken apart, as Moodle does with
# its "&&058;" placeholders, so that ``\{`` is never read as syntax. A hidden
# character is MARK followed by a letter; a MARK already in the text is hidden too,
# so any text survives the round trip. No placeholder holds a syntax character,
# whitespace or a line break, so cutting at syntax never splits one and line
# numbers still count real lines.
MARK = "\ue000"
HIDE = {"\\": "b", ":": "c", "#": "h", "=": "e", "{": "o", "}": "x", "~": "t", "n": "n"}
SHOW = {"b": "\\", "c": ":", "h": "#", "e": "=", "o": "{", "x": "}", "t": "~", "n": "\n", "m": MARK}
ESCAPE = re.compile(r"\\([\\:#={}~n])")
HIDDEN = re.compile(MARK + "(.?)", re.S)

# What the writer escapes (Moodle's repchar): a backslash first, then the syntax
# characters; a newline becomes \n and a carriage return is dropped.
WRITE_ESCAPES = str.maketrans({
    "\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n", "\r": "",
})

FORMAT_TAGS = ("html", "moodle", "plain", "markdown")
# Text with an HTML tag in it; "2 < 3" is not one.
HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
HTML_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")

# Moodle's weight syntax, applied to what lies between the two % signs.
WEIGHT = re.compile(r"-*[0-9]{1,2}\.?[0-9]*")
# Between % signs, a short word with a digit was surely meant as a weight even
# though Moodle's pattern refuses it ("5,5", ".5", "--50", "150", "5O"); it is
# reported rather than read as answer text. "%d%s" stays text, as in Moodle.
WEIGHT_LIKE = re.compile(r"[^\s%]{1,10}")
# The grades Moodle accepts, as it writes them (formats.md §1.6).
MOODLE_GRADES = ("100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40", "33.33333", "30",
                 "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5", "0")
GRADE_TOLERANCE = 0.00001

# A number as PHP's is_numeric() takes it (ASCII digits only; no "inf", no "1_000").
NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


@dataclass
class Block:
    """One question's lines: the text lines, trimmed, and the comment lines apart."""

    entries: list = field(default_factory=list)  # (file line, trimmed text) of each non-comment line
    comments: list = field(default_factory=list)  # the comment lines, for [id:] and [tag:]
    ended_by: tuple | None = None  # (file line, text) of the blank or "0" line that ended it; None at the file's end

    @property
    def text(self):
        return "\n".join(text for _, text in self.entries)

    @property
    def first_line(self):
        return self.entries[0][0]


def file_lines(text):
    """The file's lines, trimmed, as Moodle reads them: BOM removed, old Mac CR-only files split at CR."""
    if text.startswith(BOM):
        text = text[1:]
    separator = "\r" if "\n" not in text and "\r" in text else "\n"
    return [line.strip(WHITESPACE) for line in text.split(separator)]


def blocks(text):
    """Yield the file's question blocks: runs of lines between blank ones (a line of just "0" is blank).

    A block of nothing but comments is no question and is skipped.
    """
    entries, comments = [], []
    for number, line in enumerate(file_lines(text), start=1):
        if line in ("", "0"):  # PHP's empty("0") is true, so Moodle ends a question at a "0" line
            if entries:
                yield Block(entries, comments, (number, line))
            entries, comments = [], []
        elif line.startswith("//"):
            comments.append(line)
        else:
            entries.append((number, line))
    if entries:
        yield Block(entries, comments)


def take_categories(block, category, parsed):
    """(the block without its $CATEGORY lines or None, the category in force after them).

    Moodle reads a whole block that starts with $CATEGORY: as the category's
    name; a question written right under the line would vanish into it, so it
    is read as a question, with a warning.
    """
    count = 0
    while count < len(block.entries) and block.entries[count][1].startswith(CATEGORY):
        category = block.entries[count][1][len(CATEGORY):].strip(WHITESPACE) or None
        count += 1
    if count == 0:
        return block, category
    if count == len(block.entries):
        return None, category
    parsed.warn(block.entries[count][0], "this line was read as a new question; put a blank line after $CATEGORY lines")
    return Block(block.entries[count:], block.comments, block.ended_by), category


def hide_escapes(text):
    """``text`` with every escaped character (``\\{``, ``\\n``...) replaced by a placeholder."""
    return ESCAPE.sub(lambda m: MARK + HIDE[m[1]], text.replace(MARK, MARK + "m"))


def show(text):
    """Hidden text back to what it says, trimmed as Moodle trims every part."""
    return HIDDEN.sub(lambda m: SHOW.get(m[1], ""), text).strip(WHITESPACE)


def escape(text):
    """``text`` as GIFT writes it: syntax characters escaped, one line."""
    return text.translate(WRITE_ESCAPES)


def split_format(text):
    """(format or None, rest) for hidden ``text`` that may start with [html], [plain]..."""
    text = text.strip(WHITESPACE)
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in FORMAT_TAGS:
            return text[1:end], text[end + 1:]
    return None, text


def starts_with_format_tag(text):
    """Whether plain ``text`` would be read as starting with a format tag."""
    return split_format(text)[0] is not None


def has_html(text):
    """Whether ``text`` holds an HTML tag."""
    return HTML_TAG.search(text) is not None


def has_markup(text):
    """Whether ``text`` holds an HTML tag or entity."""
    return has_html(text) or HTML_ENTITY.search(text) is not None


def split_parts(text, base, separators):
    """(offset, separator, piece) for the pieces of ``text`` cut before each separator character.

    The piece before the first separator has separator "" and is dropped when
    blank, as Moodle drops it. Offsets are ``base`` plus the piece's start, so
    they can be turned into line numbers.
    """
    parts, begin, separator = [], 0, ""
    for index, char in enumerate(text):
        if char in separators:
            parts.append((base + begin, separator, text[begin:index]))
            begin, separator = index + 1, char
    parts.append((base + begin, separator, text[begin:]))
    if not parts[0][2].strip(WHITESPACE):
        parts.pop(0)
    return parts


def split_weight(piece):
    """(weight, rest, problem) for an answer that may start with a %n% weight.

    ``weight`` is None when there is none; ``problem`` says why a weight could
    not be read.
    """
    piece = piece.strip(WHITESPACE)
    if not piece.startswith("%"):
        return None, piece, None
    end = piece.find("%", 1)
    if end < 0:
        return None, piece, None
    body = piece[1:end]
    if WEIGHT.fullmatch(body) and not body.startswith("--"):
        weight = float(Decimal(body) / 100)
        if -1 <= weight <= 1:
            return weight, piece[end + 1:], None
    elif not (WEIGHT_LIKE.fullmatch(body) and re.search("[0-9]", body)):
        return None, piece, None  # "%d%s" and the like are answer text, as in Moodle
    return None, piece[end + 1:], f"the weight %{show(body)}% is not a percentage between -100 and 100, like %50% or %-33.33333%"


def weight_text(weight):
    """A weight as Moodle writes it: a percentage, on Moodle's grade list when it is that close to one."""
    for grade in MOODLE_GRADES:
        if abs(abs(weight) - float(grade) / 100) <= GRADE_TOLERANCE:
            return "-" + grade if weight < 0 and grade != "0" else grade
    percent = (Decimal(repr(float(weight))) * 100).normalize()
    return format(percent, "f")


def parse_number(text):
    """The number ``text`` says (an int when written as one), or None."""
    text = text.strip(WHITESPACE)
    if not NUMBER.fullmatch(text):
        return None
    if re.fullmatch(r"[+-]?[0-9]{1,15}", text):  # longer ones as floats: int() refuses 4300+ digits
        return int(text)
    value = float(text)
    return value if math.isfinite(value) else None  # "1e999" overflows


def tidy_number(value):
    """``value`` as an int when it is a whole float (a range's midpoint), else as it is."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def number_text(value):
    """A number as GIFT writes it: Python's shortest exact form, which PHP's is_numeric accepts."""
    return str(value) if isinstance(value, int) else repr(float(value))


def midpoint(low, high):
    """(middle, half-width) of the range low..high, in decimal so that 3.141..3.142 gives 3.1415 and 0.0005."""
    low, high = Decimal(repr(float(low))), Decimal(repr(float(high)))
    middle = (low + high) / 2
    return tidy_number(float(middle)), tidy_number(float(high - middle))


# Moodle's patterns for the metadata in comment lines: [id:...] (the first one
# counts) and any number of [tag:...]; "\]" writes a "]" inside them.
ID_TOKEN = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
TAG_TOKEN = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f\x7f])*)\]")
# Where a token that failed to match stopped: no token can start before this and succeed.
ID_STOP = re.compile(r"[\x00-\x1f\x7f]")
TAG_STOP = re.compile(r"[<>`\x00-\x1f\x7f]")


def tokens(line, opener, pattern, stop):
    """The values of every ``opener...]`` token in a comment line.

    Each failed attempt resumes after the character that stopped it, so a line
    full of unclosed ``[tag:`` takes linear time, not quadratic.
    """
    values, position = [], 0
    while (start := line.find(opener, position)) >= 0:
        match = pattern.match(line, start)
        if match:
            value = match[1].strip(WHITESPACE).replace("\\]", "]")
            if value:
                values.append(value)
            position = match.end()
        else:
            stopper = stop.search(line, start + len(opener))
            position = stopper.end() if stopper else len(line)
    return values


def metadata(comments):
    """(id or None, tags) declared in a question's comment lines, as Moodle reads them."""
    ident, tags = None, []
    for line in comments:
        ident = ident or next(iter(tokens(line, "[id:", ID_TOKEN, ID_STOP)), None)
        tags += tokens(line, "[tag:", TAG_TOKEN, TAG_STOP)
    return ident, list(dict.fromkeys(tags))  # each tag once, in order


def metadata_text(value):
    """An id or tag as written inside [id:...] or [tag:...]."""
    return value.replace("]", "\\]")


# Parts of a question and their formats

class Rich(NamedTuple):
    """A part of a question as read: its text and the [format] tag it carried, if any."""

    text: str
    fmt: str | None


def rich(hidden):
    """The Rich part for hidden text that may start with a format tag."""
    fmt, rest = split_format(hidden)
    return Rich(show(rest), fmt)


def text_and_feedback(hidden):
    """An answer and its feedback, split at the first "#"."""
    answer, _, feedback = hidden.partition("#")
    return rich(answer), rich(feedback)


def settle_formats(question):
    """Give every part of ``question`` the question's format, converting the parts tagged otherwise.

    The question's format is its text's [format] tag; untagged, it is plain
    unless some part holds HTML or carries a richer tag, and then "moodle"
    (Moodle's default for untagged text). Returns (index, text as written) of
    each matching item whose markup was made plain text.
    """
    slots = [*richtext.rich_parts(question), *((pair, "left") for pair in question.get("pairs", ()))]
    parts = [container[key] for container, key in slots]
    fmt = question["prompt"].fmt
    if fmt is None:
        richer = any(p.fmt not in (None, "plain") or (p.fmt is None and has_html(p.text)) for p in parts)
        fmt = "moodle" if richer else "plain"
    made_plain = []
    for (container, key), piece in zip(slots, parts, strict=True):
        source = piece.fmt or fmt
        if key == "left":
            # Matching items are plain in quizapp. Moodle shows them in the question's
            # format; markup in them is HTML (which Markdown and "moodle" allow too).
            markup = source != "plain" and has_markup(piece.text)
            container[key] = richtext.to_plain(piece.text, "html") if markup else piece.text
            if markup:
                made_plain.append((next(i for i, pair in enumerate(question["pairs"]) if pair is container), piece.text))
        elif piece.text or key == "prompt":
            container[key] = richtext.convert(piece.text, source, fmt).strip(WHITESPACE)
        else:
            del container[key]  # no feedback given
    if fmt != "plain":
        question["format"] = fmt
    return made_plain


def part(text, fmt):
    """A part of the question as written: escaped, and tagged when its text starts like a format tag."""
    return (f"[{fmt}]" if starts_with_format_tag(text) else "") + escape(text)


def prompt_tag(question, fmt):
    """The [format] tag before the text: always for a format other than plain, and for plain when needed.

    Plain text goes untagged unless the reader would mistake it: for HTML, for a
    format tag, for a comment ("//...") or for a blank line ("0").
    """
    if fmt != "plain":
        return f"[{fmt}]"
    prompt = question["prompt"].lstrip(WHITESPACE)
    texts = [container[key] for container, key in richtext.rich_parts(question)]
    texts += [pair["left"] for pair in question.get("pairs", ())]
    untitled = not question.get("title", "").strip(WHITESPACE)
    if (any(has_html(text) for text in texts) or starts_with_format_tag(prompt)
            or (untitled and (prompt.startswith("//") or prompt.rstrip(WHITESPACE) == "0"))):
        return "[plain]"
    return ""


def left_text(text, fmt):
    """A matching item (plain in quizapp) in the question's format, which Moodle reads it in."""
    if fmt != "plain" and ("<" in text or "&" in text):
        return html.escape(text, quote=False)
    return text


