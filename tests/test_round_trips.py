"""Across formats: a teacher's file through quizapp JSON and back, and quizapp's sets through every format.

Each format's own tests check write-then-read of generated questions; these check the
paths the issue names (GIFT → JSON → GIFT, JSON → Moodle XML → JSON, ...) on the sample files.
"""

import io
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from quizapp import formats
from quizapp.errors import QuestionFileError
from quizapp.formats import json_format, losses
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
    """A set using every part some format has no place for, in questions of the kinds each part belongs to."""
    questions = [
        {"id": "q1", "type": "multiple_choice", "title": "Capital city", "tags": ["geo"], "category": "Europe",
         "prompt": "Which city is the capital of France?", "feedback": "Paris has been the capital since 987.",
         "points": 2, "source": {"sentence": "Paris is the capital of France.", "start": 0, "end": 31},
         "choices": [{"text": "Paris", "weight": 1, "feedback": "Yes."},
                     {"text": "Lyon", "weight": 0, "feedback": "Lyon is the second city."}, {"text": "Nice", "weight": 0}]},
        {"id": "q2", "type": "short_answer", "title": "River name", "prompt": "Which river flows through Paris?",
         "case_sensitive": True, "answers": [{"text": "Seine", "feedback": "Right, the Seine."}]},
        {"id": "q3", "type": "short_answer", "prompt": "What did the Romans call Paris?", "answers": [
            {"text": "Lutetia", "feedback": "Yes, Lutetia."}, {"text": "Lutece", "weight": 0.5, "feedback": "The French form."},
            {"text": "*", "weight": 0, "feedback": "Think of the Romans."}]},
        {"id": "q4", "type": "numerical", "prompt": "How many arrondissements has Paris?",
         "answers": [{"value": 20}, {"value": "*", "weight": 0, "feedback": "Count again."}]},
        {"id": "q5", "type": "matching", "prompt": "Match each country to its capital.",
         "pairs": [{"left": "France", "right": "Paris"}, {"left": "Italy", "right": "Rome"}], "distractors": ["Marseille"]},
        {"id": "q6", "type": "true_false", "prompt": "Paris is in France.", "answer": True,
         "feedback_true": "Indeed.", "feedback_false": "It is, on the Seine."},
    ]
    settings = {**json_format.DEFAULT_SETTINGS, "feedback": "end", "shuffle_choices": False}
    return json_format.QuestionSet(title="Capitals", description="European capitals.", questions=questions,
                                   source={"title": "Capitals", "text": "Paris is the capital of France. It lies on"
                                                                        " the Seine."},
                                   settings=settings)


def entries(question):
    """(weight, feedback) of each choice or accepted answer."""
    return [(e.get("weight", 1), e.get("feedback")) for e in question.get("choices") or question.get("answers") or ()]


def lost_between(mine, theirs):
    """For each part a format may leave out, whether it is lost from question ``mine`` in the file's ``theirs``."""
    right = [losses.right(mine, e) for e in mine.get("choices") or mine.get("answers") or ()]
    wrong_tf = "feedback_false" if mine.get("answer") else "feedback_true"
    return {
        "source": theirs.get("source") != mine.get("source"),
        "points": theirs.get("points", 1) != mine.get("points", 1),
        "explanation": theirs.get("feedback") != mine.get("feedback"),
        "choice_feedback": [f for _, f in entries(theirs)] != [f for _, f in entries(mine)],
        "wrong_feedback": [f for (_, f), r in zip(entries(theirs), right, strict=False) if not r]
        != [f for (_, f), r in zip(entries(mine), right, strict=True) if not r] or theirs.get(wrong_tf) != mine.get(wrong_tf),
        "partial_credit": [w for w, _ in entries(theirs)] != [w for w, _ in entries(mine)],
        "case_sensitive": bool(theirs.get("case_sensitive")) != bool(mine.get("case_sensitive")),
        "distractors": theirs.get("distractors") != mine.get("distractors"),
        "title": theirs.get("title") != mine.get("title"),
        "tags": theirs.get("tags") != mine.get("tags"),
        "category": theirs.get("category") != mine.get("category"),
    }


@pytest.mark.parametrize("fmt", formats.READABLE)
def test_what_a_format_leaves_out_is_what_its_file_loses(fmt):
    # A new user's walk: GIFT and Moodle XML had lost every source sentence, GIFT the points, every format the
    # quiz's settings, and the Export list said nothing. Each format now declares what it has no place for, and
    # the Export list names it (formats.left_out); this reads the file back to check the declaration.
    original = every_field_set()
    module = formats.FORMATS[fmt].load()
    held = [q for q in original.questions if not module.unsupported(q)]
    back = formats.read(formats.write(original, fmt).data, fmt, "export")
    assert len(back.questions) == len(held)
    lost = {
        "article": (back.source or {}).get("text") != original.source["text"],
        "settings": {k: v for k, v in back.settings.items() if k != "published"}
        != {k: v for k, v in original.settings.items() if k != "published"},
        "description": back.description != original.description,
        **{part: any(lost_between(mine, theirs)[part] for mine, theirs in zip(held, back.questions, strict=True))
           for part in lost_between({}, {})},
    }
    if lost["choice_feedback"]:
        lost["wrong_feedback"] = False  # "feedback on options and answers" says it already
    declared = getattr(module, "LEAVES_OUT", ())
    assert {part for part, gone in lost.items() if gone} == set(declared)
    assert formats.left_out(original, fmt) == [losses.NAMES[part] for part in declared]
    plain = json_format.QuestionSet(title="Capitals", questions=[{**original.questions[0], "points": 1}])
    assert "points" not in formats.left_out(plain, fmt)  # only what the set uses is named


def test_what_anki_leaves_out_is_what_its_deck_lacks():
    # A new user's walk: the Export list said nothing of the partly right answers, the feedback on wrong ones, the
    # question names and more that an Anki deck loses. Anki is not read back, so the deck's text is searched for each
    # part; it has no place at all for marks, quiz settings or capitals that matter (nothing to search for).
    original = every_field_set()
    deck = anki_text(formats.write(original, "apkg").data)
    kept = {
        "source": "Paris is the capital of France.",
        "article": "It lies on the Seine.",
        "explanation": "Paris has been the capital since 987.",
        "choice_feedback": "Right, the Seine.",  # the right answers' feedback is on the back
        "wrong_feedback": "Lyon is the second city.",
        "partial_credit": "Lutece",
        "distractors": "Marseille",
        "title": "Capital city",
        "tags": "geo",
        "category": "Europe",  # the category's last part is a tag
        "description": "European capitals.",  # the deck's description
    }
    lost = {part: marker not in deck for part, marker in kept.items()}
    lost.update(points=True, settings=True, case_sensitive=True)
    assert all(marker in deck for marker in ("Yes.", "Yes, Lutetia.", "Indeed."))
    assert not any(marker in deck for marker in ("The French form.", "Think of the Romans.", "Count again.",
                                                 "It is, on the Seine.", "River name"))
    declared = formats.FORMATS["apkg"].load().LEAVES_OUT
    assert {part for part, gone in lost.items() if gone} == set(declared)
    assert formats.left_out(original, "apkg") == [losses.NAMES[part] for part in declared]


def anki_text(data):
    """Every field, tag and deck description of an .apkg file, as one text to search."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        collection = archive.read("collection.anki2")
    with closing(sqlite3.connect(":memory:")) as db:
        db.deserialize(collection)
        notes = [f"{fields} {tags}" for fields, tags in db.execute("SELECT flds, tags FROM notes")]
        decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    return "\n".join([*notes, *(deck["desc"] for deck in decks.values())])
