"""Across formats: a teacher's file through quizapp JSON and back, and quizapp's sets through every format.

Each format's own tests check write-then-read of generated questions; these check the
paths the issue names (GIFT → JSON → GIFT, JSON → Moodle XML → JSON, ...) on the sample files.
"""

from pathlib import Path

import pytest

from quizapp import formats
from quizapp.errors import QuestionFileError
from quizapp.formats import json_format
from tests.conftest import DATA

CORPUS = DATA / "formats"


def importable(fmt, path):
    """True for the sample files that import (the corpus also holds files made to be refused)."""
    try:
        formats.read(path.read_text(encoding="utf-8-sig"), fmt, path.name)
    except QuestionFileError:
        return False
    return True


SAMPLES = [
    (fmt, path)
    for fmt, folder, suffixes in (("gift", "gift", (".gift",)), ("aiken", "aiken", (".txt",)),
                                  ("moodlexml", "moodlexml", (".xml",)), ("csv", "csv", (".csv", ".tsv", ".txt")))
    for path in sorted((CORPUS / folder).iterdir())
    if path.suffix in suffixes and importable(fmt, path)
]


@pytest.mark.parametrize(("fmt", "path"), SAMPLES, ids=[f"{f}-{p.name}" for f, p in SAMPLES])
def test_a_teachers_file_through_quizapp_json_and_back(fmt, path):
    original = formats.read(path.read_text(encoding="utf-8-sig"), fmt, path.name)
    as_json = json_format.dumps(original)
    via_json = json_format.loads(as_json, "via.json")
    assert via_json.questions == original.questions
    written = formats.write(via_json, fmt)
    held = [q for q in original.questions if not formats.FORMATS[fmt].load().unsupported(q)]
    back = formats.read(written.data, fmt, f"back.{fmt}")
    dropped = {"id"} if fmt == "csv" else set()  # the CSV export writes no id column
    assert [without(q, dropped) for q in back.questions] == [without(q, dropped) for q in held]


# Values a question may spell out or leave out, meaning the same.
DEFAULTS = {"format": "plain", "points": 1, "multiple": False, "case_sensitive": False}
ANSWER_DEFAULTS = {"weight": 1, "tolerance": 0}


def without(question, keys):
    """``question`` without ``keys`` and without the values that are only defaults spelt out."""
    kept = {k: v for k, v in question.items() if k not in keys and DEFAULTS.get(k, object()) != v}
    if "answers" in kept:
        kept["answers"] = [{k: v for k, v in a.items() if ANSWER_DEFAULTS.get(k, object()) != v} for a in kept["answers"]]
    return kept


# What each format has no place for; everything else must come back as it was.
NOT_HELD = {
    "gift": {"source", "difficulty", "points"},
    "moodlexml": {"source", "difficulty"},
}


@pytest.mark.parametrize("fmt", sorted(NOT_HELD))
def test_every_question_type_from_json_through_a_moodle_format_and_back(fmt):
    original = json_format.load_file(DATA / "mixed.json")
    exported = formats.write(original, fmt)
    assert not exported.skipped
    back = formats.read(exported.data, fmt, f"back.{fmt}")
    assert [without(q, NOT_HELD[fmt]) for q in back.questions] == \
           [without(q, NOT_HELD[fmt]) for q in original.questions]


def test_the_corpus_has_samples_of_every_readable_format():
    assert {fmt for fmt, _ in SAMPLES} == set(formats.READABLE) - {"json"}
    assert len(SAMPLES) >= 15


def test_every_shipped_set_survives_every_format():
    """The sample sets in questions/ write to every format, and what can be read back reads back."""
    for path in Path(DATA.parent.parent / "questions").glob("*.json"):
        question_set = json_format.load_file(path)
        for name, spec in formats.FORMATS.items():
            exported = formats.write(question_set, name)
            if spec.readable and len(exported.skipped) < len(question_set.questions):
                back = formats.read(exported.data, name, f"{path.stem}.{name}")
                assert len(back.questions) == len(question_set.questions) - len(exported.skipped), (path, name)
            assert all(isinstance(reason, str) and reason for reason in exported.skipped)
