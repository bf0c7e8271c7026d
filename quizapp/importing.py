"""Bring a teacher's question file into quizapp: decode it, read it in its format, store it as a set.

Shared by ``quizapp import``, ``quizapp convert`` and the upload page, so the
three accept exactly the same files and say the same things about them.
"""

import re
import secrets
from pathlib import PurePath

from . import formats
from .db import transaction
from .errors import QuestionFileError
from .loader import content_hash, store_set
from .store import question_sets
from .uploads import looks_binary


def decode(raw, filename):
    """The text of an uploaded file: UTF-8 (with or without BOM), else Windows-1252 with a warning.

    Returns (text, warnings). Spreadsheets on Windows still save CSV as cp1252;
    every byte sequence decodes in it, so binary files are caught first.
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Excel's "Unicode Text" and some Windows editors save UTF-16 with a byte-order mark.
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    if looks_binary(raw):
        raise QuestionFileError([f"{filename}:1: this is not a text file (a Word document, PDF or Anki deck?);"
                                 " export the questions as GIFT, Aiken, Moodle XML, CSV or quizapp JSON"])
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        return raw.decode("cp1252", errors="replace"), [
            f"{filename}:{line}: not UTF-8; read as Windows-1252 (check accented letters, or save the file as UTF-8)"
        ]


def with_unix_newlines(text):
    """``text`` with Windows line endings made plain newlines, as a browser sends a text box's.

    Upload, paste and the command line all read a file through this, so each reads the same text: the command line
    had read a Windows file's CR LF as it was, and named a GIFT set after its file where the upload page named it
    after its opening comment (a new user's walk).
    """
    return text.replace("\r\n", "\n")


def title_from_filename(filename):
    """'week-3_quiz.gift' -> 'week 3 quiz': a set name when the file has no title of its own."""
    stem = PurePath(filename or "").stem
    return re.sub(r"[\s_-]+", " ", stem).strip() or "Imported questions"


def read_file_text(text, filename, fmt=None, title=None, default_title=None):
    """The checked QuestionSet in ``text``; QuestionFileError lists every problem as FILE:LINE: message.

    ``fmt`` is guessed from the file name and content when not given;
    ``title`` names the set (else the file's own title, else ``default_title``, else the file name).
    """
    text = with_unix_newlines(text)
    if not text.strip():
        raise QuestionFileError([f"{filename}:1: the file is empty; choose the file that holds your questions"])
    fmt = fmt or formats.guess_format(filename, text)
    if fmt is None:
        raise QuestionFileError([
            # (by the formats' names as the Format menu shows them: "moodlexml" had meant nothing to a new user)
            f"{filename}:1: cannot tell the questions' format; choose it ("
            f"{', '.join(formats.FORMATS[name].label for name in formats.READABLE)}), or give the file a .gift, .xml,"
            f" .csv, .tsv or .json name"
        ])
    question_set = formats.read(text, fmt, filename,
                                default_title=title or default_title or title_from_filename(filename))
    if all(question["type"] == "description" for question in question_set.questions):
        # Prose read as GIFT is all descriptions (text between questions): a set of "0 questions" that could be
        # published (a new user's walk). The formats read such a file; a set to import needs a question.
        first = next(n for n, line in enumerate(text.splitlines(), start=1) if line.strip())
        raise QuestionFileError([f"{filename}:{first}: no questions found, only text with no answers (in GIFT a"
                                 f" question's answers go in {{ }}); check that this is the right file and format"])
    if title:
        question_set.title = title
    return question_set


def read_upload(raw, filename, fmt=None, title=None):
    """Decode and read an uploaded file's bytes; decoding warnings join the set's warnings."""
    text, warnings = decode(raw, filename)
    question_set = read_file_text(text, filename, fmt, title)
    question_set.warnings = warnings + question_set.warnings
    return question_set


def slug_for(title):
    """A set's slug from its title: lower-case words and hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "set"


def store_new_set(db, question_set, owner_id=None, origin="import", preview=None):
    """Create a set from imported questions in one transaction; return (its id, whether it is new).

    ``preview`` is the token of the preview page it was created from: a second create from that page (a double
    click, Back and Create again) returns the set the first one made, not a copy."""
    with transaction(db):
        if preview:
            made = question_sets.get_set_created_from(db, preview)
            if made is not None:
                return made["id"], False
        slug = f"{slug_for(question_set.title)}-{secrets.token_hex(3)}"
        set_id = question_sets.insert_set(db, slug, question_set, origin=origin,
                                          content_hash=content_hash(question_set), owner_id=owner_id)
        question_sets.replace_questions(db, set_id, question_set.questions)
        if preview:
            question_sets.mark_created_from(db, set_id, preview)
    return set_id, True


def store_named_set(db, question_set, origin):
    """Create the set named like ``question_set``, or replace the questions of the one imported under that name.

    Returns (set id, "added" | "updated" | "unchanged"), as ``quizapp load`` stores files:
    changed questions are retired, not deleted, so students' past attempts keep what they answered.
    """
    slug = f"import-{slug_for(question_set.title)}"
    with transaction(db):
        status = store_set(db, slug, question_set, origin)
        return question_sets.get_set_by_slug(db, slug)["id"], status
