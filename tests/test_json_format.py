"""quizapp's JSON question files: what is accepted, and every problem reported at once."""

import json

import pytest
from jsonschema import Draft202012Validator

from quizapp.errors import QuestionFileError
from quizapp.formats import json_format
from tests.conftest import DATA, ROOT


def valid():
    return json.loads((DATA / "mixed.json").read_text())


def problems_of(data, filename="set.json"):
    with pytest.raises(QuestionFileError) as info:
        json_format.loads(json.dumps(data, indent=2), filename)
    return info.value.problems


def test_shipped_and_test_sets_are_valid():
    for path in [*ROOT.joinpath("questions").glob("*.json"), DATA / "mixed.json"]:
        question_set = json_format.load_file(path)
        assert question_set.questions, path


def test_schema_itself_is_valid():
    Draft202012Validator.check_schema(json_format.schema_validator().schema)


def test_defaults_fill_missing_settings():
    data = valid()
    del data["settings"]
    question_set = json_format.loads(json.dumps(data))
    assert question_set.settings == json_format.DEFAULT_SETTINGS


def test_every_problem_is_reported_with_where_and_what():
    data = valid()
    data["questions"][0]["type"] = "multiple_guess"
    data["questions"][1]["choices"][0]["weight"] = 2
    del data["questions"][2]["answer"]
    del data["title"]
    problems = problems_of(data)
    lines = json_format.question_lines(json.dumps(data, indent=2))
    assert "set.json:1: top level: 'title' is missing" in problems
    assert any(p.startswith(f"set.json:{lines[0]}: questions[0].type: unknown question type 'multiple_guess'")
               for p in problems)
    assert f"set.json:{lines[1]}: questions[1].choices[0].weight: must be 1 or less, not 2" in problems
    assert f"set.json:{lines[2]}: questions[2]: 'answer' is missing" in problems
    assert 1 < lines[0] < lines[1] < lines[2]
    assert len(problems) == 4


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["questions"][0]["choices"][0].update(weight=0.5), "no choice has weight 1"),
    (lambda d: d["questions"][1]["choices"][0].update(weight=0.2), "weights add up to 0.7"),
    (lambda d: d["questions"][0]["choices"][1].update(text="ana lopez"), "read the same"),
    (lambda d: d["questions"][0]["choices"][1].update(text="Ana  Lopez."), "read the same"),
    (lambda d: d["questions"][3]["answers"][0].update(weight=0.9), "no answer has weight 1"),
    (lambda d: d["questions"][5]["pairs"][1].update(left="Paris"), "same left side"),
    (lambda d: d["questions"][1].update(id="mc"), "duplicate id 'mc'"),
    (lambda d: d["questions"][0]["source"].update(start=0), "is not the sentence"),
    (lambda d: d["questions"][0]["source"].pop("end"), "give both start and end"),
    (lambda d: d["questions"][0].update(prompt="   "), "must not be blank"),
    (lambda d: d.update(questions=[]), "needs at least 1 entry; there are 0"),
    (lambda d: d.update(colour="red"), "check the spelling"),
])
def test_rules_beyond_the_schema(change, message):
    data = valid()
    change(data)
    problems = problems_of(data)
    assert any(message in p for p in problems), problems


@pytest.mark.parametrize(("change", "problem"), [
    # A new user's walk: "'ten' is not valid under any of the given schemas", the validator's words
    (lambda q: q.update(type="numerical", answers=[{"value": "ten"}]),
     'questions[0].answers[0].value: must be a number or "*" (any other answer), not "ten"'),
    (lambda q: q.update(type="numerical", answers=[{"value": 10, "tolerance": [1]}]),
     "questions[0].answers[0].tolerance: must be a number, not a list in [ ]"),
    (lambda q: q.update(type="true_false", answer="yes"), 'questions[0].answer: must be true or false, not "yes"'),
    (lambda q: q.update(format="rtf"), 'questions[0].format: must be "plain", "html", "markdown" or "moodle", not "rtf"'),
    (lambda q: q.update(points=0), "questions[0].points: must be more than 0, not 0"),
    (lambda q: q.update(difficulty=-0.5), "questions[0].difficulty: must be 0 or more, not -0.5"),
    (lambda q: q.update(source={"sentence": "S.", "colour": "red"}),
     "questions[0].source: unknown field 'colour'; check the spelling against the README"),
    # and an empty text is told once, not as "must not be empty" and "must not be blank" together
    (lambda q: q.update(prompt=""), "questions[0].prompt: must not be empty"),
    (lambda q: q.update(prompt=" \n"), "questions[0].prompt: must not be blank"),
])
def test_schema_problems_say_in_plain_words_what_the_value_must_be(change, problem):
    question = {"type": "essay", "prompt": "Why?"}
    change(question)
    assert problems_of({"title": "Set", "questions": [question]}) == [f"set.json:4: {problem}"]


def test_invalid_json_gives_the_line():
    with pytest.raises(QuestionFileError) as info:
        json_format.loads('{\n  "title": "x",\n  "questions": [\n}\n', "broken.json")
    assert info.value.problems[0].startswith("broken.json:4: invalid JSON")


@pytest.mark.parametrize("text, fix", [
    ('{\n  "title": "x",\n  "questions": [1, 2,]\n}', "broken.json:3: invalid JSON: a comma before this closing "
                                                         "bracket (column 22); remove it"),
    ('{\n  "title": "x"\n  "questions": []\n}', "broken.json:3: invalid JSON: a comma is missing before this"),
    ("{\n  'title': \"x\"\n}", "broken.json:2: invalid JSON: a name here needs double quotes"),
    ('{\n  "title": "x",, "questions": []\n}', "broken.json:2: invalid JSON: two commas in a row (column 16)"),
    ('{\n  "questions": [1,, 2]\n}', "broken.json:2: invalid JSON: two commas in a row"),
])
def test_invalid_json_says_what_to_fix(text, fix):
    """The parser's "Expecting value (column 40)" said where, not what (a new user's walk)."""
    with pytest.raises(QuestionFileError) as info:
        json_format.loads(text, "broken.json")
    assert info.value.problems[0].startswith(fix), info.value.problems


SET_START = '{\n  "title": "x",\n  "questions": [\n    {"type": "numerical", "prompt": "p", "answers": [{"value": '


@pytest.mark.parametrize("text, problem", [
    # A new user's walk: 1,000 nested "[" raised RecursionError (a 500 on the upload page, a traceback from the
    # command line); the JSON parser and the schema validators recurse once a level.
    ("[" * 1000, "pathological.json:1: brackets nested more than 64 deep (column 65); a question file needs a few"
                 " levels only: check for a [ or { left unclosed"),
    ('{"title": "x", "questions": [\n' + "[" * 990 + "]" * 990 + "]}",
     "pathological.json:2: brackets nested more than 64 deep (column 63)"),
    # Python's int() refuses thousands of digits with a ValueError
    (SET_START + "1" * 5000 + "}]}]}", "pathological.json:4: a number of 5,000 digits (column 64); write at most"
                                      " 4,300"),
    # json reads these though JSON has them not, and the numbers cannot be marked
    (SET_START + "NaN}]}]}", "pathological.json:4: NaN is no number in JSON (column 64); write a number"),
    ('{"title": "x", "questions": [{"type": "essay", "prompt": "p", "points": -Infinity}]}',
     "pathological.json:1: -Infinity is no number in JSON (column 73)"),
    # half a character: no page or database can hold the text (a 500 when the set was created)
    ('{"title": "x",\n "questions": [{"type": "essay", "prompt": "a\\ud83d b"}]}',
     "pathological.json:2: a text holds \\ud83d, half of a character written as two \\u escapes (column 46)"),
])
def test_text_pythons_json_chokes_on_is_a_problem_with_its_line(text, problem):
    with pytest.raises(QuestionFileError) as info:
        json_format.loads(text, "pathological.json")
    assert len(info.value.problems) == 1 and info.value.problems[0].startswith(problem), info.value.problems


def test_brackets_and_escapes_inside_texts_are_texts():
    title = "[{" * 100 + '" \U0001f600 NaN 1' + "9" * 5000  # the emoji written as a pair of \u escapes
    question_set = json_format.loads(json.dumps({"title": title, "questions": [{"type": "essay", "prompt": "p"}]},
                                                ensure_ascii=True), "fine.json")
    assert question_set.title == title


def test_a_questions_schema_problem_and_anothers_rule_problem_come_in_one_round():
    """A missing answer had hidden another question's missing right choice and a duplicate id until it was fixed."""
    data = valid()
    del data["questions"][2]["answer"]
    data["questions"][0]["choices"][0].update(weight=0.5)
    data["questions"][1].update(id=data["questions"][0]["id"])
    problems = problems_of(data)
    assert any("questions[2]: 'answer' is missing" in p for p in problems)
    assert any("no choice has weight 1" in p for p in problems)
    assert any("duplicate id" in p for p in problems), problems


def test_source_file_is_read_relative_to_the_set(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Ana Lopez runs the mill.")
    data = {"title": "t", "source": {"file": "articles/a.txt"}, "questions": [
        {"type": "true_false", "prompt": "Ana runs the mill.", "answer": True,
         "source": {"sentence": "Ana Lopez runs the mill.", "start": 0, "end": 24}}]}
    (tmp_path / "set.json").write_text(json.dumps(data))
    assert json_format.load_file(tmp_path / "set.json").source["text"] == "Ana Lopez runs the mill."
    data["source"]["file"] = "articles/missing.txt"
    (tmp_path / "set.json").write_text(json.dumps(data))
    with pytest.raises(QuestionFileError, match="source.file: cannot read articles/missing.txt"):
        json_format.load_file(tmp_path / "set.json")


def test_unreadable_file(tmp_path):
    (tmp_path / "latin1.json").write_bytes(b'{"title": "caf\xe9"}')
    with pytest.raises(QuestionFileError, match="latin1.json: cannot read the file"):
        json_format.load_file(tmp_path / "latin1.json")


def test_dumps_then_loads_gives_the_same_set():
    question_set = json_format.load_file(DATA / "mixed.json")
    again = json_format.loads(json_format.dumps(question_set))
    assert again == question_set


def test_a_source_of_sentences_apart_keeps_each_ones_offsets(tmp_path):
    text = "Ana Lopez runs the mill. It is old. Ben Ortiz owns it."
    data = {"title": "t", "source": {"text": text}, "questions": [
        {"type": "matching", "prompt": "Match each person to what they do.",
         "pairs": [{"left": "Ana Lopez", "right": "runs the mill"}, {"left": "Ben Ortiz", "right": "owns it"}],
         "source": {"sentence": "Ana Lopez runs the mill. … Ben Ortiz owns it.", "spans": [[0, 24], [36, 54]]}}]}
    assert json_format.loads(json.dumps(data), "set.json").questions[0]["source"]["spans"] == [[0, 24], [36, 54]]
    data["questions"][0]["source"]["spans"] = [[0, 24], [25, 35]]  # "It is old." is not in the sentence
    problems = problems_of(data)
    assert any("25..35 is not in the sentence" in p for p in problems), problems


def test_an_alternative_of_no_type_is_told_as_something_else():
    # (a review: an empty list of kinds had raised IndexError before the words for it were reached)
    from quizapp.formats.json_format import allowed, one_of

    assert one_of([]) == "" and allowed({"description": "a note"}) == "something else"
    assert one_of(["a number", "a text"]) == "a number or a text"
