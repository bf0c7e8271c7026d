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


def every_field_set():
    """A set using every field some format has no place for, in one question every format holds."""
    question = {"id": "q1", "type": "multiple_choice", "title": "Capital", "tags": ["geo"], "category": "Europe",
                "prompt": "Which city is the capital of France?", "feedback": "Paris has been the capital since 987.",
                "points": 2, "source": {"sentence": "Paris is the capital of France.", "start": 0, "end": 31},
                "choices": [{"text": "Paris", "weight": 1, "feedback": "Yes."}, {"text": "Lyon", "weight": 0},
                            {"text": "Nice", "weight": 0}]}
    settings = {**json_format.DEFAULT_SETTINGS, "feedback": "end", "shuffle_choices": False}
    return json_format.QuestionSet(title="Capitals", description="European capitals.", questions=[question],
                                   source={"title": "Capitals", "text": "Paris is the capital of France."},
                                   settings=settings)


@pytest.mark.parametrize("fmt", formats.READABLE)
def test_what_a_format_leaves_out_is_what_its_file_loses(fmt):
    # A new user's walk: GIFT and Moodle XML had lost every source sentence, GIFT the points, every format the
    # quiz's settings, and the Export list said nothing. Each format now declares what it has no place for, and
    # the Export list names it (formats.left_out); this reads the file back to check the declaration.
    original = every_field_set()
    back = formats.read(formats.write(original, fmt).data, fmt, "export")
    (mine,), (theirs,) = original.questions, back.questions
    lost = {
        "source": theirs.get("source") != mine["source"],
        "article": (back.source or {}).get("text") != original.source["text"],
        "points": theirs.get("points", 1) != mine["points"],
        "settings": {k: v for k, v in back.settings.items() if k != "published"}
        != {k: v for k, v in original.settings.items() if k != "published"},
        "explanation": theirs.get("feedback") != mine["feedback"],
        "choice_feedback": [c.get("feedback") for c in theirs["choices"]] != [c.get("feedback") for c in mine["choices"]],
        "title": theirs.get("title") != mine["title"],
        "tags": theirs.get("tags") != mine["tags"],
        "category": theirs.get("category") != mine["category"],
        "description": back.description != original.description,
    }
    declared = getattr(formats.FORMATS[fmt].load(), "LEAVES_OUT", ())
    assert {field for field, gone in lost.items() if gone} == set(declared)
    assert formats.left_out(original, fmt) == [formats.LEFT_OUT_NAMES[field] for field in declared]
    plain = json_format.QuestionSet(title="Capitals", questions=[{**mine, "points": 1}])
    assert "points" not in formats.left_out(plain, fmt)  # only what the set uses is named
