"""Property-based tests: no input crashes the file reader, the form reader or the grader."""

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from quizapp.errors import QuestionFileError
from quizapp.formats import json_format
from quizapp.grading import grade
from quizapp.responses import ResponseError, read_response
from tests.conftest import DATA, load_json

QUESTIONS = load_json(DATA / "mixed.json")["questions"]
json_values = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_set_or_a_clean_error(text):
    try:
        json_format.loads(text, "x.json")
    except QuestionFileError as e:
        assert e.problems and all(p.startswith("x.json") for p in e.problems)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "questions", "source", "settings", "x"]), json_values))
def test_any_json_object_is_a_set_or_a_clean_error(data):
    try:
        json_format.loads(json.dumps(data), "x.json")
    except QuestionFileError as e:
        assert e.problems and all(p.startswith("x.json") for p in e.problems)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_any_valid_set_mutated_is_accepted_or_reported(data):
    questions = load_json(DATA / "mixed.json")["questions"]
    index = data.draw(st.integers(0, len(questions) - 1))
    key = data.draw(st.sampled_from(["type", "prompt", "choices", "answers", "pairs", "answer", "multiple", "points"]))
    questions[index][key] = data.draw(json_values)
    try:
        json_format.loads(json.dumps({"title": "t", "questions": questions}), "x.json")
    except QuestionFileError as e:
        assert all(re.match(r"x\.json:\d+: ", p) for p in e.problems)


form_values = st.lists(st.tuples(
    st.sampled_from(["choice", "answer", "match-0", "match-1", "match-2", "other"]), st.text(max_size=12)),
    max_size=6)


@settings(max_examples=250, deadline=None)
@given(st.sampled_from(QUESTIONS), form_values)
def test_any_form_is_graded_in_range_or_refused_with_a_message(question, fields):
    try:
        response = read_response(question, MultiDict(fields))
    except ResponseError as e:
        assert str(e)
        return
    result = grade(question, response, allow_typos=True)
    assert result.fraction is None or 0.0 <= result.fraction <= 1.0


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_fast_schema_check_agrees_with_jsonschema(data):
    """fastjsonschema only says yes or no; when it says yes, jsonschema must find nothing either."""
    questions = load_json(DATA / "mixed.json")["questions"]
    index = data.draw(st.integers(0, len(questions) - 1))
    question = questions[index]
    path = data.draw(st.sampled_from([
        ("type",), ("prompt",), ("choices",), ("answers",), ("pairs",), ("answer",), ("multiple",), ("points",),
        ("format",), ("case_sensitive",), ("distractors",), ("source",), ("tags",), ("difficulty",), ("nonsense",),
    ]))
    question[path[0]] = data.draw(json_values)
    document = {"title": "t", "questions": questions}
    fast = json_format.structurally_valid(document)
    full = not list(json_format.schema_validator().iter_errors(document))
    assert fast == full
