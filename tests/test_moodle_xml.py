"""Moodle XML import and export: Moodle's own files, safe parsing, every problem with its line, round trips."""

import copy
import json
import string
import time

import pytest
from defusedxml.ElementTree import fromstring
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp import formats
from quizapp.errors import QuestionFileError
from quizapp.formats import json_format, moodle_xml
from quizapp.formats.parsed import Parsed
from tests.conftest import DATA, load_json

CORPUS = DATA / "formats" / "moodlexml"
GOOD_FILES = ["multichoice", "truefalse", "shortanswer", "numerical", "matching", "essay", "description", "mixed",
              "unsupported"]
BAD_FILES = ["malformed", "entity_bomb", "xxe", "external_dtd", "not_quiz", "wrong_fractions", "other_problems"]
ENTITIES = "the file declares XML entities, which quizapp does not accept"
# What every question holds, in the order Moodle's exporter writes it.
COMMON = ["name", "questiontext", "generalfeedback", "defaultgrade", "penalty", "hidden", "idnumber"]
COMBINED_FEEDBACK = ["correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"]


def corpus(name):
    return (CORPUS / f"{name}.xml").read_text(encoding="utf-8")


def as_lists(entries):
    return [list(entry) for entry in entries]


def problems_of(text, filename="q.xml"):
    with pytest.raises(QuestionFileError) as info:
        formats.read(text, "moodlexml", filename)
    return info.value.problems


def question_set(questions):
    return json_format.QuestionSet(title="Set", questions=questions)


def quiz(*questions):
    """A Moodle XML file holding ``questions`` (XML fragments)."""
    return '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>\n"


def normalised(question):
    """``question`` as Moodle XML gives it back: no source or difficulty, no keys holding their default."""
    question = copy.deepcopy(question)
    for key in ("source", "difficulty"):
        question.pop(key, None)
    defaults = {"format": "plain", "feedback": "", "feedback_true": "", "feedback_false": "", "tags": [],
                "multiple": False, "case_sensitive": False, "points": 1, "distractors": []}
    for key, value in defaults.items():
        if key in question and question[key] == value:
            del question[key]
    if question["type"] == "description" and question.get("points") == 0:
        del question["points"]
    for entry in question.get("choices", []) + question.get("answers", []):
        if entry.get("feedback") == "":
            del entry["feedback"]
        if "answers" in question and entry.get("weight") == 1:
            del entry["weight"]
        if entry.get("tolerance") == 0:
            del entry["tolerance"]
    if question.get("title") == moodle_xml.default_name(question):
        del question["title"]
    return question


# The corpus: files as Moodle writes them, and broken ones, each with its expected result.


@pytest.mark.parametrize("name", GOOD_FILES + BAD_FILES)
def test_corpus_file_reads_as_expected(name):
    parsed = moodle_xml.read(corpus(name))
    expected = load_json(CORPUS / f"{name}.expected.json")
    assert parsed.questions == expected["questions"]
    assert parsed.lines == expected["lines"]
    assert as_lists(parsed.problems) == expected["problems"]
    assert as_lists(parsed.warnings) == expected["warnings"]


@pytest.mark.parametrize("name", GOOD_FILES)
def test_good_corpus_files_import(name):
    question_set = formats.read(corpus(name), "moodlexml", f"{name}.xml")
    assert len(question_set.questions) == len(load_json(CORPUS / f"{name}.expected.json")["questions"])
    assert all(warning.startswith(f"{name}.xml:") for warning in question_set.warnings)


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_corpus_files_are_refused_with_lines(name):
    problems = problems_of(corpus(name), f"{name}.xml")
    assert problems and all(p.startswith(f"{name}.xml:") and p.split(":")[1].isdigit() for p in problems)


def test_multichoice_as_moodle_exports_it():
    banana, primes = moodle_xml.read(corpus("multichoice")).questions
    assert banana["title"] == "Banana colour"
    assert banana["format"] == "html"
    assert banana["points"] == 2
    assert banana["id"] == "BIO-7"
    assert banana["tags"] == ["fruit", "week 1"]
    assert banana["category"] == "$course$/top/Default for Biology 101"
    assert banana["choices"][0] == {"text": "<p>Yellow</p>", "weight": 1, "feedback": "<p>Right.</p>"}
    assert len(banana["choices"]) == 2  # the blank third answer is dropped, as Moodle does
    assert "multiple" not in banana
    assert primes["multiple"] is True
    assert [c["weight"] for c in primes["choices"]] == [0.3333333, 0.3333333, 0.3333334, -1]


def test_embedded_files_and_hints_are_dropped_with_warnings():
    warnings = dict(moodle_xml.read(corpus("multichoice")).warnings)
    assert "hints" in warnings[15]
    # A new user's walk: the banana's picture got two warnings that contradicted each other ("not in the file" and
    # "embedded ... was dropped"); it gets one, saying what students see instead.
    imported = formats.read(corpus("multichoice"), "moodlexml", "m.xml")
    told = [w for w in imported.warnings if "banana.png" in w]
    assert told == ['m.xml:15: the image "banana.png" left out, as quizapp does not import picture files: students'
                    ' see [image: its description] instead (to show a picture, link to it on the web)']
    assert "[image: a banana]" in imported.questions[0]["prompt"]
    # a file the text never shows is still told of, where it sits
    unshown = quiz('<question type="essay"><name><text>Lab</text></name><questiontext format="html"><text>Write.</text>'
                   '<file name="rubric.pdf" path="/" encoding="base64">JVBERi0=</file></questiontext></question>')
    assert moodle_xml.read(unshown).warnings == [
        (3, "the file 'rubric.pdf' embedded in question 'Lab' was dropped; quizapp does not import images or other"
            " files")]


def combined(correct, partly, incorrect):
    """A multiple-choice question with this combined feedback."""
    return ('<question type="multichoice"><name><text>Banana</text></name><questiontext><text>Colour?</text>'
            f'</questiontext><correctfeedback><text>{correct}</text></correctfeedback><partiallycorrectfeedback><text>'
            f'{partly}</text></partiallycorrectfeedback><incorrectfeedback><text>{incorrect}</text></incorrectfeedback>'
            '<hint><text>Think of a ripe one.</text></hint>'
            '<answer fraction="100"><text>yellow</text></answer><answer fraction="0"><text>red</text></answer></question>')


def test_combined_feedback_a_teacher_wrote_is_left_out_with_a_warning():
    # A new user's walk: <correctfeedback> and friends were dropped unsaid, while hints got a warning.
    warnings = moodle_xml.read(quiz(combined("Well done!", "", "<![CDATA[<p>See chapter 2.</p>]]>"))).warnings
    assert warnings == [(3, "question 'Banana': left out its hints and feedback for right, partly right and wrong"
                            " answers, which quizapp has no place for")]
    # Moodle's stock sentences, which every export holds, say no more than quizapp's own verdict
    stock = combined("<![CDATA[<p>Your answer is correct.</p>]]>", "Your answer is partially correct.",
                     "Your answer is incorrect.")
    assert moodle_xml.read(quiz(stock)).warnings == [
        (3, "question 'Banana': left out its hints, which quizapp has no place for")]


def test_true_false_feedback_goes_with_the_answer_given():
    sky, water, paris = moodle_xml.read(corpus("truefalse")).questions
    assert sky["answer"] is False
    assert sky["feedback_true"] == "<p>No: it is blue.</p>"  # shown to a student who answered True
    assert sky["feedback_false"] == "<p>Right, it is blue.</p>"
    assert water["answer"] is True and water["format"] == "moodle" and water["id"] == "phys-1"
    assert "feedback_true" not in water
    assert paris["answer"] is True and paris["feedback_true"] == "Oui."


def true_false_question(true_fraction, false_fraction):
    """A Moodle true/false question whose answers have these fractions."""
    return (f'<question type="truefalse"><name><text>Sky</text></name><questiontext><text>Blue?</text></questiontext>'
            f'<answer fraction="{true_fraction}"><text>true</text></answer>'
            f'<answer fraction="{false_fraction}"><text>false</text></answer></question>')


@pytest.mark.parametrize(("fractions", "said"), [
    ((100, 100), 'both "true" and "false" have it'),
    ((0, 0), 'neither "true" nor "false" has it'),
    ((50, 0), 'neither "true" nor "false" has it'),
])
def test_a_true_false_question_needs_exactly_one_right_answer(fractions, said):
    # A new user's walk: both answers at 100, or neither, had imported silently with the answer guessed.
    assert problems_of(quiz(true_false_question(*fractions))) == [
        f'q.xml:3: true/false question \'Sky\' needs exactly one answer with fraction="100"; {said}']
    assert problems_of(quiz(true_false_question("ten", 0))) == [
        "q.xml:3: the answer's fraction 'ten' must be a percentage from -100 to 100, such as 100, 50 or -33.33333"]
    assert formats.read(quiz(true_false_question(0, 100)), "moodlexml", "q.xml").questions[0]["answer"] is False


def test_translated_true_false_answers_are_taken_in_order_with_a_warning():
    warnings = moodle_xml.read(corpus("truefalse")).warnings
    assert warnings == [(62, "the answers of true/false question 'Paris' are not 'true' and 'false'; "
                             "the first is taken as True")]


def test_short_answer_case_and_wildcard():
    paris, frog = moodle_xml.read(corpus("shortanswer")).questions
    assert paris["case_sensitive"] is True
    assert paris["answers"][2] == {"text": "*", "weight": 0, "feedback": "<p>No, it's Paris.</p>"}
    assert "weight" not in paris["answers"][0]
    assert "case_sensitive" not in frog
    assert "format" not in frog  # plain_text is quizapp's default format
    assert frog["prompt"] == "Name an amphibian that starts with F & hops."


def test_numerical_tolerance_any_other_answer_and_units():
    parsed = moodle_xml.read(corpus("numerical"))
    river, pi = parsed.questions
    assert river["answers"] == [
        {"value": 120, "feedback": "Exactly."},
        {"value": 100, "tolerance": 30, "weight": 0.5, "feedback": "Close."},
        {"value": "*", "weight": 0, "feedback": "<p>Read the first sentence again.</p>"},
    ]
    assert pi["answers"] == [{"value": 3.14, "tolerance": 0.005}]
    assert parsed.warnings == [(46, "the units (rad, deg) of question 'Pi' are dropped; students answer with the number alone")]


def test_matching_subquestions_without_text_are_distractors():
    (question,) = moodle_xml.read(corpus("matching")).questions
    assert question["pairs"] == [
        {"left": "Paris", "right": "France"}, {"left": "Rome", "right": "Italy"}, {"left": "Madrid", "right": "Spain"},
    ]
    assert question["distractors"] == ["Germany"]


def test_formatting_a_matching_item_loses_is_told_with_its_line():
    # A new user's walk: a subquestion lost its <i> unsaid; pairs are plain text, so it is told.
    subquestions = "".join(f'<subquestion format="{fmt}"><text><![CDATA[{text}]]></text><answer><text>{right}</text>'
                           f'</answer></subquestion>' for fmt, text, right in (
                               ("html", "<p><i>Homo sapiens</i></p>", "human"), ("markdown", "*Canis* lupus", "wolf"),
                               ("html", "<p>Felis catus</p>", "cat")))
    parsed = moodle_xml.read(quiz(f'<question type="matching"><name><text>Latin</text></name><questiontext><text>'
                                  f'Match.</text></questiontext>{subquestions}</question>'))
    assert [pair["left"] for pair in parsed.questions[0]["pairs"]] == ["Homo sapiens", "Canis lupus", "Felis catus"]
    assert parsed.warnings == [
        (3, 'the pair\'s formatting (italics) is left out, as matching items are plain text: "<p><i>Homo sapiens</i></p>"'
            ' becomes "Homo sapiens"'),
        (3, 'the pair\'s formatting (italics) is left out, as matching items are plain text: "*Canis* lupus" becomes'
            ' "Canis lupus"')]


def test_essay_and_description():
    (essay,) = moodle_xml.read(corpus("essay")).questions
    assert essay["type"] == "essay" and essay["points"] == 10
    (description,) = moodle_xml.read(corpus("description")).questions
    assert description["format"] == "markdown" and "points" not in description
    assert description["prompt"].startswith("## Part two\n\nThe next")


def test_categories_whitespace_flags_and_formats():
    parsed = moodle_xml.read(corpus("mixed"))
    mill, river, short, note, rivers = parsed.questions
    assert parsed.lines == [9, 37, 59, 71, 76]
    assert [q["category"] for q in parsed.questions] == ["$course$/top/Week 1"] * 2 + ["$course$/top/Week 2"] * 3
    assert mill["title"] == "Mill owner"
    assert mill["prompt"] == "Who runs the mill? (a < b & c)"
    assert "format" not in mill
    assert mill["points"] == 1.5
    assert mill["feedback"] == "The article names Ana Lopez."  # HTML feedback of a plain question made plain
    assert mill["choices"][1]["text"] == "Ben Ito"
    assert "multiple" not in mill  # <single> 1 </single>
    assert "title" not in river  # the name is just the start of the text
    assert river["answer"] is True
    assert short["format"] == "markdown"
    assert note["format"] == "html"  # no format attribute means HTML, as in Moodle
    assert rivers["tags"] == ["geography"]


def test_unsupported_types_are_skipped_with_a_warning_each():
    parsed = moodle_xml.read(corpus("unsupported"))
    assert [q["title"] for q in parsed.questions] == ["Note"]
    assert parsed.warnings[1] == (11, "unsupported question type 'calculated' in question 'Area of a circle', skipped")
    assert [line for line, _ in parsed.warnings] == [3, 11, 19, 27, 35]


def test_malformed_xml_is_one_problem_with_the_parsers_line():
    assert problems_of(corpus("malformed"), "m.xml") == ["m.xml:9: the file is not well-formed XML: mismatched tag (column 7)"]


@pytest.mark.parametrize("name", ["entity_bomb", "xxe"])
def test_entities_are_refused_never_expanded(name):
    started = time.monotonic()
    assert problems_of(corpus(name), "e.xml") == [f"e.xml:1: {ENTITIES}"]
    assert time.monotonic() - started < 1


def test_external_entity_never_reads_the_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    text = quiz().replace("<quiz>", f'<!DOCTYPE quiz [<!ENTITY s SYSTEM "{secret.as_uri()}">]>\n<quiz>'
                                    '<question type="description"><questiontext><text>&s;</text></questiontext></question>')
    parsed = moodle_xml.read(text)
    assert parsed.problems == [(1, ENTITIES)]
    assert "TOP-SECRET" not in repr(parsed)


def test_a_doctype_without_entities_is_refused_too():
    assert moodle_xml.read(corpus("external_dtd")).problems[0][1].startswith("the file has a <!DOCTYPE> declaration")


def test_undefined_entity_is_a_parse_error_with_its_line():
    assert moodle_xml.read("<quiz>\n<question>&nbsp;</question></quiz>").problems == [
        (2, "the file is not well-formed XML: undefined entity (column 11)")]


def test_wrong_fractions_are_problems_on_their_answers_lines():
    problems = problems_of(corpus("wrong_fractions"), "f.xml")
    assert problems == [
        "f.xml:11: the answer's fraction '150' must be a percentage from -100 to 100, such as 100, 50 or -33.33333",
        "f.xml:14: the answer's fraction 'half' must be a percentage from -100 to 100, such as 100, 50 or -33.33333",
        "f.xml:28: the answer's fraction '100%' must be a percentage from -100 to 100, such as 100, 50 or -33.33333",
        "f.xml:31: the answer's fraction '-200' must be a percentage from -100 to 100, such as 100, 50 or -33.33333",
        "f.xml:49: the positive fractions of question 'Not enough' add up to 75; "
        "the right answers' fractions must add up to 100",
    ]


def test_every_problem_in_a_file_is_reported_at_once():
    problems = problems_of(corpus("other_problems"), "p.xml")
    assert [int(p.split(":")[1]) for p in problems] == [3, 13, 15, 16, 27, 32, 44, 46, 56]
    assert "p.xml:3: <question> has no type" in problems[0]
    assert "put HTML inside <![CDATA[" in problems[1]
    assert "<single> must be true or false (or 1 or 0), not 'maybe'" in problems[3]
    assert "the answer 'twelve' is not a number" in problems[4]
    assert 'no answer of question \'Nobody is right\' has fraction="100"' in problems[7]
    assert "question 'Empty' has no text" in problems[8]


def test_a_file_that_is_not_moodle_xml():
    assert problems_of(corpus("not_quiz"), "n.xml") == [
        "n.xml:2: the file starts with <assessmentItem>, but a Moodle XML file's questions are inside <quiz>"]


def test_an_empty_quiz_has_no_questions():
    assert problems_of(quiz(), "e.xml") == ["e.xml:1: no questions found; check that this is the right file and format"]


def test_text_that_is_not_utf8_is_a_problem_not_a_crash():
    text = b"<quiz>\n<question type='essay'>\xff</question></quiz>".decode("utf-8", "surrogateescape")
    assert moodle_xml.read(text).problems == [(2, "the file is not valid UTF-8 text; save it as UTF-8 and try again")]


@pytest.mark.parametrize(("text", "expected"), [
    ('<?xml version="1.0"?>\n<quiz>', True),
    ("\ufeff  \n<quiz>\n", True),
    ("<quiz/>", True),
    ("::Q1:: 1+1=2 {T}", False),
    ("What is 2+2?\nA) 3\nB) 4\nANSWER: B\n", False),
    ('{"title": "x"}', False),
    ("", False),
])
def test_looks_like(text, expected):
    assert moodle_xml.looks_like(text) is expected


def test_registry_sniffs_moodle_xml():
    assert formats.guess_format("upload", corpus("multichoice")) == "moodlexml"


# Writing.


def test_every_type_round_trips_through_moodle_xml():
    original = load_json(DATA / "mixed.json")["questions"]
    text = moodle_xml.write(question_set(original))
    back = formats.read(text, "moodlexml", "out.xml")
    assert back.questions == [normalised(q) for q in original]
    assert back.warnings == []


@pytest.mark.parametrize("name", GOOD_FILES)
def test_moodle_files_round_trip(name):
    first = formats.read(corpus(name), "moodlexml").questions
    second = formats.read(moodle_xml.write(question_set(first)), "moodlexml").questions
    assert second == [normalised(q) for q in first]


def test_written_file_is_what_moodle_writes():
    question = {"type": "multiple_choice", "title": "Banana", "prompt": "<p>Pick one</p>", "format": "html", "id": "b1",
                "tags": ["week1"], "points": 2,
                "choices": [{"text": "yellow", "weight": 1, "feedback": "right"}, {"text": "red", "weight": 0}]}
    text = moodle_xml.write(question_set([question]))
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')
    root = fromstring(text)
    (element,) = root
    assert element.get("type") == "multichoice"
    assert [child.tag for child in element] == [
        *COMMON, "single", "shuffleanswers", "answernumbering", "showstandardinstruction", *COMBINED_FEEDBACK,
        "answer", "answer", "tags"]
    assert "<text><![CDATA[<p>Pick one</p>]]></text>" in text
    assert element.findtext("defaultgrade") == "2.0000000"
    assert element.findtext("penalty") == "0.3333333"
    assert element.findtext("single") == "true"
    assert element.find("questiontext").get("format") == "html"
    assert element.find("answer").get("fraction") == "100"
    assert element.findtext("answer/feedback/text") == "right"
    assert element.findtext("tags/tag/text") == "week1"


@pytest.mark.parametrize(("question", "tags"), [
    ({"type": "true_false", "prompt": "T?", "answer": True}, ["answer", "answer"]),
    ({"type": "short_answer", "prompt": "S?", "answers": [{"text": "s"}]}, ["usecase", "answer"]),
    ({"type": "numerical", "prompt": "N?", "answers": [{"value": 1}]},
     ["answer", "unitgradingtype", "unitpenalty", "showunits", "unitsleft"]),
    ({"type": "matching", "prompt": "M?", "pairs": [{"left": "a", "right": "b"}, {"left": "c", "right": "d"}],
      "distractors": ["e"]},
     ["shuffleanswers", *COMBINED_FEEDBACK, "subquestion", "subquestion", "subquestion"]),
    ({"type": "essay", "prompt": "E?"},
     ["responseformat", "responserequired", "responsefieldlines", "attachments", "attachmentsrequired", "graderinfo",
      "responsetemplate"]),
    ({"type": "description", "prompt": "D."}, []),
])
def test_each_type_has_moodles_elements_in_moodles_order(question, tags):
    (element,) = fromstring(moodle_xml.write(question_set([question])))
    assert [child.tag for child in element] == COMMON + tags


def test_matching_distractor_is_an_empty_subquestion():
    question = {"type": "matching", "prompt": "M?", "pairs": [{"left": "a", "right": "b"}, {"left": "c", "right": "d"}],
                "distractors": ["e"]}
    (element,) = fromstring(moodle_xml.write(question_set([question])))
    last = element.findall("subquestion")[-1]
    assert (last.findtext("text"), last.findtext("answer/text")) == ("", "e")


@pytest.mark.parametrize(("weight", "percent"), [
    (1, "100"), (0.5, "50"), (0.3333333, "33.33333"), (-1, "-100"), (0, "0"), (-0.0, "0"), (0.1, "10"),
    (1 / 3, "33.33333333333333"), (0.05, "5"), (0.125, "12.5"),
])
def test_fractions_are_written_as_moodle_percentages(weight, percent):
    assert moodle_xml.percent_text(weight) == percent


@settings(max_examples=100, deadline=None)
@given(st.floats(min_value=-1, max_value=1))
def test_any_weight_reads_back_exactly(weight):
    answer = moodle_xml.LineElement("answer", fraction=moodle_xml.percent_text(weight))
    assert moodle_xml.weight_of(answer, Parsed()) == weight


def test_true_false_answers_and_their_feedback():
    question = {"type": "true_false", "prompt": "Sky is green.", "answer": False,
                "feedback_true": "No.", "feedback_false": "Yes."}
    (element,) = fromstring(moodle_xml.write(question_set([question])))
    answers = [(a.findtext("text"), a.get("fraction"), a.findtext("feedback/text")) for a in element.findall("answer")]
    assert answers == [("true", "0", "No."), ("false", "100", "Yes.")]
    assert element.findtext("penalty") == "1.0000000"


def test_a_category_is_written_once_when_it_changes():
    questions = [{"type": "essay", "prompt": p, "category": c} for p, c in
                 [("A?", "$course$/top/One"), ("B?", "$course$/top/One"), ("C?", "$course$/top/Two")]]
    root = fromstring(moodle_xml.write(question_set(questions)))
    assert [q.get("type") for q in root] == ["category", "essay", "essay", "category", "essay"]
    assert root[3].findtext("category/text") == "$course$/top/Two"


def test_a_question_without_a_category_after_one_with_is_not_put_in_it():
    # A new user's walk: only question 1 had "Cat A/Sub B", and all 14 after it came back in that category.
    questions = [{"type": "essay", "prompt": "A?", "category": "Cat A/Sub B"}, {"type": "essay", "prompt": "B?"},
                 {"type": "essay", "prompt": "C?"}]
    back = formats.read(moodle_xml.write(question_set(questions)), "moodlexml", "out.xml").questions
    assert [q.get("category") for q in back] == ["Cat A/Sub B", None, None]
    root = fromstring(moodle_xml.write(question_set(questions[1:])))
    assert [q.get("type") for q in root] == ["essay", "essay"]  # no category, no switch


def test_name_is_the_start_of_the_prompt_when_there_is_no_title():
    prompt = "Which of the following rivers flows through more countries than any other river in the world?"
    (element,) = fromstring(moodle_xml.write(question_set([{"type": "essay", "prompt": prompt}])))
    assert element.findtext("name/text") == "Which of the following rivers flows through more..."
    assert "title" not in formats.read(moodle_xml.write(question_set([{"type": "essay", "prompt": prompt}])),
                                       "moodlexml").questions[0]


@pytest.mark.parametrize("text", ["a ]]> b <c>", "line\r\nbreak & <b>", "quotes \" and '", "plain"])
def test_awkward_text_survives_the_trip(text):
    question = {"type": "essay", "title": f"Title: {text}", "prompt": text, "feedback": text}
    back = formats.read(moodle_xml.write(question_set([question])), "moodlexml").questions[0]
    assert back == question


def test_characters_xml_cannot_hold_are_left_out():
    question = {"type": "essay", "prompt": "bell\x07 here"}
    assert moodle_xml.read(moodle_xml.write(question_set([question]))).questions[0]["prompt"] == "bell here"


def test_every_native_type_is_supported():
    for question in load_json(DATA / "mixed.json")["questions"]:
        assert moodle_xml.unsupported(question) is None


def test_registry_writes_moodle_xml():
    export = formats.write(question_set(load_json(DATA / "mixed.json")["questions"]), "moodlexml", "set")
    assert export.filename == "set.xml" and export.skipped == []
    fromstring(export.data)


# Properties: nothing crashes the reader, and what the writer writes comes back.


def check_never_crashes(text):
    parsed = moodle_xml.read(text)
    assert len(parsed.questions) == len(parsed.lines)
    try:
        formats.read(text, "moodlexml", "x.xml")
    except QuestionFileError as e:
        assert e.problems and all(p.startswith("x.xml:") for p in e.problems)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300) | st.text(alphabet="<>/?!=\"'&;[]-x quiz question text answer CDATA", max_size=300))
def test_any_text_is_read_or_reported(text):
    check_never_crashes(text)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["utf-8", "latin-1"]))
def test_any_bytes_are_read_or_reported(data, encoding):
    check_never_crashes(data.decode(encoding, "surrogateescape"))


VALID_FILES = [corpus(name) for name in GOOD_FILES]
VALID_FILES.append(moodle_xml.write(question_set(load_json(DATA / "mixed.json")["questions"])))
MUTATIONS = ["", "<", ">", "&", "x", "-1", "150", "</text>", "<text>", "\x00", "<!DOCTYPE q>", "]]>"]


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(VALID_FILES), st.data())
def test_mutated_files_are_read_or_reported(text, data):
    for _ in range(data.draw(st.integers(1, 4))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 40)))
        text = text[:start] + data.draw(st.sampled_from(MUTATIONS)) + text[end:]
    check_never_crashes(text)


# Native questions to write and read back. Text is trimmed (Moodle trims it);
# HTML and Moodle-format text is kept to words, which sanitising leaves alone.
TEXT_CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Cn"), include_characters="\n\t\r")
plain_texts = st.text(TEXT_CHARACTERS, min_size=1, max_size=30).map(str.strip).filter(bool)
word_texts = st.text(string.ascii_letters + string.digits + " ", min_size=1, max_size=30).map(str.strip).filter(bool)
weights = st.floats(min_value=-1, max_value=0.99)
numbers = st.floats(allow_nan=False, allow_infinity=False, width=64) | st.integers(-10 ** 6, 10 ** 6)


def unique(texts, min_size, max_size):
    return st.lists(texts, min_size=min_size, max_size=max_size, unique_by=lambda t: t.strip().casefold())


@st.composite
def native_questions(draw):
    fmt = draw(st.sampled_from(["plain", "markdown", "html", "moodle"]))
    texts = plain_texts if fmt in ("plain", "markdown") else word_texts
    kind = draw(st.sampled_from(json_format.QUESTION_TYPES))
    question = {"type": kind, "prompt": draw(texts)}
    if fmt != "plain":
        question["format"] = fmt
    for key, strategy in (("title", plain_texts), ("feedback", texts), ("points", st.floats(0.01, 100)),
                          ("tags", unique(plain_texts, 1, 3))):
        if draw(st.booleans()):
            question[key] = draw(strategy)
    draw_answers = {"multiple_choice": choices, "true_false": true_false, "short_answer": short_answers,
                    "numerical": numerical_answers, "matching": pairs}.get(kind)
    if draw_answers:
        question.update(draw(draw_answers(texts)))
    return question


def optional_feedback(draw, texts, entry):
    if draw(st.booleans()):
        entry["feedback"] = draw(texts)
    return entry


@st.composite
def choices(draw, texts):
    labels = draw(unique(texts, 2, 5))
    multiple = draw(st.booleans())
    if multiple:
        right = draw(st.integers(1, len(labels)))
        marks = [1 / right] * right + [draw(st.floats(-1, 0)) for _ in labels[right:]]
    else:
        marks = [1] + [draw(weights) for _ in labels[1:]]
    entry = {"choices": [optional_feedback(draw, texts, {"text": t, "weight": w}) for t, w in zip(labels, marks, strict=True)]}
    if multiple:
        entry["multiple"] = True
    return entry


@st.composite
def true_false(draw, texts):
    entry = {"answer": draw(st.booleans())}
    for key in ("feedback_true", "feedback_false"):
        if draw(st.booleans()):
            entry[key] = draw(texts)
    return entry


@st.composite
def short_answers(draw, texts):
    accepted = draw(unique(plain_texts.filter(lambda t: t != "*"), 1, 4))
    answers = [optional_feedback(draw, texts, {"text": t}) for t in accepted]
    for answer in answers[1:]:
        answer["weight"] = draw(weights)
    entry = {"answers": answers}
    if draw(st.booleans()):
        entry["case_sensitive"] = True
    return entry


@st.composite
def numerical_answers(draw, texts):
    answers = [{"value": draw(numbers)}]
    for _ in range(draw(st.integers(0, 3))):
        answers.append({"value": draw(numbers | st.just("*")), "weight": draw(weights)})
    for answer in answers:
        if answer["value"] != "*" and draw(st.booleans()):
            answer["tolerance"] = draw(st.floats(0.001, 1000))
        optional_feedback(draw, texts, answer)
    return {"answers": answers}


@st.composite
def pairs(draw, texts):
    lefts = draw(unique(plain_texts, 2, 4))
    entry = {"pairs": [{"left": left, "right": draw(plain_texts)} for left in lefts]}
    rights = {p["right"].casefold() for p in entry["pairs"]}
    distractors = draw(st.lists(plain_texts.filter(lambda t: t.casefold() not in rights), max_size=2))
    if distractors:
        entry["distractors"] = distractors
    return entry


@st.composite
def native_sets(draw):
    questions = draw(st.lists(native_questions(), min_size=1, max_size=4))
    for index, question in enumerate(questions):
        question["id"] = f"q{index}"
        # A question without a category may follow one with: the writer switches back with an empty category.
        category = draw(st.none() | plain_texts)
        if category:
            question["category"] = category
    return questions


@settings(max_examples=80, deadline=None)
@given(native_sets())
def test_native_questions_round_trip(questions):
    text = moodle_xml.write(question_set(questions))
    back = formats.read(text, "moodlexml", "out.xml")
    assert back.questions == [normalised(q) for q in questions]
    assert json.loads(json.dumps(back.questions)) == back.questions


def test_an_exported_set_imported_again_keeps_its_name():
    # A new user's walk: a Moodle XML export imported back was named after its file.
    from quizapp.formats import json_format

    question_set = json_format.QuestionSet(title="Tacoma -- battery plant", description="Questions about it.",
                                           questions=[{"type": "true_false", "prompt": "Paris?", "answer": True}])
    written = formats.write(question_set, "moodlexml").data
    again = formats.read(written, "moodlexml", "export.xml", default_title="export")
    assert (again.title, again.description) == ("Tacoma - - battery plant", "Questions about it.")
    # a file of Moodle's own is named as before
    assert formats.read(written.replace("quizapp set", "note"), "moodlexml", "m.xml", default_title="m").title == "m"
