"""Grading each question type."""

import pytest

from quizapp.grading import correct_answer_text, grade, normalise
from tests.conftest import DATA, load_json

QUESTIONS = {q["id"]: q for q in load_json(DATA / "mixed.json")["questions"]}


@pytest.mark.parametrize(("qid", "response", "fraction"), [
    ("mc", [0], 1.0),
    ("mc", [1], 0.0),
    ("mc", [0, 1], 1.0),          # single answer: only the first pick counts
    ("mr", [0, 1], 1.0),
    ("mr", [0], 0.5),             # partial credit by weight
    ("mr", [0, 1, 2], 0.0),       # a wrong pick with weight -1 cancels
    ("mr", [2], 0.0),             # never below zero
    ("tf", True, 1.0),
    ("tf", False, 0.0),
    ("sa", "Ana Lopez", 1.0),
    ("sa", "  ana   lopez. ", 1.0),  # case, spacing and end punctuation ignored
    ("sa", "lopez", 0.5),
    ("sa", "Bob", 0.0),
    ("num", 120.0, 1.0),
    ("num", 125.0, 0.5),          # within 100 ± 30 only
    ("num", 131.0, 0.0),
    ("match", ["France", "Italy", "Spain"], 1.0),
    ("match", ["France", "Spain", "Italy"], pytest.approx(1 / 3, abs=1e-5)),
    ("match", [None, None, None], 0.0),
])
def test_fractions(qid, response, fraction):
    assert grade(QUESTIONS[qid], response).fraction == fraction


def test_ungraded_types():
    assert grade(QUESTIONS["essay"], "text").fraction is None
    assert grade(QUESTIONS["essay"], "text").verdict == "ungraded"
    assert grade(QUESTIONS["intro"], None).fraction is None


@pytest.mark.parametrize(("typed", "allowed", "fraction", "typo"), [
    ("Ana Lopes", True, 1.0, True),     # one edit
    ("Ana Lopes", False, 0.0, False),   # the set does not allow typos
    ("Anna Lopes", True, 1.0, True),    # two edits on a long answer
    ("Bob Lopez", True, 0.0, False),    # three edits: a different name
])
def test_typos_within_a_small_edit_distance(typed, allowed, fraction, typo):
    result = grade(QUESTIONS["sa"], typed, allow_typos=allowed)
    assert (result.fraction, result.typo) == (fraction, typo)


def test_an_answer_listed_as_wrong_is_wrong_though_a_typo_away_from_the_right_one():
    # A new user's walk: "effect", listed at 0% with feedback, was marked right as a typo of "affect".
    question = {"type": "short_answer", "prompt": "The weather can ___ your mood.", "answers": [
        {"text": "affect", "weight": 1},
        {"text": "effect", "weight": 0, "feedback": "No: \"effect\" is the noun."},
        {"text": "*", "weight": 0, "feedback": "Think of the verb."}]}
    result = grade(question, "effect", allow_typos=True)
    assert (result.fraction, result.typo, result.feedback) == (0.0, False, 'No: "effect" is the noun.')
    assert grade(question, "afect", allow_typos=True).fraction == 1.0  # a typo still beats the catch-all
    assert grade(question, "efect", allow_typos=True).feedback.startswith("No")  # read as the nearest listed
    assert grade(question, "banana", allow_typos=True).feedback == "Think of the verb."


def test_short_answers_get_no_typo_slack():
    question = {"type": "short_answer", "prompt": "?", "answers": [{"text": "cat"}]}
    assert grade(question, "cut", allow_typos=True).fraction == 0.0


def test_a_code_with_digits_gets_no_typo_slack():
    question = {"type": "short_answer", "prompt": "?", "answers": [{"text": "H5N1"}]}
    assert grade(question, "H5N8", allow_typos=True).fraction == 0.0  # another strain
    assert grade(question, "h5n1", allow_typos=True).fraction == 1.0


def test_a_name_typed_with_or_without_the_is_the_same_answer():
    # A new user's walk: "the Riverside" was marked wrong where "Riverside" and "the Riverside Stadium" were right
    question = {"type": "short_answer", "prompt": "?", "answers": [{"text": "Riverside"}, {"text": "The Hague"}]}
    assert grade(question, "the Riverside").fraction == 1.0
    assert grade(question, "Hague").fraction == 1.0
    assert grade(question, "the").fraction == 0.0 and grade(question, "Theriverside").fraction == 0.0


def test_numerical_tolerates_float_rounding():
    question = {"type": "numerical", "prompt": "?", "answers": [{"value": 0.3}]}
    assert grade(question, 0.1 + 0.2).fraction == 1.0


def test_feedback_is_the_chosen_choices():
    assert grade(QUESTIONS["mc"], [1]).feedback == "Ben is not in the article."
    assert grade(QUESTIONS["tf"], False).feedback == "It is 120 km long."


def test_verdicts():
    assert grade(QUESTIONS["mr"], [0]).verdict == "partial"
    assert grade(QUESTIONS["mr"], [0, 1]).verdict == "correct"
    assert grade(QUESTIONS["mr"], [2]).verdict == "incorrect"


def test_correct_answer_text():
    assert correct_answer_text(QUESTIONS["mr"]) == "Nile; Amazon"
    assert correct_answer_text(QUESTIONS["sa"]) == "Ana Lopez"
    assert correct_answer_text(QUESTIONS["num"]) == "120"
    assert correct_answer_text(QUESTIONS["match"]).startswith("Paris → France")
    big = {"type": "numerical", "answers": [{"value": 500000}, {"value": 3.14, "tolerance": 0.01}]}
    assert correct_answer_text(big) == "500,000 or 3.14 ± 0.01"


def test_normalise():
    assert normalise("  Ｍizushima\u00a0PLANT. ") == "mizushima plant"


# Imported files bring Moodle's extras: wildcards, case-sensitive answers, "any other number", distractors.

def test_short_answer_wildcard_matches_any_run_of_characters():
    question = {"type": "short_answer",
                "answers": [{"text": "Isaac * Newton"}, {"text": "*", "weight": 0, "feedback": "Try again"}]}
    assert grade(question, "isaac  the great newton").correct
    got = grade(question, "Einstein")
    assert got.fraction == 0 and got.feedback == "Try again"


def test_short_answer_wildcard_treats_regex_characters_literally():
    question = {"type": "short_answer", "answers": [{"text": "a.c*"}]}
    assert grade(question, "a.cdef").correct
    assert not grade(question, "abcdef").correct


def test_case_sensitive_short_answer():
    question = {"type": "short_answer", "case_sensitive": True, "answers": [{"text": "NaCl"}]}
    assert grade(question, "NaCl").correct
    assert not grade(question, "nacl").correct


def test_numerical_any_other_answer_gives_its_feedback_only_when_nothing_matched():
    question = {"type": "numerical", "answers": [
        {"value": 3, "tolerance": 0.5, "feedback": "Yes"}, {"value": "*", "weight": 0, "feedback": "Completely wrong"}]}
    assert grade(question, 3.2).feedback == "Yes" and grade(question, 3.2).correct
    wrong = grade(question, 10)
    assert wrong.fraction == 0 and wrong.feedback == "Completely wrong"
    assert correct_answer_text(question) == "3 ± 0.5"


def test_matching_distractors_are_offered_but_match_nothing():
    from quizapp.responses import matching_options, read_matches

    question = {"type": "matching", "pairs": [{"left": "a", "right": "1"}, {"left": "b", "right": "2"}], "distractors": ["3"]}
    assert sorted(matching_options(question, 1, 0)) == ["1", "2", "3"]
    assert read_matches(question, {"match-0": "3", "match-1": "2"}) == ["3", "2"]
    assert grade(question, ["3", "2"]).fraction == 0.5


def test_html_choices_read_as_plain_words_in_the_right_answer():
    question = {"type": "multiple_choice", "format": "html",
                "choices": [{"text": "<b>H<sub>2</sub>O</b>", "weight": 1}, {"text": "CO<sub>2</sub>", "weight": 0}]}
    assert correct_answer_text(question) == "H2O"
