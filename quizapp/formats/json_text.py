"""A quizapp JSON file's text parsed, and what is wrong with text that is not JSON told with its line.

Python's json module takes some text it should not, or cannot, and then fails
in ways a teacher cannot act on: brackets nested a thousand deep raise
RecursionError (in the parser, or later in the schema validators), an integer of
thousands of digits raises ValueError, ``NaN`` and ``Infinity`` are read as
numbers that JSON has not got, and ``"\\ud800"`` gives a string that no page or
database can hold. Each is found here and reported as ``FILE:LINE: message``,
as a syntax error is, with what to fix.
"""

import json
import re
from itertools import accumulate

from ..errors import QuestionFileError

# A quizapp file nests six levels deep at most (set, questions, question, choices, choice, ...); a file of 1,000
# "[" had made the upload page answer 500 and `quizapp convert` print a traceback (a new user's walk).
MAX_DEPTH = 64
# Python turns at most this many digits into an int (sys.get_int_max_str_digits) and raises ValueError past it.
MAX_DIGITS = 4300
# A JSON string, to its closing quote (or to the line's end, if it has none), and what lies between strings.
STRING = re.compile(r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"?')
NOT_BRACKET = re.compile(r"[^\[\]{}]+")
DIGITS = re.compile(r"[0-9]+")
DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
# What the slower scan that finds the place looks at: a string (skipped whole), a bracket, digits, a constant.
TOKEN = re.compile(STRING.pattern + r"|[\[\]{}]|-?[0-9]+|-?Infinity|NaN")
# Half of a surrogate pair written as an escape; the file is checked for one with no other half only if it has any.
SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# A "\uD800"-style escape of half a surrogate pair with no other half: a string Python holds but cannot encode.
LONE_SURROGATE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
                            r"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")

# What to do about the JSON parser's own words, which say where but not what to fix (a new user's walk).
JSON_FIXES = {
    "Expecting ',' delimiter": "a comma is missing before this, or a text holds a \" that needs a backslash (\\\")",
    "Expecting property name enclosed in double quotes": "a name here needs double quotes (\"title\", not 'title')",
    "Unterminated string starting at": "a text opened here is not closed with \"",
    "Expecting value": "a value is missing here",
    "Extra data": "the file goes on after its last }",
}


def parse(text, filename):
    """The data in JSON ``text``; QuestionFileError with the line of the first thing that is not JSON."""
    problem = unreadable(text)
    if problem is not None:
        position, what, fix = problem
        raise QuestionFileError([f"{filename}:{line_of(text, position)}: {what} (column {column_of(text, position)});"
                                 f" {fix}"])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise QuestionFileError([f"{filename}:{e.lineno}: invalid JSON: {json_fix(text, e)}"]) from None
    if SURROGATE_ESCAPE.search(text) and holds_lone_surrogate(data):
        found = LONE_SURROGATE.search(text)
        position = found.start() if found else 0
        raise QuestionFileError([f"{filename}:{line_of(text, position)}: a text holds {text[position:position + 6]},"
                                 f" half of a character written as two \\u escapes (column {column_of(text, position)});"
                                 " write the character itself, or both halves"])
    return data


def unreadable(text):
    """(position, what, fix) of the first thing in ``text`` that Python's json would mistake or choke on, else None.

    A quick look first, in C-speed passes over the text with its strings blanked out (a 10,000-question file takes
    a tenth of what json.loads does); only a file it finds fault with is scanned token by token for the place.
    """
    bare = STRING.sub('""', text)
    deepest = max(accumulate(map(DEPTH_STEP.__getitem__, NOT_BRACKET.sub("", bare))), default=0)
    longest = max(map(len, DIGITS.findall(bare)), default=0)
    if deepest <= MAX_DEPTH and longest <= MAX_DIGITS and "Infinity" not in bare and "NaN" not in bare:
        return None
    return first_unreadable(text)


def first_unreadable(text):
    """(position, what, fix) of the first unreadable thing ``unreadable`` found in ``text``, or None."""
    depth = 0
    for match in TOKEN.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                return (match.start(), f"brackets nested more than {MAX_DEPTH} deep",
                        "a question file needs a few levels only: check for a [ or { left unclosed")
        elif token in ("]", "}"):
            depth -= 1
        elif token.lstrip("-")[:1].isdigit():
            if len(token.lstrip("-")) > MAX_DIGITS:
                return (match.start(), f"a number of {len(token.lstrip('-')):,} digits",
                        f"write at most {MAX_DIGITS:,} (with an exponent for a large number, like 6.02e23)")
        elif not token.startswith('"'):
            return match.start(), f"{token} is no number in JSON", "write a number"
    return None


def holds_lone_surrogate(data):
    """Whether any text in ``data`` holds half a surrogate pair (which cannot be stored or shown)."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def line_of(text, position):
    """The 1-based line of ``position`` in ``text``."""
    return text.count("\n", 0, position) + 1


def column_of(text, position):
    """The 1-based column of ``position`` in ``text``."""
    return position - text.rfind("\n", 0, position)


def json_fix(text, error):
    """The parser's complaint with what to fix, and the column: a comma before a closing bracket, the commonest
    slip, and a comma doubled are named as such."""
    if text[:error.pos].rstrip().endswith(",") and text[error.pos:error.pos + 1] in "]}":
        return f"a comma before this closing bracket (column {error.colno}); remove it"
    if text[:error.pos].rstrip().endswith(",") and text[error.pos:error.pos + 1] == ",":
        # '"multiple_choice",, ': two commas, not a name without its quotes (a new user's walk)
        return f"two commas in a row (column {error.colno}); remove one"
    fix = next((hint for message, hint in JSON_FIXES.items() if error.msg.startswith(message)), error.msg)
    return f"{fix} (column {error.colno})"
