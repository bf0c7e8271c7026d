"""Moodle XML's vocabulary shared by its reader and writer: format and type names, limits, messages."""

import re

from .. import richtext

# Moodle's names for text formats, and ours. wiki_like is a retired Moodle format
# of plain text with line breaks, which is what quizapp's "moodle" format shows.
FORMATS_IN = {
    "html": "html", "moodle_auto_format": "moodle", "plain_text": "plain", "markdown": "markdown", "wiki_like": "moodle",
}
FORMATS_OUT = {"plain": "plain_text", "html": "html", "markdown": "markdown", "moodle": "moodle_auto_format"}
# Moodle reads a text without a format attribute as HTML.
DEFAULT_FORMAT = "html"

# quizapp's question types, by the name Moodle XML gives them ("match" is Moodle's internal name).
TYPES_IN = {
    "multichoice": "multiple_choice", "truefalse": "true_false", "shortanswer": "short_answer",
    "numerical": "numerical", "matching": "matching", "match": "matching", "essay": "essay",
    "description": "description",
}
TYPES_OUT = {
    "multiple_choice": "multichoice", "true_false": "truefalse", "short_answer": "shortanswer",
    "numerical": "numerical", "matching": "matching", "essay": "essay", "description": "description",
}
# The penalty for each wrong try Moodle gives a new question of each type.
PENALTY = {
    "multichoice": "0.3333333", "truefalse": "1.0000000", "shortanswer": "0.3333333", "numerical": "0.3333333",
    "matching": "0.3333333", "essay": "0.0000000", "description": "0.0000000",
}

# A plain decimal number, as Moodle writes grades, fractions and tolerances (no
# "nan", "inf" or "1_000", which Python's float() would take).
NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
# Characters XML 1.0 cannot hold at all, not even escaped.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Lone UTF-16 surrogates: what undecodable bytes become with errors="surrogateescape".
SURROGATE = re.compile("[\ud800-\udfff]")
# How long a question name made from the prompt may be, like Moodle's own.
NAME_LENGTH = 50

ENTITIES = "the file declares XML entities, which quizapp does not accept"
DOCTYPE = "the file has a <!DOCTYPE> declaration, which quizapp does not accept; remove it (Moodle never writes one)"



def default_name(question):
    """The name a question without a title gets in Moodle XML: the start of its prompt as plain text.

    The reader leaves out a title that is just this, so a question keeps having no title.
    """
    words = " ".join(richtext.to_plain(question["prompt"], question.get("format", "plain")).split())
    if len(words) <= NAME_LENGTH:
        return words or "Question"
    start = words[:NAME_LENGTH + 1]
    # Cut at the last whole word, unless the start is one long word.
    return (start.rsplit(" ", 1)[0] if " " in start else words[:NAME_LENGTH]).rstrip() + "..."
