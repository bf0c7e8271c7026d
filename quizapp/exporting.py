"""Hand a stored question set back as a file, in any format quizapp writes."""

import unicodedata

from . import formats
from .formats.json_format import QuestionSet
from .importing import slug_for
from .store import question_sets
from .store.question_sets import SETTING_COLUMNS


def stored_set(db, set_row):
    """The QuestionSet for a question_set row: its current questions, settings and article."""
    questions = question_sets.get_question_dicts(db, set_row["id"])
    source = {"title": set_row["source_title"], "url": set_row["source_url"], "text": set_row["source_text"]}
    settings = {key: set_row[column] for key, column in SETTING_COLUMNS.items()}
    for key, value in settings.items():
        if key != "feedback":
            settings[key] = bool(value)
    return QuestionSet(
        title=set_row["title"], description=set_row["description"] or "", questions=questions,
        source={k: v for k, v in source.items() if v} or None, settings=settings,
    )


def file_stem(title):
    """The export's file name from the set's title, its letters' accents dropped rather than the letters: "Ünïcode
    quiz" -> "unicode-quiz", where it had been "n-code" (a new user's walk). A title with no Latin letters at all
    is "set". (Not the set's slug: that names stored sets, and changing it would split a set loaded again.)"""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return slug_for(plain)


def export_set(db, set_row, fmt):
    """The set written in ``fmt`` (a formats.Export: bytes or text, skipped questions, file name)."""
    return formats.write(stored_set(db, set_row), fmt, basename=file_stem(set_row["title"]))
