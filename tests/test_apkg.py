"""Anki .apkg export: the deck, note types, notes and fields Anki will import, read back with zipfile and sqlite3."""

import copy
import io
import json
import os
import sqlite3
import tempfile
import zipfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp import formats
from quizapp.formats import apkg
from quizapp.formats.json_format import QuestionSet

TITLE = "Rivers and mills"
SENTENCE = "Ana Lopez runs the mill by the river."


def sample_questions():
    """One question of every type, with the extras each mapping uses."""
    return [
        {"id": "mc", "type": "multiple_choice", "prompt": "Who runs the mill?", "feedback": "The article names her.",
         "source": {"sentence": SENTENCE}, "tags": ["people", "week one"], "category": "$course$/top/Week 1",
         "choices": [{"text": "Ana Lopez", "weight": 1, "feedback": "Yes."}, {"text": "Ben Ito", "weight": 0}]},
        {"id": "mr", "type": "multiple_choice", "multiple": True, "prompt": "Which are rivers?",
         "choices": [{"text": "Nile", "weight": 0.5}, {"text": "Sahara", "weight": -1}, {"text": "Amazon", "weight": 0.5}]},
        {"id": "tf", "type": "true_false", "prompt": "The river is 12 km long.", "answer": False,
         "feedback_true": "No.", "feedback_false": "Right: it is 120 km long."},
        {"id": "cloze", "type": "short_answer", "prompt": "Fill in the blank: _____ runs the mill.",
         "feedback": "She took over in 1990.", "source": {"sentence": SENTENCE},
         "answers": [{"text": "Lopez", "weight": 0.5}, {"text": "Ana Lopez"}]},
        {"id": "sa", "type": "short_answer", "prompt": "Who runs the mill?",
         "answers": [{"text": "Ana Lopez"}, {"text": "Lopez"}, {"text": "*", "weight": 0, "feedback": "No."}]},
        {"id": "num", "type": "numerical", "prompt": "How long is the river, in km?",
         "answers": [{"value": 120.0, "tolerance": 5}, {"value": "*", "weight": 0}]},
        {"id": "match", "type": "matching", "prompt": "Match each capital to its country.",
         "pairs": [{"left": "Paris", "right": "France"}, {"left": "Rome", "right": "Italy"}], "distractors": ["Spain"]},
        {"id": "intro", "type": "description", "prompt": "The last question asks for your opinion."},
        {"id": "essay", "type": "essay", "prompt": "Why do mills stand by rivers?", "feedback": "Water drives the wheel."},
        {"id": "essay2", "type": "essay", "prompt": "What would you change?"},
    ]


def make_set(questions=None, title=TITLE):
    return QuestionSet(title=title, description="Questions on <the> article.",
                       questions=sample_questions() if questions is None else questions)


def exportable(question_set):
    """The set without the questions the registry would drop before calling write."""
    kept = [q for q in question_set.questions if apkg.unsupported(q) is None]
    return QuestionSet(title=question_set.title, description=question_set.description, questions=kept)


def read_apkg(data):
    """What Anki would import from ``data``: decks, note types and notes (by guid), as plain Python."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]
        assert json.loads(archive.read("media")) == {}
        collection = archive.read("collection.anki2")
    with closing(sqlite3.connect(":memory:")) as db:
        db.deserialize(collection)
        decks_json, models_json = db.execute("SELECT decks, models FROM col").fetchone()
        notes = [
            {"guid": guid, "mid": mid, "tags": tags.split(), "fields": flds.split("\x1f"), "cards": cards, "dids": dids}
            for guid, mid, tags, flds, cards, dids in db.execute(
                "SELECT n.guid, n.mid, n.tags, n.flds, count(c.id), group_concat(DISTINCT c.did)"
                " FROM notes n LEFT JOIN cards c ON c.nid = n.id GROUP BY n.id ORDER BY n.id"
            )
        ]
    decks = {int(k): v for k, v in json.loads(decks_json).items() if k != "1"}  # "1" is Anki's Default deck
    models = {int(k): v for k, v in json.loads(models_json).items()}
    return {"decks": decks, "models": models, "notes": notes}


def note_of(exported, question_id, title=TITLE):
    guid = apkg.note_guid(title, {"id": question_id})
    [note] = [n for n in exported["notes"] if n["guid"] == guid]
    return note


@pytest.fixture(scope="module")
def exported():
    return read_apkg(apkg.write(exportable(make_set())))


def test_one_deck_named_after_the_set_holding_every_card(exported):
    [(deck_id, deck)] = exported["decks"].items()
    assert deck["name"] == TITLE
    assert deck["desc"] == "Questions on &lt;the&gt; article."
    assert all(note["cards"] == 1 and note["dids"] == str(deck_id) for note in exported["notes"])


def test_one_note_per_exportable_question(exported):
    assert len(exported["notes"]) == len(sample_questions()) - 1  # all but the description


def test_registry_drops_descriptions_and_says_why():
    export = formats.write(make_set(), "apkg", basename="rivers")
    assert export.filename == "rivers.apkg" and isinstance(export.data, bytes)
    assert export.skipped == ["question 8 (The last question asks for your opinion.): a description has no answer to learn"]
    assert len(read_apkg(export.data)["notes"]) == len(sample_questions()) - 1


def test_note_types_have_fixed_ids_names_and_fields(exported):
    basic, cloze = exported["models"][apkg.BASIC_MODEL_ID], exported["models"][apkg.CLOZE_MODEL_ID]
    assert set(exported["models"]) == {apkg.BASIC_MODEL_ID, apkg.CLOZE_MODEL_ID}
    assert (basic["name"], basic["type"]) == ("quizapp Basic", 0)
    assert [f["name"] for f in basic["flds"]] == ["Question", "Answer", "Explanation", "Source"]
    assert (cloze["name"], cloze["type"]) == ("quizapp Cloze", 1)
    assert [f["name"] for f in cloze["flds"]] == ["Text", "Explanation", "Source"]
    assert "{{cloze:Text}}" in cloze["tmpls"][0]["qfmt"]
    assert ".nightMode" in basic["css"] and ".night_mode" in basic["css"]


def test_exporting_twice_gives_the_same_deck_and_note_type_ids():
    first, second = (read_apkg(apkg.write(exportable(make_set()))) for _ in range(2))
    assert first["decks"].keys() == second["decks"].keys()
    assert first["models"].keys() == second["models"].keys()
    [deck_id] = first["decks"]
    assert deck_id == apkg.deck_id(TITLE) and apkg.ID_LOW <= deck_id < apkg.ID_HIGH
    assert apkg.deck_id("Another set") != deck_id


def test_multiple_choice_lists_the_options_and_gives_the_right_one(exported):
    question, answer, explanation, source = note_of(exported, "mc")["fields"]
    assert question == 'Who runs the mill?<ol type="A" class="options"><li>Ana Lopez</li><li>Ben Ito</li></ol>'
    assert answer == '<ol type="A" class="options"><li value="1">Ana Lopez<div class="feedback">Yes.</div></li></ol>'
    assert explanation == "The article names her."
    assert source == SENTENCE


def test_multiple_response_gives_every_right_option_with_its_letter(exported):
    question, answer, _, _ = note_of(exported, "mr")["fields"]
    assert "Choose every right answer." in question
    assert answer == '<ol type="A" class="options"><li value="1">Nile</li><li value="3">Amazon</li></ol>'


def test_true_false_asks_and_answers(exported):
    question, answer, _, _ = note_of(exported, "tf")["fields"]
    assert question == 'The river is 12 km long.<p class="hint">True or false?</p>'
    assert answer == 'False<div class="feedback">Right: it is 120 km long.</div>'


def test_fill_in_the_blank_is_a_cloze_of_the_first_fully_right_answer(exported):
    note = note_of(exported, "cloze")
    assert note["mid"] == apkg.CLOZE_MODEL_ID
    assert note["fields"] == ["Fill in the blank: {{c1::Ana Lopez}} runs the mill.", "She took over in 1990.", SENTENCE]


def test_short_answer_without_a_blank_is_basic(exported):
    note = note_of(exported, "sa")
    assert note["mid"] == apkg.BASIC_MODEL_ID
    assert note["fields"][1] == 'Ana Lopez<p class="also">Also accepted: Lopez</p>'


def test_numerical_answer_shows_its_tolerance_and_the_range_it_accepts(exported):
    assert note_of(exported, "num")["fields"][:2] == ["How long is the river, in km?", "120 ± 5 (115 to 125)"]
    # A new user's walk: GIFT's {#4..6.5}, kept as its middle and half-width, had shown only as "5.25 ± 1.25"
    assert apkg.number_text({"value": 5.25, "tolerance": 1.25}) == "5.25 ± 1.25 (4 to 6.5)"
    assert apkg.number_text({"value": 3.1415, "tolerance": 0.0005}) == "3.1415 ± 0.0005 (3.141 to 3.142)"
    assert apkg.number_text({"value": 0, "tolerance": 2}) == "0 ± 2 (-2 to 2)"


def test_the_right_answers_feedback_is_on_the_back_and_no_other():
    questions = [
        {"id": "sa", "type": "short_answer", "prompt": "Who runs the mill?", "answers": [
            {"text": "Ana Lopez", "feedback": "Yes, since 1990."}, {"text": "Lopez", "weight": 0.5, "feedback": "Her name?"},
            {"text": "*", "weight": 0, "feedback": "Read it again."}]},
        {"id": "num", "type": "numerical", "prompt": "_____ km long.", "answers": [
            {"value": 120, "feedback": "Right."}, {"value": "*", "weight": 0, "feedback": "Count again."}]},
    ]
    exported = read_apkg(apkg.write(make_set(questions)))
    assert note_of(exported, "sa")["fields"][1] == 'Ana Lopez<div class="feedback">Yes, since 1990.</div>'
    assert note_of(exported, "num")["fields"][:2] == ["{{c1::120}} km long.", '<div class="feedback">Right.</div>']


def test_matching_lists_the_items_then_the_pairs(exported):
    question, answer, _, _ = note_of(exported, "match")["fields"]
    assert question.endswith('<ul class="items"><li>Paris</li><li>Rome</li></ul>')
    assert answer == '<ul class="pairs"><li>Paris → France</li><li>Rome → Italy</li></ul>'
    assert "Spain" not in question + answer


def test_essay_back_is_its_feedback_or_open(exported):
    assert note_of(exported, "essay")["fields"][1:3] == ["Water drives the wheel.", ""]
    assert note_of(exported, "essay2")["fields"][1] == "(open answer)"


def test_tags_have_no_spaces_and_include_the_category(exported):
    assert note_of(exported, "mc")["tags"] == ["people", "week_one", "Week_1"]
    assert note_of(exported, "tf")["tags"] == []


@pytest.mark.parametrize(("category", "tag"), [
    ("$course$/top/Week 1", "Week_1"), ("$course$/top", ""), ("$course$", ""), ("", ""),
    ("Maths/Fractions // decimals", "Fractions_/_decimals"),
])
def test_category_tag_is_the_last_real_part(category, tag):
    assert apkg.tags_for({"category": category}) == ([tag] if tag else [])


def test_tags_are_cleaned_and_kept_once():
    assert apkg.tags_for({"tags": [" two  words ", 'say "hi"', "two words", "tab\there", "\x00"]}) == [
        "two_words", "say_hi", "tab_here"]


def test_guid_is_stable_and_follows_the_id():
    def guids(questions, title=TITLE):
        return [n["guid"] for n in read_apkg(apkg.write(make_set(questions, title)))["notes"]]

    questions = [sample_questions()[0]]
    assert guids(questions) == guids(copy.deepcopy(questions))
    changed = copy.deepcopy(questions)
    changed[0]["prompt"] = "Who runs the old mill?"  # an edit keeps the note: same id, same guid
    assert guids(changed) == guids(questions)
    changed[0]["id"] = "mc-2"
    assert guids(changed) != guids(questions)
    # Ids are unique only within a set, so the same id in another set is another note.
    assert guids(questions, "Another set") != guids(questions)


def test_guid_without_an_id_comes_from_type_and_prompt():
    question = {"type": "essay", "prompt": "Why?"}
    assert apkg.note_guid(TITLE, question) == apkg.note_guid(TITLE, dict(question, feedback="Because."))
    assert apkg.note_guid(TITLE, question) != apkg.note_guid(TITLE, dict(question, prompt="Why not?"))
    assert apkg.note_guid(TITLE, question) != apkg.note_guid(TITLE, dict(question, type="short_answer"))


def test_plain_text_is_escaped():
    question = {"id": "p", "type": "short_answer", "prompt": "What does <b> do?\nAnd & mean?", "feedback": "x < y",
                "source": {"sentence": "Use <b>bold</b>."}, "answers": [{"text": "<b>"}]}
    fields = read_apkg(apkg.write(make_set([question])))["notes"][0]["fields"]
    assert fields == ["What does &lt;b&gt; do?<br>And &amp; mean?", "&lt;b&gt;", "x &lt; y", "Use &lt;b&gt;bold&lt;/b&gt;."]


def test_html_is_sanitised():
    question = {"id": "h", "type": "multiple_choice", "format": "html",
                "prompt": '<p>Pick <img src="x.png" onerror="alert(1)"></p><script>alert(2)</script>',
                "feedback": '<a href="javascript:alert(3)">why</a>',
                "choices": [{"text": "<b>yes</b>", "weight": 1}, {"text": "<i onclick='x()'>no</i>", "weight": 0}]}
    fields = read_apkg(apkg.write(make_set([question])))["notes"][0]["fields"]
    text = "".join(fields)
    assert "<script" not in text and "onerror" not in text and "onclick" not in text and "javascript:" not in text
    assert fields[0].startswith('<p>Pick <img src="x.png"></p>')
    assert "<li><b>yes</b></li>" in fields[0]


def test_markdown_blank_becomes_a_cloze_not_a_rule():
    # "_____" alone on a line is a Markdown horizontal rule; the blank must survive rendering.
    question = {"id": "m", "type": "short_answer", "format": "markdown", "prompt": "The **mill** is run by\n\n_____",
                "answers": [{"text": "Ana {{c2::Lopez}}: owner"}]}
    [note] = read_apkg(apkg.write(make_set([question])))["notes"]
    assert note["mid"] == apkg.CLOZE_MODEL_ID
    assert note["fields"][0] == ("<p>The <strong>mill</strong> is run by</p>\n"
                                 "<p>{{c1::Ana &#123;&#123;c2&#58;&#58;Lopez&#125;&#125;&#58; owner}}</p>\n")


@pytest.mark.parametrize(("change", "model"), [
    ({}, apkg.CLOZE_MODEL_ID),
    ({"prompt": "_____ and _____ run the mill."}, apkg.BASIC_MODEL_ID),  # which blank would the one answer fill?
    ({"answers": [{"text": "Ana*"}]}, apkg.BASIC_MODEL_ID),  # a wildcard is no text to learn
    ({"type": "numerical", "answers": [{"value": 2, "tolerance": 0.5}]}, apkg.CLOZE_MODEL_ID),
])
def test_which_questions_become_cloze_notes(change, model):
    question = {"id": "c", "type": "short_answer", "prompt": "_____ runs the mill.", "answers": [{"text": "Ana"}], **change}
    [note] = read_apkg(apkg.write(make_set([question])))["notes"]
    assert note["mid"] == model
    if question["type"] == "numerical":
        assert note["fields"][0] == "{{c1::2 ± 0.5 (1.5 to 2.5)}} runs the mill."


def test_unsupported_and_sniffing():
    assert apkg.unsupported({"type": "description", "prompt": "Read this."}) == "a description has no answer to learn"
    assert all(apkg.unsupported(q) is None for q in sample_questions() if q["type"] != "description")
    assert apkg.unsupported({"type": "essay", "format": "html", "prompt": "<script>x()</script>"}) == (
        "its text is empty once unsafe HTML is removed")
    assert apkg.unsupported({"type": "essay", "format": "html", "prompt": '<img src="a.png">'}) is None
    assert apkg.looks_like("Q;A") is False
    assert not hasattr(apkg, "read")


def test_the_file_is_a_sound_sqlite_collection(tmp_path):
    path = tmp_path / "deck.apkg"
    path.write_bytes(apkg.write(exportable(make_set())))
    with zipfile.ZipFile(path) as archive:
        archive.extract("collection.anki2", tmp_path)
    with closing(sqlite3.connect(tmp_path / "collection.anki2")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT ver FROM col").fetchone() == (11,)


def test_concurrent_exports_leave_no_files_behind(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    sets = [exportable(make_set(title=f"Set {n}")) for n in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(apkg.write, sets))
    assert [read_apkg(data)["decks"][apkg.deck_id(f"Set {n}")]["name"] for n, data in enumerate(results)] == [
        f"Set {n}" for n in range(8)]
    assert os.listdir(tmp_path) == []


text_formats = st.sampled_from(["plain", "html", "markdown", "moodle"])
# Pieces that have broken exports elsewhere: markup, blanks, cloze braces, wildcards, line breaks inside tags.
pieces = [*"ab _<>&\"'{}:\n*/", "<b>", "</p>", "<img alt='x\ny'>", "_____", "<script>", "{{c1::", "}}", "-\n---\n"]
texts = st.lists(st.sampled_from(pieces), min_size=1, max_size=10).map("".join).filter(str.strip)


@st.composite
def random_questions(draw):
    """Valid-enough questions with awkward text in every field the export writes."""
    kind = draw(st.sampled_from(["multiple_choice", "true_false", "short_answer", "numerical", "matching", "essay"]))
    question = {"type": kind, "prompt": draw(texts), "format": draw(text_formats), "feedback": draw(texts),
                "tags": draw(st.lists(texts, max_size=2)), "category": draw(texts), "source": {"sentence": draw(texts)}}
    if kind == "multiple_choice":
        question["choices"] = [{"text": draw(texts), "weight": 1}, {"text": draw(texts), "weight": 0, "feedback": draw(texts)}]
    elif kind == "true_false":
        question.update(answer=draw(st.booleans()), feedback_true=draw(texts))
    elif kind == "short_answer":
        question["answers"] = [{"text": draw(texts)}]
    elif kind == "numerical":
        question["answers"] = [{"value": draw(st.floats(-1e6, 1e6)), "tolerance": draw(st.floats(0, 10))}]
    elif kind == "matching":
        question["pairs"] = [{"left": draw(texts), "right": draw(texts)}, {"left": draw(texts), "right": draw(texts)}]
    return question


@settings(max_examples=60, deadline=None)
@given(st.lists(random_questions(), min_size=1, max_size=4), texts)
def test_any_questions_export_cleanly(questions, title):
    # filterwarnings = error also turns genanki's "invalid HTML tags" warning into a failure here.
    question_set = exportable(make_set(questions, title))
    exported = read_apkg(apkg.write(question_set))
    assert [deck["name"] for deck in exported["decks"].values()] == [title]
    assert len(exported["notes"]) == len(question_set.questions)
    assert all(note["cards"] == 1 for note in exported["notes"])
    text = "".join(field for note in exported["notes"] for field in note["fields"])
    assert "<script" not in text
