"""Reading forms into responses, option order, and describing answers."""

import pytest
from werkzeug.datastructures import MultiDict

from quizapp.responses import (
    ResponseError,
    choice_order,
    describe_response,
    matching_options,
    parse_number,
    prefill,
    read_response,
)
from tests.conftest import DATA, load_json

QUESTIONS = {q["id"]: q for q in load_json(DATA / "mixed.json")["questions"]}


@pytest.mark.parametrize(("text", "value"), [
    ("42", 42.0), ("500,000", 500000.0), ("500 000", 500000.0), ("3,14", 3.14), ("-2.5", -2.5),
    ("1e3", 1000.0), ("1,234,567.5", 1234567.5), (" 7 ", 7.0),
    ("0,125", 0.125), ("\u22125", -5.0),  # no thousands start with 0; a typographic minus (a new user's walk)
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "nan", "inf", "1.2.3"])
def test_parse_number_rejects(text):
    with pytest.raises(ResponseError):
        parse_number(text)


def test_a_comma_before_three_digits_is_read_as_the_question_accepts_it():
    # A new user's walk: √2 typed as "1,414" was read as 1414 and marked wrong.
    root = {"type": "numerical", "prompt": "?", "answers": [{"value": 1.414, "tolerance": 0.0005}]}
    count = {"type": "numerical", "prompt": "?", "answers": [{"value": 1414}]}
    assert read_response(root, MultiDict({"answer": "1,414"})) == 1.414
    assert read_response(count, MultiDict({"answer": "1,414"})) == 1414
    assert read_response({**count, "answers": [{"value": 7}]}, MultiDict({"answer": "1,414"})) == 1414  # the likelier
    half = {"type": "numerical", "prompt": "?", "answers": [{"value": 500}]}
    assert read_response(half, MultiDict({"answer": "500,000"})) == 500_000  # no one types 500.000 for 500


def test_a_number_typed_with_its_unit_is_asked_for_alone():
    with pytest.raises(ResponseError, match="without a unit: 9.8, not “9.8 m/s²”"):
        parse_number("9.8 m/s²")


def test_choice_order_is_stable_per_attempt_and_a_permutation():
    question = {"choices": [{"text": str(i)} for i in range(6)]}
    first = choice_order(question, seed=7, position=2, shuffle=True)
    assert first == choice_order(question, seed=7, position=2, shuffle=True)
    assert sorted(first) == list(range(6))
    orders = {tuple(choice_order(question, seed=s, position=2, shuffle=True)) for s in range(20)}
    assert len(orders) > 1
    assert choice_order(question, seed=7, position=2, shuffle=False) == list(range(6))


def test_matching_options_are_unique_and_complete():
    question = {"pairs": [{"left": "a", "right": "x"}, {"left": "b", "right": "x"}, {"left": "c", "right": "y"}]}
    assert sorted(matching_options(question, 1, 0)) == ["x", "y"]


def test_read_response_per_type():
    assert read_response(QUESTIONS["mr"], MultiDict([("choice", "1"), ("choice", "0")])) == [0, 1]
    assert read_response(QUESTIONS["tf"], MultiDict({"answer": "false"})) is False
    assert read_response(QUESTIONS["sa"], MultiDict({"answer": " x "})) == "x"
    assert read_response(QUESTIONS["num"], MultiDict({"answer": "1,000"})) == 1000.0
    picks = {"match-0": "France", "match-1": "Spain", "match-2": "Italy"}
    assert read_response(QUESTIONS["match"], MultiDict(picks)) == ["France", "Spain", "Italy"]
    assert read_response(QUESTIONS["intro"], MultiDict()) is None


def test_overlong_text_is_refused():
    with pytest.raises(ResponseError, match="under 500"):
        read_response(QUESTIONS["sa"], MultiDict({"answer": "x" * 501}))


def test_describe_and_prefill():
    assert describe_response(QUESTIONS["mr"], [0, 1]) == "Nile; Amazon"
    assert describe_response(QUESTIONS["num"], 500000.0) == "500,000"
    assert prefill(QUESTIONS["mc"], [2]) == {"selected": {"2"}}
    assert prefill(QUESTIONS["tf"], False) == {"value": "false"}
    assert prefill(QUESTIONS["mc"], form=MultiDict({"choice": "1"})) == {"selected": {"1"}}
